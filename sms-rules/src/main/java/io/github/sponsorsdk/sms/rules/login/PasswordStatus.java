package io.github.sponsorsdk.sms.rules.login;

/**
 * Where the account's current password came from, which decides whether it must be changed at log-in.
 *
 * <p>Manual 1, Guide 1, step 2: "When logging in for the first time, you must change your password"; Guide 2,
 * step 3 note: "Once you have logged in with the temporary password you will have to change your password again".
 */
public enum PasswordStatus {
  /** Issued with the account (emailed to the user); to be changed at the first log-in. */
  INITIAL,
  /** A temporary password from a reset (Guide 2); to be changed at the next log-in. */
  TEMPORARY,
  /** Chosen by the user; no change needed. */
  CHOSEN;

  /** {@return true when a log-in with this password must be followed by a change of password before anything else} */
  public boolean mustChange() {
    return this != CHOSEN;
  }
}
