package io.github.sponsorsdk.sms.rules.login;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/** The reasons of the {@link LoginEngine}, each with the source of its rule. */
public enum LoginReasonCode implements ReasonCode {
  /**
   * The user ID or password is wrong (refusal). Also the answer for an unknown user ID, so that a refusal never
   * tells whether an ID exists. Parameters: {@code consecutiveFailures}, {@code maxFailedAttempts}.
   */
  INVALID_CREDENTIALS(LoginSources.manual1("User ID and password", "Both the user ID and password fields are case sensitive")),
  /**
   * Information: the password would have matched without its trailing whitespace (Guide 1, step 1 note: "failure to
   * remove the space will invalidate your password").
   */
  TRAILING_WHITESPACE_IN_PASSWORD(LoginSources.guide1("Step 1, note",
      "copy and paste ... may include a space at the end of your password")),
  /** This failed attempt locked the account (refusal). Parameters: {@code lockedUntil}, {@code maxFailedAttempts}. */
  LOCKED_AFTER_FAILED_ATTEMPTS(LoginSources.manual1("User ID and password",
      "incorrect ID or password three times your account will be temporarily locked")),
  /**
   * The account is locked; the attempt is refused whatever the credentials, and neither counted nor extends the
   * lock (refusal). Parameter: {@code lockedUntil}.
   */
  ACCOUNT_LOCKED(LoginSources.manual1("Troubleshooting", "Invalid attempts to log in: wait for 30 minutes and try again")),
  /** The licence is expired, revoked or surrendered (refusal). Parameter: {@code licence}. */
  LICENCE_DOES_NOT_PERMIT_LOG_IN(LoginSources.manual1("Access to SMS",
      "If your licence has expired or has been revoked you will not be able to log in to SMS")),
  /** The user is requested, refused or deactivated (refusal). Parameter: {@code standing}. */
  ACCOUNT_NOT_ACTIVE(LoginSources.guide2("SMS log in screen",
      "You MUST be an appointed Level 1 or 2 user to access SMS")),
  /** Information: first log-in; the password must be changed before anything else. */
  PASSWORD_CHANGE_REQUIRED_FIRST_LOG_IN(LoginSources.guide1("Step 2",
      "When logging in for the first time, you must change your password")),
  /** Information: log-in with a temporary password after a reset; it must be changed before anything else. */
  PASSWORD_CHANGE_REQUIRED_TEMPORARY_PASSWORD(LoginSources.guide2("Step 3, note",
      "Once you have logged in with the temporary password you will have to change your password again"));

  private final Citation citation;

  LoginReasonCode(Citation citation) {
    this.citation = citation;
  }

  /** The source of the rule this code reports. */
  public Citation citation() {
    return citation;
  }
}
