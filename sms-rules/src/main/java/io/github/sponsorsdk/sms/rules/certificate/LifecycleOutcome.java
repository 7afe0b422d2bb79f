package io.github.sponsorsdk.sms.rules.certificate;

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

/** The result of asking for a certificate action: the decision and, exactly when it is allowed, the new state. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableLifecycleOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLifecycleOutcome.class)
@JsonDeserialize(as = ImmutableLifecycleOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLifecycleOutcome.class)
public abstract class LifecycleOutcome implements WithLifecycleOutcome {

  /** {@return the decision, with every reason} */
  public abstract Decision decision();

  /** {@return the state after the action; present exactly when {@link #decision()} allows it} */
  public abstract Optional<CertificateState> newState();

  /** {@return true when the action went ahead} */
  @JsonIgnore
  public boolean isAllowed() {
    return decision().isAllowed();
  }

  /**
   * {@return an allowed outcome}
   *
   * @param decision an allowed decision
   * @param newState the state the certificate moves to
   */
  public static LifecycleOutcome allowed(Decision decision, CertificateState newState) {
    return ImmutableLifecycleOutcome.builder().decision(decision).newState(newState).build();
  }

  /**
   * {@return a refused outcome: no new state}
   *
   * @param decision a refused decision
   */
  public static LifecycleOutcome refused(Decision decision) {
    return ImmutableLifecycleOutcome.builder().decision(decision).build();
  }

  @Value.Check
  void check() {
    if (decision().isAllowed() != newState().isPresent()) {
      throw new InvalidValueException("LifecycleOutcome", List.of(Violation.of("newState",
          String.valueOf(newState().orElse(null)), "PresentWhenAllowed",
          "must be present exactly when the decision is allowed")));
    }
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code LifecycleOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableLifecycleOutcome.Builder {
    Builder() {}
  }
}
