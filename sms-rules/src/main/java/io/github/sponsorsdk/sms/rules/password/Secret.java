package io.github.sponsorsdk.sms.rules.password;

import java.util.Arrays;
import java.util.Objects;

/**
 * A password as the rules see it: characters that are never printed.
 *
 * <p>Deliberately <em>not</em> a {@link CharSequence}: that contract makes {@code toString()} return the characters,
 * and any logger, debugger view or string concatenation would then print the password. {@link #toString()} here
 * always returns {@code "Secret[****]"}. It is not a JSON value either: a password is never serialised.
 *
 * <p>{@link #of(char[])} copies the array, so the caller may (and should) wipe its own array at once; the copy
 * lives as long as this object. The type has no {@code equals}: rules never compare passwords (callers compare
 * hashes), and identity equality keeps accidental comparisons out of collections.
 */
public final class Secret {
  private static final String MASKED = "Secret[****]";

  private final char[] chars;

  private Secret(char[] chars) {
    this.chars = chars;
  }

  /**
   * {@return a secret holding a copy of {@code chars}}
   *
   * @param chars the characters; the caller may clear its array afterwards
   */
  public static Secret of(char[] chars) {
    return new Secret(Objects.requireNonNull(chars, "chars").clone());
  }

  /**
   * {@return a secret holding the characters of {@code chars} (for tests and callers that hold a {@code String}
   * anyway)}
   *
   * @param chars the characters
   */
  public static Secret of(CharSequence chars) {
    Objects.requireNonNull(chars, "chars");
    char[] copy = new char[chars.length()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = chars.charAt(i);
    }
    return new Secret(copy);
  }

  /** {@return the number of UTF-16 code units (Java {@code char}s)} */
  public int length() {
    return chars.length;
  }

  /**
   * {@return the UTF-16 code unit at {@code index}}
   *
   * @param index a UTF-16 index
   */
  public char charAt(int index) {
    return chars[index];
  }

  /** {@return the number of Unicode code points: what the password policy counts as "characters"} */
  public int codePointCount() {
    return Character.codePointCount(chars, 0, chars.length);
  }

  /**
   * {@return the code point starting at {@code index} (a UTF-16 index)}
   *
   * @param index a UTF-16 index
   */
  public int codePointAt(int index) {
    return Character.codePointAt(chars, index);
  }

  /**
   * {@return true when the last character is whitespace: the copy-and-paste trap Manual 1 Guide 1 warns about ("this
   * may include a space at the end of your password")}
   */
  public boolean hasTrailingWhitespace() {
    return chars.length > 0 && PasswordCheck.isWhitespace(chars[chars.length - 1]);
  }

  /**
   * {@return a copy without trailing whitespace} A caller that compares password hashes uses it to tell the log-in
   * engine that the only mismatch was a pasted trailing space ({@code CredentialCheck.MISMATCHED_TRAILING_WHITESPACE}).
   */
  public Secret stripTrailingWhitespace() {
    int end = chars.length;
    while (end > 0 && PasswordCheck.isWhitespace(chars[end - 1])) {
      end--;
    }
    return new Secret(Arrays.copyOf(chars, end));
  }

  /**
   * {@return a copy of the characters, for the caller's hash function only} The caller owns (and should wipe) the
   * array.
   */
  public char[] toCharArray() {
    return chars.clone();
  }

  /** Always {@code "Secret[****]"}: the characters are never printed. */
  @Override
  public String toString() {
    return MASKED;
  }
}
