package io.github.sponsorsdk.sms.rules.login;

/** What a log-in attempt led to; the {@link LoginOutcome#decision()} says why. */
public enum LoginOutcomeKind {
  /** Logged in; a session may start. */
  LOGGED_IN,
  /** Logged in, but the user must change the password before anything else (first log-in, temporary password). */
  MUST_CHANGE_PASSWORD,
  /** Refused: wrong credentials, or a user or licence that may not log in. */
  REFUSED,
  /** Refused because the account is locked (by this attempt or earlier). */
  LOCKED;

  /** {@return true for the outcomes after which the user is logged in} */
  public boolean isLoggedIn() {
    return this == LOGGED_IN || this == MUST_CHANGE_PASSWORD;
  }
}
