package io.github.sponsorsdk.sms.rules.session;

/**
 * What a log-in does while the same user still has a live session.
 *
 * <p>Manual 1, "Logging in and out of SMS": "You MUST only have one instance (tab or window) of SMS open at any one
 * time to avoid system anomalies and error messages". That is an instruction to the user, not a refusal the system
 * is said to make; and the manual's answer to a lost session is "you can log in again, as normal". So the default
 * is {@link #REPLACE_EXISTING}: one live session per user, the newest wins. Decision record
 * {@code 0310-login-lockout-sessions}.
 */
public enum SecondLogIn {
  /** The new session replaces the old one, which ends at once. The default. */
  REPLACE_EXISTING,
  /** The new log-in is refused until the old session ends or expires (the strict reading). */
  REFUSE_NEW
}
