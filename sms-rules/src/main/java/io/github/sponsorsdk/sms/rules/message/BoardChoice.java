package io.github.sponsorsdk.sms.rules.message;

/** The two buttons of the message board shown at log-in (Manual 1, Guide 5, step 3). */
public enum BoardChoice {
  /** Proceed to the SMS home screen: the messages count as read. */
  OK,
  /** Go back to the log-in page: the user is logged out. */
  CANCEL;

  /** {@return true when the choice ends the session} */
  public boolean logsOut() {
    return this == CANCEL;
  }
}
