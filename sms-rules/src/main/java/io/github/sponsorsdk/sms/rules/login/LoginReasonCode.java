package io.github.sponsorsdk.sms.rules.login;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/** The reasons of the {@link LoginEngine}, each with the source of its rule. */
public enum LoginReasonCode implements ReasonCode {
  /**
   * The user ID or password is wrong (refusal), in the SMS's own words. Also the answer for an unknown user ID, and
   * identical to it (no parameters), so that a refusal never tells whether an ID exists; the count of failures is in
   * the returned {@link AccountState}.
   */
  INVALID_CREDENTIALS(Severity.REFUSAL, LoginSources.NO_MATCH_MESSAGE,
      LoginSources.manual1("User ID and password", "Both the user ID and password fields are case sensitive")),
  /**
   * Information: the password would have matched without its trailing whitespace (Guide 1, step 1 note: "failure to
   * remove the space will invalidate your password").
   */
  TRAILING_WHITESPACE_IN_PASSWORD(Severity.INFO,
      "The password entered ends with a space, perhaps from copy and paste; remove it and try again.",
      LoginSources.guide1("Step 1, note", "copy and paste ... may include a space at the end of your password")),
  /**
   * This failed attempt locked the account (refusal). Parameters: {@code maxFailedAttempts},
   * {@code lockoutMinutes}, {@code lockedUntil} (an instant). The reason cites the lockout version in force.
   */
  LOCKED_AFTER_FAILED_ATTEMPTS(Severity.REFUSAL, "The account is locked after {maxFailedAttempts} incorrect "
      + "attempts; try again after {lockoutMinutes} minutes (from {lockedUntil}).",
      LoginSources.manual1("User ID and password",
          "incorrect ID or password three times your account will be temporarily locked")),
  /**
   * The account is locked; the attempt is refused whatever the credentials, and neither counted nor extends the
   * lock (refusal). Parameter: {@code lockedUntil} (an instant).
   */
  ACCOUNT_LOCKED(Severity.REFUSAL, "The account is temporarily locked after repeated incorrect attempts; try again "
      + "from {lockedUntil}.",
      LoginSources.manual1("Troubleshooting", "Invalid attempts to log in: wait for 30 minutes and try again")),
  /** The licence is expired, revoked or surrendered (refusal). Parameter: {@code licence} (a licence status). */
  LICENCE_DOES_NOT_PERMIT_LOG_IN(Severity.REFUSAL, "Users of a licence whose status is {licence} cannot log in to SMS.",
      LoginSources.manual1("Access to SMS",
          "If your licence has expired or has been revoked you will not be able to log in to SMS")),
  /** The user is requested, refused or deactivated (refusal). Parameter: {@code standing} (a user status). */
  ACCOUNT_NOT_ACTIVE(Severity.REFUSAL,
      "Only an active Level 1 or Level 2 user can log in to SMS; this user's status is {standing}.",
      LoginSources.guide2("SMS log in screen", "You MUST be an appointed Level 1 or 2 user to access SMS")),
  /** Information: first log-in; the password must be changed before anything else. */
  PASSWORD_CHANGE_REQUIRED_FIRST_LOG_IN(Severity.INFO,
      "When logging in for the first time, you must change your password.",
      LoginSources.guide1("Step 2", "When logging in for the first time, you must change your password")),
  /** Information: log-in with a temporary password after a reset; it must be changed before anything else. */
  PASSWORD_CHANGE_REQUIRED_TEMPORARY_PASSWORD(Severity.INFO,
      "You have logged in with a temporary password: change your password now.",
      LoginSources.guide2("Step 3, note",
          "Once you have logged in with the temporary password you will have to change your password again"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  LoginReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code login}. */
  @Override
  public String namespace() {
    return "login";
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageTemplate() {
    return messageTemplate;
  }

  /** The source of the rule this code reports. */
  @Override
  public Citation citation() {
    return citation;
  }
}
