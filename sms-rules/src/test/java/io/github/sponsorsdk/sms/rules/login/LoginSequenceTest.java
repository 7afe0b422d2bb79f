package io.github.sponsorsdk.sms.rules.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;

/**
 * Generated sequences of log-in attempts (Instancio, fixed seeds) against invariants of Manual 1's lockout rule,
 * for both lock periods the manual gives.
 */
class LoginSequenceTest {

  static final long SEED = 3_310L;
  static final Instant START = Instant.parse("2026-03-28T23:30:00Z"); // crosses the UK clock change

  /** One generated step: what the caller found, and how long after the previous attempt it came. */
  static class Step {
    CredentialCheck credentials;
    long gapSeconds;
  }

  static List<Step> sequence(long seed) {
    return Instancio.ofList(Step.class).size(60).withSeed(seed)
        .generate(field(Step.class, "credentials"), g -> g.oneOf(CredentialCheck.MISMATCHED,
            CredentialCheck.MISMATCHED, CredentialCheck.MISMATCHED_TRAILING_WHITESPACE, CredentialCheck.MATCHED))
        .generate(field(Step.class, "gapSeconds"), g -> g.oneOf(0L, 1L, 59L, 300L, 1199L, 1200L, 1201L, 1799L,
            1800L, 1801L, 3600L))
        .create();
  }

  @Test
  void invariantsHoldOnGeneratedSequencesForBothLockPeriods() {
    for (LoginParameters policy : List.of(LoginParameters.defaults(), LoginParameters.twentyMinuteLockout())) {
      LoginEngine engine = LoginEngine.of(policy);
      Duration lock = policy.lockoutDuration().on(START.atZone(policy.zone()).toLocalDate());
      int locks = 0;
      int logins = 0;
      int refusedWhileLocked = 0;
      for (long seed = SEED; seed < SEED + 200; seed++) {
        AccountState state = AccountState.settled();
        Instant at = START;
        int failuresSinceSuccessOrUnlock = 0; // independent count kept by the test
        Instant lockStarted = null;
        for (Step step : sequence(seed)) {
          at = at.plusSeconds(step.gapSeconds);
          String ctx = "policy " + lock + ", seed " + seed + ", at " + at + ", state " + state;
          boolean wasLocked = state.isLockedAt(at);
          if (!wasLocked && lockStarted != null) {
            assertThat(Duration.between(lockStarted, at)).as(ctx).isGreaterThanOrEqualTo(lock);
            lockStarted = null;
            failuresSinceSuccessOrUnlock = 0;
          }
          LoginOutcome r = engine.attempt(state, LoginAttempt.of(step.credentials), at);

          if (wasLocked) {
            // A locked account never logs in before expiry, even with the right password, and nothing changes.
            assertThat(r.kind()).as(ctx).isEqualTo(LoginOutcomeKind.LOCKED);
            assertThat(r.decision().codes()).as(ctx).containsExactly("login.ACCOUNT_LOCKED");
            assertThat(r.state()).as(ctx).isEqualTo(state);
            refusedWhileLocked++;
          } else if (step.credentials == CredentialCheck.MATCHED) {
            assertThat(r.kind()).as(ctx).isEqualTo(LoginOutcomeKind.LOGGED_IN);
            assertThat(r.state().consecutiveFailures()).as(ctx).isZero();
            failuresSinceSuccessOrUnlock = 0;
            logins++;
          } else {
            failuresSinceSuccessOrUnlock++;
            boolean locksNow = failuresSinceSuccessOrUnlock == 3;
            assertThat(r.kind()).as(ctx).isEqualTo(locksNow ? LoginOutcomeKind.LOCKED : LoginOutcomeKind.REFUSED);
            assertThat(r.state().isLockedAt(at)).as(ctx).isEqualTo(locksNow);
            if (locksNow) {
              assertThat(r.state().lockedUntil()).as(ctx).contains(at.plus(lock));
              lockStarted = at;
              locks++;
            }
          }
          // Never 3 consecutive failures without a lock.
          assertThat(r.state().consecutiveFailures() < 3 || r.state().isLockedAt(at)).as(ctx).isTrue();
          assertThat(r.state().consecutiveFailures()).as(ctx).isBetween(0, 3);
          state = r.state();
        }
      }
      // The generated sequences must actually lock, unlock and log in, or the invariants were never tested.
      assertThat(locks).as("locks").isGreaterThan(100);
      assertThat(logins).as("log-ins").isGreaterThan(100);
      assertThat(refusedWhileLocked).as("attempts refused while locked").isGreaterThan(100);
    }
  }
}
