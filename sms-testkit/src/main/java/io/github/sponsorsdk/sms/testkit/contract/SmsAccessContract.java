package io.github.sponsorsdk.sms.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsAccess;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SmsAccess} (SMS Manual 1, "User ID and password", Guides 1 and 2), runnable against any
 * implementation: extend it and return a fresh {@link PortFixture} from {@link #fixture()}.
 *
 * <p>Only what the manual states is asserted: the SMS's own wording where it quotes one, lockout after three
 * failures, a 30-minute wait (the default lockout), the first-log-in password change, the 20-minute inactivity
 * time-out, one session per user. Reason codes asserted are those of the sms-rules engines.
 */
public abstract class SmsAccessContract {

  /** Manual 1, Troubleshooting and Guide 2 step 2 note. */
  public static final String NO_MATCH = "Please make sure you enter the correct user ID and password, as your "
      + "previous attempt does not match our records.";

  /** A valid new password under the Guide 1 policy for any user not called "Apples". */
  public static final String GOOD_PASSWORD = "ApP1e5!Orchard=2026";

  /** The fixture of the current test, from {@code fixture()}. */
  protected PortFixture fx;

  /** {@return a fresh implementation with no state, its clock at a working-day morning} */
  protected abstract PortFixture fixture();

  @BeforeEach
  void freshFixture() {
    fx = fixture();
  }

  /** {@return the port under test} */
  protected SmsAccess sms() {
    return fx.access();
  }

  /**
   * {@return the messages of {@code d}'s reasons, to assert on wording}
   *
   * @param d a decision
   */
  protected static List<String> messages(Decision d) {
    return d.reasons().stream().map(Reason::message).collect(Collectors.toList());
  }

  /**
   * {@return a session of {@code a}, failing the test when log-in is refused}
   *
   * @param a the account
   */
  protected SessionToken logIn(PortFixture.Account a) {
    SmsResult<LogIn> r = sms().logIn(a.userId(), a.password().toCharArray());
    assertTrue(r.isAllowed(), () -> "log-in refused: " + r.decision());
    return r.orElseThrow().session();
  }

  @Test
  void theRightUserIdAndPasswordOpenASession() {
    PortFixture.Account a = fx.settledLevel1User();
    SmsResult<LogIn> r = sms().logIn(a.userId(), a.password().toCharArray());
    assertTrue(r.isAllowed(), r.decision()::toString);
    assertEquals(a.userId(), r.orElseThrow().userId());
    assertFalse(r.orElseThrow().mustChangePassword());
  }

  @Test
  void aWrongPasswordIsRefusedInTheSmsWords() {
    PortFixture.Account a = fx.settledLevel1User();
    SmsResult<LogIn> r = sms().logIn(a.userId(), (a.password() + "x").toCharArray());
    assertTrue(r.isRefused());
    assertTrue(r.decision().codes().contains("login.INVALID_CREDENTIALS"), r.decision()::toString);
    assertTrue(messages(r.decision()).contains(NO_MATCH), r.decision()::toString);
  }

  @Test
  void anUnknownUserIdGetsTheSameAnswerAsAWrongPassword() {
    PortFixture.Account a = fx.settledLevel1User();
    SmsResult<LogIn> unknown = sms().logIn(SmsUserId.of("Zz9Zz9Zz9"), a.password().toCharArray());
    assertTrue(unknown.isRefused());
    assertEquals(List.of("login.INVALID_CREDENTIALS"), unknown.decision().codes());
    assertEquals(List.of(NO_MATCH), messages(unknown.decision()));
  }

  @Test
  void passwordsAreCaseSensitiveAndATrailingSpaceInvalidatesThem() {
    // Manual 1, "User ID and password": case sensitive; Guide 1, step 1 note: a pasted trailing space.
    PortFixture.Account a = fx.settledLevel1User();
    assertTrue(sms().logIn(a.userId(), a.password().toUpperCase().toCharArray()).isRefused());
    SmsResult<LogIn> spaced = sms().logIn(a.userId(), (a.password() + " ").toCharArray());
    assertTrue(spaced.isRefused());
    assertTrue(spaced.decision().codes()
        .contains("login.TRAILING_WHITESPACE_IN_PASSWORD"), spaced.decision()::toString);
  }

  @Test
  void threeFailuresLockTheAccountUntilTheWaitIsOver() {
    // Manual 1: "three times your account will be temporarily locked"; Troubleshooting: "wait for 30 minutes".
    PortFixture.Account a = fx.settledLevel1User();
    char[] wrong = "Wrong-password-1".toCharArray();
    assertFalse(sms().logIn(a.userId(), wrong).decision().codes().contains("login.LOCKED_AFTER_FAILED_ATTEMPTS"));
    assertFalse(sms().logIn(a.userId(), wrong).decision().codes().contains("login.LOCKED_AFTER_FAILED_ATTEMPTS"));
    assertTrue(sms().logIn(a.userId(), wrong).decision().codes().contains("login.LOCKED_AFTER_FAILED_ATTEMPTS"));
    SmsResult<LogIn> locked = sms().logIn(a.userId(), a.password().toCharArray());
    assertTrue(locked.isRefused());
    assertTrue(locked.decision().codes().contains("login.ACCOUNT_LOCKED"), locked.decision()::toString);
    fx.advance(Duration.ofMinutes(29));
    assertTrue(sms().logIn(a.userId(), a.password().toCharArray()).isRefused());
    fx.advance(Duration.ofMinutes(1));
    assertTrue(sms().logIn(a.userId(), a.password().toCharArray()).isAllowed());
  }

  @Test
  void aSuccessfulLogInResetsTheFailureCount() {
    PortFixture.Account a = fx.settledLevel1User();
    char[] wrong = "Wrong-password-1".toCharArray();
    sms().logIn(a.userId(), wrong);
    sms().logIn(a.userId(), wrong);
    logIn(a);
    sms().logIn(a.userId(), wrong);
    sms().logIn(a.userId(), wrong);
    assertTrue(sms().logIn(a.userId(), a.password().toCharArray()).isAllowed());
  }

  @Test
  void theFirstLogInRequiresAPasswordChangeThatMeetsThePolicy() {
    // Guide 1, step 2.
    PortFixture.Account a = fx.newLevel1User();
    SmsResult<LogIn> first = sms().logIn(a.userId(), a.password().toCharArray());
    assertTrue(first.isAllowed(), first.decision()::toString);
    assertTrue(first.orElseThrow().mustChangePassword());
    assertTrue(first.decision().codes().contains("login.PASSWORD_CHANGE_REQUIRED_FIRST_LOG_IN"));
    SessionToken s = first.orElseThrow().session();

    Decision weak = sms().changePassword(s, a.password().toCharArray(), "short".toCharArray(),
        "short".toCharArray());
    assertTrue(weak.isRefused());
    assertTrue(weak.codes()
        .containsAll(List.of("password.TOO_SHORT", "password.NO_UPPERCASE", "password.NO_DIGIT",
            "password.NO_SPECIAL")),
        weak::toString);
    Decision mismatch = sms().changePassword(s, a.password().toCharArray(), GOOD_PASSWORD.toCharArray(),
        (GOOD_PASSWORD + "!").toCharArray());
    assertTrue(mismatch.codes().contains("password.CONFIRMATION_MISMATCH"), mismatch::toString);
    Decision withId = sms().changePassword(s, a.password().toCharArray(),
        ("Aa1!" + a.userId().value() + "xyz").toCharArray(), ("Aa1!" + a.userId().value() + "xyz").toCharArray());
    assertTrue(withId.codes().contains("password.CONTAINS_USER_ID"), withId::toString);
    Decision wrongCurrent = sms().changePassword(s, "not-it".toCharArray(), GOOD_PASSWORD.toCharArray(),
        GOOD_PASSWORD.toCharArray());
    assertTrue(wrongCurrent.isRefused());

    Decision ok = sms().changePassword(s, a.password().toCharArray(), GOOD_PASSWORD.toCharArray(),
        GOOD_PASSWORD.toCharArray());
    assertTrue(ok.isAllowed(), ok::toString);
    assertTrue(sms().logOut(s).isAllowed());
    assertTrue(sms().logIn(a.userId(), a.password().toCharArray()).isRefused());
    SmsResult<LogIn> again = sms().logIn(a.userId(), GOOD_PASSWORD.toCharArray());
    assertTrue(again.isAllowed(), again.decision()::toString);
    assertFalse(again.orElseThrow().mustChangePassword());
  }

  @Test
  void logOutEndsTheSession() {
    PortFixture.Account a = fx.settledLevel1User();
    SessionToken s = logIn(a);
    assertTrue(sms().logOut(s).isAllowed());
    assertTrue(sms().logOut(s).isRefused());
    assertTrue(sms().changePassword(s, a.password().toCharArray(), GOOD_PASSWORD.toCharArray(),
        GOOD_PASSWORD.toCharArray()).isRefused());
  }

  @Test
  void twentyMinutesOfInactivityEndTheSession() {
    // Manual 1, "Logging in and out of SMS": a session ends after 20 minutes of inactivity.
    PortFixture.Account a = fx.settledLevel1User();
    SessionToken s = logIn(a);
    fx.advance(Duration.ofMinutes(19));
    assertTrue(sms().changePassword(s, a.password().toCharArray(), GOOD_PASSWORD.toCharArray(),
        GOOD_PASSWORD.toCharArray()).isAllowed());
    fx.advance(Duration.ofMinutes(19));
    assertTrue(sms().logOut(s).isAllowed(), "activity at 19 minutes kept the session alive");
    SessionToken t = sms().logIn(a.userId(), GOOD_PASSWORD.toCharArray()).orElseThrow().session();
    fx.advance(Duration.ofMinutes(20));
    assertTrue(sms().logOut(t).isRefused());
  }

  @Test
  void aSecondLogInLeavesOneSession() {
    // Manual 1: only one instance of SMS open at a time; by default the new log-in replaces the old session.
    PortFixture.Account a = fx.settledLevel1User();
    SessionToken first = logIn(a);
    SessionToken second = logIn(a);
    assertTrue(sms().logOut(first).isRefused());
    assertTrue(sms().logOut(second).isAllowed());
  }

  @Test
  void aResetEmailsATemporaryPasswordThatMustBeChanged() {
    // Guide 2: user ID and the email the password was sent to; a temporary password; change at next log-in.
    PortFixture.Account a = fx.settledLevel1User();
    assertTrue(sms().requestPasswordReset(a.userId(), "someone.else@example.com").isAllowed());
    assertTrue(fx.lastTemporaryPassword(a.userId()).isEmpty());
    assertTrue(sms().requestPasswordReset(a.userId(), a.email()).isAllowed());
    String temporary = fx.lastTemporaryPassword(a.userId()).orElseThrow();
    assertTrue(sms().logIn(a.userId(), a.password().toCharArray()).isRefused(), "the old password is replaced");
    SmsResult<LogIn> r = sms().logIn(a.userId(), temporary.toCharArray());
    assertTrue(r.isAllowed(), r.decision()::toString);
    assertTrue(r.orElseThrow().mustChangePassword());
    assertTrue(r.decision().codes().contains("login.PASSWORD_CHANGE_REQUIRED_TEMPORARY_PASSWORD"));
  }
}
