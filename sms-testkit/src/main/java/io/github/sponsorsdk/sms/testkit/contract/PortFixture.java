package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.port.SmsAccess;
import java.time.Duration;
import java.util.Optional;

/**
 * What a contract test needs from an implementation of the port besides the port itself: a way to set up accounts,
 * to move time and to read the emails the SMS sends. The in-memory fake provides one; an adapter to a real SMS
 * test environment would provide another (with accounts set up beforehand and time that passes for real).
 */
public interface PortFixture {

  /** {@return the port's log-in and password operations under test} */
  SmsAccess access();

  /** {@return an active Level 1 user whose password has been changed already (no change required at log-in)} */
  Account settledLevel1User();

  /** {@return an active Level 1 user who has not logged in yet: the emailed password must be changed first} */
  Account newLevel1User();

  /**
   * Moves the SMS's time forward.
   *
   * @param duration how far
   */
  void advance(Duration duration);

  /**
   * {@return the password of the latest temporary-password email about {@code userId}}
   *
   * @param userId the user
   */
  Optional<String> lastTemporaryPassword(SmsUserId userId);

  /** A user ID, its current password and the email address it was sent to. */
  final class Account {
    private final SmsUserId userId;
    private final String password;
    private final String email;

    /**
     * An account the fixture created.
     *
     * @param userId the user ID
     * @param password the user's current password
     * @param email the user's email address
     */
    public Account(SmsUserId userId, String password, String email) {
      this.userId = userId;
      this.password = password;
      this.email = email;
    }

    /** {@return the user ID} */
    public SmsUserId userId() {
      return userId;
    }

    /** {@return the user's current password} */
    public String password() {
      return password;
    }

    /** {@return the user's email address} */
    public String email() {
      return email;
    }

    @Override
    public String toString() {
      return "Account[" + userId + ", ****]";
    }
  }
}
