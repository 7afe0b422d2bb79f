package io.github.sponsorsdk.sms.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One reason behind a {@link Decision}: a stable {@link #code()}, a human {@link #message()}, the {@link #citation()}
 * of the rule, and the parameters the message speaks of (e.g. {@code minLength=12}), so a user interface can word
 * its own message.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableReason.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReason.class)
@JsonDeserialize(as = ImmutableReason.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReason.class)
public abstract class Reason implements WithReason {

  /** The stable code, the name of a {@link ReasonCode} constant. */
  @NotBlank
  public abstract String code();

  public abstract Severity severity();

  @NotBlank
  public abstract String message();

  public abstract Citation citation();

  /** Named parameters of the message, in insertion order. Never a secret. */
  public abstract Map<String, String> parameters();

  /** True when this reason has {@code code}. */
  public boolean is(ReasonCode code) {
    return code().equals(code.name());
  }

  public static Reason refusal(ReasonCode code, String message, Citation citation) {
    return of(code, Severity.REFUSAL, message, citation);
  }

  public static Reason warning(ReasonCode code, String message, Citation citation) {
    return of(code, Severity.WARNING, message, citation);
  }

  public static Reason info(ReasonCode code, String message, Citation citation) {
    return of(code, Severity.INFO, message, citation);
  }

  public static Reason of(ReasonCode code, Severity severity, String message, Citation citation) {
    return ImmutableReason.builder()
        .code(code.name()).severity(severity).message(message).citation(citation).build();
  }

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Reason}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableReason.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    ValueValidation.check(this);
  }

  @Override
  public String toString() {
    return severity() + " " + code() + ": " + message() + " [" + citation() + "]";
  }
}
