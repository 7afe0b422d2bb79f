package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of an SMS operation: the {@link Decision} and, when allowed, the value produced.
 *
 * <p>Invariant: {@link #value()} is present exactly when the decision is allowed. A refusal carries every reason
 * (codes to branch on, messages, citations); an allowed result may still carry warnings and information, e.g. "the
 * maintenance tick is not set" or "password change required".
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSmsResult.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSmsResult.class)
@JsonDeserialize(as = ImmutableSmsResult.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSmsResult.class)
public abstract class SmsResult<T> implements WithSmsResult<T> {

  /** {@return the decision: allowed or refused, with every reason} */
  public abstract Decision decision();

  /** {@return the value produced, present exactly when the decision is allowed} */
  public abstract Optional<T> value();

  /** {@return true when the operation went ahead; then {@link #value()} is present} */
  @JsonIgnore
  public boolean isAllowed() {
    return decision().isAllowed();
  }

  /** {@return true when the operation was refused; then nothing changed} */
  @JsonIgnore
  public boolean isRefused() {
    return decision().isRefused();
  }

  /** {@return the value; throws {@link IllegalStateException} naming the refusal when refused} */
  public T orElseThrow() {
    return value().orElseThrow(() -> new IllegalStateException("refused: " + decision()));
  }

  /**
   * {@return an allowed result with {@code value} and the reasons of {@code decision}}
   *
   * @param <T> the type of the value
   * @param value the value produced
   * @param decision an allowed decision, which may carry warnings
   */
  public static <T> SmsResult<T> allowed(T value, Decision decision) {
    return ImmutableSmsResult.<T>builder().decision(decision).value(value).build();
  }

  /**
   * {@return an allowed result with {@code value} and no reasons}
   *
   * @param <T> the type of the value
   * @param value the value produced
   */
  public static <T> SmsResult<T> allowed(T value) {
    return allowed(value, Decision.allowed());
  }

  /**
   * {@return a refused result}
   *
   * @param <T> the type the value would have had
   * @param decision a refused decision
   */
  public static <T> SmsResult<T> refused(Decision decision) {
    return ImmutableSmsResult.<T>builder().decision(decision).build();
  }

  @Value.Check
  void check() {
    if (decision().isAllowed() != value().isPresent()) {
      throw new InvalidValueException("SmsResult", List.of(Violation.of("value",
          value().isPresent() ? "present" : "absent", "ValueIffAllowed",
          "a value is present exactly when the decision is allowed")));
    }
  }

  /**
   * {@return a new builder; {@code build()} checks every rule above and lists all violations at once}
   *
   * @param <T> the type of the value produced
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Builds a {@code SmsResult}: one setter per attribute, {@code build()} validates. */
  public static final class Builder<T> extends ImmutableSmsResult.Builder<T> {
    Builder() {}
  }
}
