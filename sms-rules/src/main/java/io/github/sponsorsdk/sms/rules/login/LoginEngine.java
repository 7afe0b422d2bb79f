package io.github.sponsorsdk.sms.rules.login;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Log-in and lockout of one SMS account as a pure state machine: (state, attempt, instant) in, (next state, outcome,
 * decision) out. It does not hash or compare passwords; the caller says whether the credentials matched.
 *
 * <pre>{@code
 * LoginEngine engine = LoginEngine.defaults();
 * LoginOutcome r = engine.attempt(state, LoginAttempt.of(CredentialCheck.MISMATCHED), clock.instant());
 * state = r.state();              // the third consecutive failure locks the account until instant + 30 min
 * }</pre>
 *
 * <p>Rules, in order (decision record {@code 0310-login-lockout-sessions}):
 * <ol>
 *   <li><b>Locked</b> (instant before {@code lockedUntil}): refused with {@code ACCOUNT_LOCKED}, whatever the
 *       credentials; the attempt is not counted and does not extend the lock (the manual says to wait, not that
 *       waiting restarts). At {@code lockedUntil} exactly the lock has ended and the failure count restarts at 0.
 *   <li><b>Credentials mismatched</b>: refused with {@code INVALID_CREDENTIALS}; one more consecutive failure; the
 *       {@code maxFailedAttempts}-th (3rd) locks the account until instant + {@code lockoutDuration}
 *       ({@code LOCKED_AFTER_FAILED_ATTEMPTS}). A trailing-whitespace mismatch counts the same, with a
 *       {@code TRAILING_WHITESPACE_IN_PASSWORD} hint.
 *   <li><b>Credentials matched</b>: the failure count resets. The user's and the licence's standing are checked only
 *       now, so a refusal for standing never tells a stranger that an account exists; both are reported together.
 *   <li><b>Logged in</b>, or <b>must change password</b> first when the password is the initial or a temporary one.
 * </ol>
 *
 * <p>A password reset (Guide 2) does not lift a lock: Guide 2 itself tells a locked user to wait.
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link LoginParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(LoginParameters)} takes other parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code attempt} (the SMS log-in) returns a {@code LoginOutcome} with the next account state; {@code
 * decideUnknownUserId} returns a {@code Decision}; {@code passwordChanged} and {@code passwordReset} return the next
 * {@code AccountState}.
 */
public final class LoginEngine {

  private final LoginParameters parameters;

  private LoginEngine(LoginParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the engine with {@link LoginParameters#defaults()}} */
  public static LoginEngine defaults() {
    return new LoginEngine(LoginParameters.defaults());
  }

  /**
   * {@return an engine with {@code parameters}}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static LoginEngine of(LoginParameters parameters) {
    return new LoginEngine(parameters);
  }

  /** {@return the parameters in use} */
  public LoginParameters parameters() {
    return parameters;
  }

  /**
   * {@return {@link #attempt(AccountState, LoginAttempt, Instant)} at {@code clock.instant()}}
   *
   * @param state the account's state
   * @param attempt the attempt
   * @param clock the clock giving the attempt's instant
   */
  public LoginOutcome attempt(AccountState state, LoginAttempt attempt, Clock clock) {
    return attempt(state, attempt, clock.instant());
  }

  /**
   * Applies one log-in attempt made at {@code at} to {@code state}.
   *
   * @param state the account's state
   * @param attempt the attempt
   * @param at the instant of the attempt
   * @return the new state, the kind of result and the decision
   */
  public LoginOutcome attempt(AccountState state, LoginAttempt attempt, Instant at) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(at, "at");
    LocalDate day = at.atZone(parameters.zone()).toLocalDate();
    DatedValue<Integer> max = parameters.maxFailedAttempts().versionOn(day);

    if (state.isLockedAt(at)) {
      Instant until = state.lockedUntil().orElseThrow();
      return LoginOutcome.of(state, LoginOutcomeKind.LOCKED, Decision.of(
          LoginReasonCode.ACCOUNT_LOCKED.reason(Map.of("lockedUntil", until))));
    }
    // Unlocked at `at`: a lock that has run out restarts the count.
    AccountState current = state.lockedUntil().isPresent()
        ? state.withConsecutiveFailures(0).withLockedUntil(Optional.empty())
        : state;

    if (attempt.credentials() != CredentialCheck.MATCHED) {
      return failed(current, attempt, at, day, max);
    }

    AccountState reset = current.withConsecutiveFailures(0);
    List<Reason> refusals = new ArrayList<>(2);
    if (!LoginEligibility.permits(attempt.licence())) {
      refusals.add(LoginReasonCode.LICENCE_DOES_NOT_PERMIT_LOG_IN.reason(Map.of("licence", attempt.licence())));
    }
    if (!LoginEligibility.permits(attempt.standing())) {
      refusals.add(LoginReasonCode.ACCOUNT_NOT_ACTIVE.reason(Map.of("standing", attempt.standing())));
    }
    if (!refusals.isEmpty()) {
      return LoginOutcome.of(reset, LoginOutcomeKind.REFUSED, Decision.of(refusals));
    }
    switch (current.passwordStatus()) {
      case INITIAL:
        return LoginOutcome.of(reset, LoginOutcomeKind.MUST_CHANGE_PASSWORD, Decision.of(
            LoginReasonCode.PASSWORD_CHANGE_REQUIRED_FIRST_LOG_IN.reason()));
      case TEMPORARY:
        return LoginOutcome.of(reset, LoginOutcomeKind.MUST_CHANGE_PASSWORD, Decision.of(
            LoginReasonCode.PASSWORD_CHANGE_REQUIRED_TEMPORARY_PASSWORD.reason()));
      default:
        return LoginOutcome.of(reset, LoginOutcomeKind.LOGGED_IN, Decision.allowed());
    }
  }

  /**
   * {@return the answer to an attempt with a user ID SMS does not know: the same {@code INVALID_CREDENTIALS} refusal as
   * a wrong password, so that the answer never tells whether an ID exists} There is no account to count against.
   */
  public Decision decideUnknownUserId() {
    return Decision.of(LoginReasonCode.INVALID_CREDENTIALS.reason());
  }

  /**
   * {@return the state after the user chose a new password (checked with {@code PasswordCheck}): no change required}
   *
   * @param state the account's state
   */
  public AccountState passwordChanged(AccountState state) {
    return state.withPasswordStatus(PasswordStatus.CHOSEN);
  }

  /**
   * {@return the state after a password reset (Guide 2): the temporary password must be changed at the next log-in} The
   * failure count and any lock stay as they are.
   *
   * @param state the account's state
   */
  public AccountState passwordReset(AccountState state) {
    return state.withPasswordStatus(PasswordStatus.TEMPORARY);
  }

  private LoginOutcome failed(AccountState current, LoginAttempt attempt, Instant at, LocalDate day,
      DatedValue<Integer> max) {
    int failures = current.consecutiveFailures() + 1;
    List<Reason> reasons = new ArrayList<>(3);
    reasons.add(LoginReasonCode.INVALID_CREDENTIALS.reason());
    if (attempt.credentials() == CredentialCheck.MISMATCHED_TRAILING_WHITESPACE) {
      reasons.add(LoginReasonCode.TRAILING_WHITESPACE_IN_PASSWORD.reason());
    }
    AccountState.Builder next = AccountState.builder().from(current).consecutiveFailures(failures);
    LoginOutcomeKind outcome = LoginOutcomeKind.REFUSED;
    if (failures >= max.value()) {
      Duration lock = parameters.lockoutDuration().on(day);
      Instant until = at.plus(lock);
      next.lockedUntil(until);
      outcome = LoginOutcomeKind.LOCKED;
      reasons.add(LoginReasonCode.LOCKED_AFTER_FAILED_ATTEMPTS.reason(Map.of("maxFailedAttempts", max.value(),
          "lockoutMinutes", lock.toMinutes(), "lockedUntil", until))
          .withCitation(parameters.lockoutDuration().versionOn(day).citation()));
    }
    return LoginOutcome.of(next.build(), outcome, Decision.of(reasons));
  }

  @Override
  public String toString() {
    return "LoginEngine" + parameters.parameters();
  }
}
