package io.github.sponsorsdk.sms.rules.login;

/**
 * What the caller found when it compared the entered credentials with the stored ones. The engine never sees a
 * password or a hash: the caller (the testkit's fake SMS, a vendor's adapter) compares, exactly and
 * case-sensitively, and reports the result here.
 *
 * <p>Manual 1: "Both the user ID and password fields are case sensitive" ("User ID and password"), and a pasted
 * password with "a space at the end ... will invalidate your password" (Guide 1, step 1 note). So
 * {@code "Password1! "} does not match {@code "Password1!"}: that is {@link #MISMATCHED_TRAILING_WHITESPACE} when
 * the caller also finds that the entry without its trailing whitespace would have matched (see
 * {@code Secret.stripTrailingWhitespace()}); it still counts as a failed attempt.
 */
public enum CredentialCheck {
  /** User ID and password match exactly. */
  MATCHED,
  /** The password does not match. */
  MISMATCHED,
  /**
   * The password does not match, but would without its trailing whitespace: a failed attempt, with a hint for the
   * user.
   */
  MISMATCHED_TRAILING_WHITESPACE
}
