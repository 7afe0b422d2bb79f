package io.github.sponsorsdk.sms.rules.login;

import static io.github.sponsorsdk.sms.rules.login.CredentialCheck.MATCHED;
import static io.github.sponsorsdk.sms.rules.login.CredentialCheck.MISMATCHED;
import static io.github.sponsorsdk.sms.rules.login.CredentialCheck.MISMATCHED_TRAILING_WHITESPACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.effective.NotInEffectException;
import io.github.sponsorsdk.sms.rules.password.PasswordParameters;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Examples from Manual 1 ("User ID and password", Troubleshooting, "Access to SMS", Guides 1 and 2). */
class LoginEngineTest {

  static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
  static final LoginEngine ENGINE = LoginEngine.defaults();
  static final LoginAttempt RIGHT = LoginAttempt.of(MATCHED);
  static final LoginAttempt WRONG = LoginAttempt.of(MISMATCHED);

  static Instant min(long m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  @Test
  void theThirdIncorrectAttemptLocksTheAccount() {
    // "If you enter an incorrect ID or password three times your account will be temporarily locked."
    AccountState s = AccountState.settled();
    LoginOutcome first = ENGINE.attempt(s, WRONG, min(0));
    assertThat(first.kind()).isEqualTo(LoginOutcomeKind.REFUSED);
    assertThat(first.decision().codes()).containsExactly("login.INVALID_CREDENTIALS");
    assertThat(first.state().consecutiveFailures()).isEqualTo(1);
    assertThat(first.decision().reasons().get(0).parameters()).as("no count: an unknown ID looks the same").isEmpty();
    LoginOutcome second = ENGINE.attempt(first.state(), WRONG, min(1));
    assertThat(second.kind()).isEqualTo(LoginOutcomeKind.REFUSED);
    assertThat(second.state().lockedUntil()).isEmpty();
    LoginOutcome third = ENGINE.attempt(second.state(), WRONG, min(2));
    assertThat(third.kind()).isEqualTo(LoginOutcomeKind.LOCKED);
    assertThat(third.decision().codes())
        .containsExactly("login.INVALID_CREDENTIALS", "login.LOCKED_AFTER_FAILED_ATTEMPTS");
    assertThat(third.state().lockedUntil()).contains(min(32)); // default 30 minutes (Troubleshooting, Guide 2)
    assertThat(third.decision().reasons().get(1).parameters()).containsEntry("lockoutMinutes", "30")
        .containsEntry("lockedUntil", min(32).toString());
  }

  @Test
  void theLockEndsExactlyAtLockPlusDurationEvenForTheRightPassword() {
    AccountState locked = lockAt(min(2), ENGINE);
    LoginOutcome early = ENGINE.attempt(locked, RIGHT, min(32).minusNanos(1));
    assertThat(early.kind()).isEqualTo(LoginOutcomeKind.LOCKED);
    assertThat(early.decision().codes()).containsExactly("login.ACCOUNT_LOCKED");
    assertThat(early.state()).as("refused while locked: nothing counted, lock not extended").isEqualTo(locked);
    LoginOutcome onTime = ENGINE.attempt(locked, RIGHT, min(32));
    assertThat(onTime.kind()).isEqualTo(LoginOutcomeKind.LOGGED_IN);
    assertThat(onTime.state().consecutiveFailures()).isZero();
    assertThat(onTime.state().lockedUntil()).isEmpty();
  }

  @Test
  void theTwentyMinuteReadingOfUserIdAndPasswordIsAParameter() {
    // "You should try logging in again after 20 minutes" (Manual 1, User ID and password)
    LoginEngine twenty = LoginEngine.of(LoginParameters.twentyMinuteLockout());
    AccountState locked = lockAt(min(2), twenty);
    assertThat(locked.lockedUntil()).contains(min(22));
    assertThat(twenty.attempt(locked, RIGHT, min(22).minusNanos(1)).kind()).isEqualTo(LoginOutcomeKind.LOCKED);
    assertThat(twenty.attempt(locked, RIGHT, min(22)).kind()).isEqualTo(LoginOutcomeKind.LOGGED_IN);
    assertThat(LoginParameters.defaults().withLockoutDuration(Duration.ofMinutes(20)).lockoutDuration().on(
        PasswordParameters.MANUAL_1_KNOWN_FROM)).isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void afterTheLockAWrongPasswordStartsANewCount() {
    AccountState locked = lockAt(min(2), ENGINE);
    LoginOutcome after = ENGINE.attempt(locked, WRONG, min(32));
    assertThat(after.kind()).isEqualTo(LoginOutcomeKind.REFUSED);
    assertThat(after.state().consecutiveFailures()).isEqualTo(1);
    assertThat(after.state().lockedUntil()).isEmpty();
  }

  @Test
  void aSuccessfulLogInResetsTheCount() {
    AccountState s = AccountState.settled();
    s = ENGINE.attempt(s, WRONG, min(0)).state();
    s = ENGINE.attempt(s, WRONG, min(1)).state();
    LoginOutcome ok = ENGINE.attempt(s, RIGHT, min(2));
    assertThat(ok.kind()).isEqualTo(LoginOutcomeKind.LOGGED_IN);
    assertThat(ok.decision().reasons()).isEmpty();
    s = ENGINE.attempt(ok.state(), WRONG, min(3)).state();
    LoginOutcome fifthAttempt = ENGINE.attempt(s, WRONG, min(4));
    assertThat(fifthAttempt.kind()).isEqualTo(LoginOutcomeKind.REFUSED);
    assertThat(fifthAttempt.state().consecutiveFailures()).isEqualTo(2);
  }

  @Test
  void aPastedTrailingSpaceIsAFailedAttemptWithAHint() {
    // Guide 1, step 1 note: "failure to remove the space will invalidate your password"
    LoginOutcome r = ENGINE.attempt(AccountState.settled(), LoginAttempt.of(MISMATCHED_TRAILING_WHITESPACE), min(0));
    assertThat(r.kind()).isEqualTo(LoginOutcomeKind.REFUSED);
    assertThat(r.decision().codes())
        .containsExactly("login.INVALID_CREDENTIALS", "login.TRAILING_WHITESPACE_IN_PASSWORD");
    assertThat(r.decision().reasons().get(1).severity()).isEqualTo(Severity.INFO);
    assertThat(r.state().consecutiveFailures()).isEqualTo(1);
  }

  @Test
  void theFirstLogInRequiresAChangeOfPassword() {
    // Guide 1, step 2: "When logging in for the first time, you must change your password."
    LoginOutcome first = ENGINE.attempt(AccountState.newAccount(), RIGHT, min(0));
    assertThat(first.kind()).isEqualTo(LoginOutcomeKind.MUST_CHANGE_PASSWORD);
    assertThat(first.decision().isAllowed()).isTrue();
    assertThat(first.decision().codes()).containsExactly("login.PASSWORD_CHANGE_REQUIRED_FIRST_LOG_IN");
    // Not changing it (logging out) leaves the requirement in place.
    assertThat(ENGINE.attempt(first.state(), RIGHT, min(5)).kind()).isEqualTo(LoginOutcomeKind.MUST_CHANGE_PASSWORD);
    AccountState changed = ENGINE.passwordChanged(first.state());
    assertThat(ENGINE.attempt(changed, RIGHT, min(10)).kind()).isEqualTo(LoginOutcomeKind.LOGGED_IN);
  }

  @Test
  void aTemporaryPasswordAfterAResetMustBeChangedButDoesNotLiftALock() {
    // Guide 2, step 3 note: "Once you have logged in with the temporary password you will have to change your
    // password again"; step 2 note: locked users "wait for 30 minutes and try again".
    AccountState locked = lockAt(min(2), ENGINE);
    AccountState reset = ENGINE.passwordReset(locked);
    assertThat(reset.passwordStatus()).isEqualTo(PasswordStatus.TEMPORARY);
    assertThat(ENGINE.attempt(reset, RIGHT, min(10)).kind()).isEqualTo(LoginOutcomeKind.LOCKED);
    LoginOutcome r = ENGINE.attempt(reset, RIGHT, min(32));
    assertThat(r.kind()).isEqualTo(LoginOutcomeKind.MUST_CHANGE_PASSWORD);
    assertThat(r.decision().codes()).containsExactly("login.PASSWORD_CHANGE_REQUIRED_TEMPORARY_PASSWORD");
  }

  @Test
  void onlyActiveUsersOfALicenceThatPermitsLogInGetInAndEveryObstacleIsReported() {
    // "If your licence has expired or has been revoked you will not be able to log in to SMS" (Access to SMS);
    // "You MUST be an appointed Level 1 or 2 user" (Guide 2 log-in screen). Whole domain: 6 x 5.
    for (LicenceStatus licence : LicenceStatus.values()) {
      for (UserStatus standing : UserStatus.values()) {
        LoginOutcome r = ENGINE.attempt(AccountState.settled(), LoginAttempt.of(MATCHED, standing, licence), min(0));
        boolean licenceOk = licence != LicenceStatus.EXPIRED && licence != LicenceStatus.REVOKED
            && licence != LicenceStatus.SURRENDERED;
        boolean userOk = standing == UserStatus.ACTIVE;
        String as = licence + "/" + standing;
        assertThat(r.kind().isLoggedIn()).as(as).isEqualTo(licenceOk && userOk);
        assertThat(r.decision().has(LoginReasonCode.LICENCE_DOES_NOT_PERMIT_LOG_IN)).as(as).isEqualTo(!licenceOk);
        assertThat(r.decision().has(LoginReasonCode.ACCOUNT_NOT_ACTIVE)).as(as).isEqualTo(!userOk);
        assertThat(r.state().consecutiveFailures()).isZero();
        // Wrong credentials never reveal the standing.
        LoginOutcome wrong = ENGINE.attempt(AccountState.settled(), LoginAttempt.of(MISMATCHED, standing, licence),
            min(0));
        assertThat(wrong.decision().codes()).as(as).containsExactly("login.INVALID_CREDENTIALS");
      }
    }
  }

  @Test
  void anUnknownUserIdGetsTheSameAnswerAsAWrongPassword() {
    assertThat(ENGINE.decideUnknownUserId().codes()).containsExactly("login.INVALID_CREDENTIALS");
    assertThat(ENGINE.decideUnknownUserId().reasons().get(0))
        .as("the whole reason, parameters included, is the same as for a wrong password")
        .isEqualTo(ENGINE.attempt(AccountState.settled(), WRONG, min(0)).decision().reasons().get(0));
    assertThat(ENGINE.decideUnknownUserId().reasons().get(0).message()).contains("does not match our records");
  }

  @Test
  void theClockOverloadReadsOnlyTheGivenClock() {
    Clock fixed = Clock.fixed(min(7), ZoneOffset.UTC);
    LoginOutcome r = ENGINE.attempt(AccountState.settled(), WRONG, fixed);
    assertThat(r).isEqualTo(ENGINE.attempt(AccountState.settled(), WRONG, min(7)));
  }

  @Test
  void instantsBeforeTheManualIsKnownInForceAreNotGuessed() {
    Instant before = PasswordParameters.MANUAL_1_KNOWN_FROM.atStartOfDay(LoginParameters.UK).toInstant().minusNanos(1);
    Assertions.assertThatThrownBy(() -> ENGINE.attempt(AccountState.settled(), WRONG, before))
        .isInstanceOf(NotInEffectException.class);
    assertThat(ENGINE.attempt(AccountState.settled(), WRONG, before.plusNanos(1)).kind())
        .isEqualTo(LoginOutcomeKind.REFUSED);
  }

  @Test
  void valuesRoundTripThroughJson() {
    LoginOutcome locked = ENGINE.attempt(lockAt(min(2), ENGINE), RIGHT, min(3));
    assertThat(Json.roundTrip(locked, LoginOutcome.class)).isEqualTo(locked);
    assertThat(Json.roundTrip(locked.state(), AccountState.class)).isEqualTo(locked.state());
    LoginAttempt a = LoginAttempt.of(MISMATCHED_TRAILING_WHITESPACE, UserStatus.REQUESTED, LicenceStatus.DORMANT);
    assertThat(Json.roundTrip(a, LoginAttempt.class)).isEqualTo(a);
    assertThat(Json.roundTrip(LoginParameters.defaults(), LoginParameters.class)).isEqualTo(LoginParameters.defaults());
  }

  @Test
  void invalidStatesAndResultsCannotBeBuilt() {
    Assertions.assertThatThrownBy(() -> AccountState.builder().consecutiveFailures(-1)
            .passwordStatus(PasswordStatus.CHOSEN).build())
        .hasMessageContaining("consecutiveFailures");
    Assertions.assertThatThrownBy(() -> LoginOutcome.of(AccountState.settled(), LoginOutcomeKind.LOGGED_IN,
            ENGINE.decideUnknownUserId()))
        .hasMessageContaining("outcome");
  }

  @Test
  void everyReasonCarriesItsCodesCitation() {
    LoginOutcome r = ENGINE.attempt(AccountState.settled(), LoginAttempt.of(MATCHED, UserStatus.REFUSED,
        LicenceStatus.REVOKED), min(0));
    for (Reason reason : r.decision().reasons()) {
      assertThat(reason.citation()).isEqualTo(LoginReasonCode.valueOf(reason.name()).citation());
      assertThat(reason.namespace()).isEqualTo("login");
    }
  }

  static AccountState lockAt(Instant third, LoginEngine engine) {
    AccountState s = AccountState.settled();
    s = engine.attempt(s, WRONG, third.minus(Duration.ofMinutes(2))).state();
    s = engine.attempt(s, WRONG, third.minus(Duration.ofMinutes(1))).state();
    LoginOutcome r = engine.attempt(s, WRONG, third);
    assertThat(r.kind()).isEqualTo(LoginOutcomeKind.LOCKED);
    return r.state();
  }
}
