package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * The handle of a logged-in SMS session, returned by {@link SmsAccess#logIn} and passed to every other operation. It
 * stands for the browser session of the real SMS: opaque, meaningless outside the implementation that issued it, and
 * dead once the session ends (log-out, inactivity time-out, a second log-in).
 */
@Value.Immutable(builder = false)
@SmsStyle
public abstract class SessionToken implements WithSessionToken {

  /** {@return the opaque value; only the implementation that issued it can read it} */
  @JsonValue
  @Value.Parameter
  @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "must be 8 to 64 letters, digits, '_' or '-'")
  public abstract String value();

  /**
   * {@return the token {@code value}}
   *
   * @param value the opaque value an implementation issued
   */
  @JsonCreator
  public static SessionToken of(String value) {
    return ImmutableSessionToken.of(value);
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  /** Masked: a token in a log would let a reader act as the user. */
  @Override
  public String toString() {
    return "SessionToken[****]";
  }
}
