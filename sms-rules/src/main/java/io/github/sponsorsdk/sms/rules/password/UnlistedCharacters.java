package io.github.sponsorsdk.sms.rules.password;

/**
 * What the policy does with a character that is none of A-Z, a-z, 0-9, the listed specials or whitespace, such as
 * {@code #}, {@code £}, {@code é} or an emoji.
 *
 * <p>Manual 1 (Guide 1, step 2) lists what a password must <em>include</em> ("at least 1 special character from
 * the following @$!%^&amp;*+=_") and what it must <em>not</em> include (whitespace, the user's name or ID). It
 * never forbids other characters, so they are not a refusal by default; but whether the live SMS accepts them is
 * not documented, so the default {@link #WARN} tells the user. Decision record {@code 0310-password-policy}.
 */
public enum UnlistedCharacters {
  /** Allowed; they count towards the length but satisfy no character-class requirement. */
  ACCEPT,
  /** Allowed, with a warning ({@code PasswordReasonCode.UNLISTED_CHARACTER}). The default. */
  WARN,
  /** Refused ({@code PasswordReasonCode.UNLISTED_CHARACTER} as a refusal): the strict reading. */
  REFUSE
}
