package io.github.sponsorsdk.sms.core.value;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One broken constraint of one value: where ({@link #path()}), what was given ({@link #rejectedValue()}, masked
 * for {@link Sensitive} attributes), which rule ({@link #rule()}, the constraint's simple name such as
 * {@code Pattern}) and a human message that states the rule.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableViolation.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableViolation.class)
@JsonDeserialize(as = ImmutableViolation.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableViolation.class)
public abstract class Violation implements WithViolation {

  /** {@return property path from the validated root, such as {@code profile.email} or {@code routes[0]}} */
  public abstract String path();

  /** {@return the rejected value as text; {@code "null"} when absent, {@link Sensitive#MASK} when sensitive} */
  public abstract String rejectedValue();

  /** {@return the rule's stable name, e.g. {@code Pattern}, {@code Size}, {@code NotBlank}, {@code Required}} */
  public abstract String rule();

  /** {@return human-readable statement of the rule} */
  public abstract String message();

  /**
   * {@return a violation}
   *
   * @param path the property path from the validated root
   * @param rejectedValue the value refused, masked when sensitive
   * @param rule the rule broken
   * @param message the message
   */
  public static Violation of(String path, String rejectedValue, String rule, String message) {
    return ImmutableViolation.builder().path(path).rejectedValue(rejectedValue).rule(rule).message(message).build();
  }

  @Override
  public String toString() {
    return path() + ": '" + rejectedValue() + "' " + message() + " (" + rule() + ")";
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Violation}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
