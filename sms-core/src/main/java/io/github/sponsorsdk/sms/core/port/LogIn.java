package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import java.util.List;
import org.immutables.value.Value;

/**
 * A successful log-in: the session and who holds it. When {@link #mustChangePassword()} is true (first log-in,
 * Manual 1 Guide 1 step 2; temporary password, Guide 2 step 3) every operation except
 * {@link SmsAccess#changePassword} and {@link SmsAccess#logOut} is refused until the password is changed.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableLogIn.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLogIn.class)
@JsonDeserialize(as = ImmutableLogIn.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLogIn.class)
public abstract class LogIn implements WithLogIn {

  /** {@return the session to pass to every other operation} */
  public abstract SessionToken session();

  /** {@return the user who logged in} */
  public abstract SmsUserId userId();

  /** {@return the user's level: it decides which menus and functions are offered} */
  public abstract UserLevel level();

  /** {@return true when the user must change the password before anything else (first log-in, temporary password)} */
  public abstract boolean mustChangePassword();

  /**
   * {@return the active messages a Level 1 user must read before going on (Manual 1, Guide 5: "When a Level 1 user logs
   * into SMS, they will see relevant messages"); empty for Level 2 users and when there are none}
   */
  public abstract List<BoardMessage> messages();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code LogIn}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableLogIn.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
