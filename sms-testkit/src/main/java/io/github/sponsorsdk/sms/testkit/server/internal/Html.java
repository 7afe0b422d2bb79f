package io.github.sponsorsdk.sms.testkit.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * HTML output for the dashboard: escaping of text, and the SHA-256 source hashes its Content Security Policy names.
 *
 * <p>Escaping follows rule 1 of the OWASP XSS Prevention Cheat Sheet: {@code & < > " '} become character
 * references. That is sufficient because the dashboard puts text only into element content and double-quoted
 * attribute values, never into a script, a style, an unquoted attribute or a URL (decision 0640, "Dashboard"). Five
 * characters did not justify a dependency for every consumer of sms-testkit.
 */
public final class Html {
  private Html() {}

  /**
   * Escapes {@code text} for HTML element content or a double-quoted attribute value.
   *
   * @param text any text, such as a name a sponsor entered
   * @return the text with {@code & < > " '} replaced by character references
   */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String ref;
      switch (c) {
        case '&':
          ref = "&amp;";
          break;
        case '<':
          ref = "&lt;";
          break;
        case '>':
          ref = "&gt;";
          break;
        case '"':
          ref = "&quot;";
          break;
        case '\'':
          ref = "&#39;";
          break;
        default:
          ref = null;
          break;
      }
      if (ref != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (ref != null) {
          out.append(ref);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The Content Security Policy source expression that allows exactly {@code inline} as an inline script or style.
   *
   * @param inline the text between the {@code <script>} (or {@code <style>}) tags, as sent
   * @return {@code 'sha256-<base64>'}
   */
  public static String hashSource(String inline) {
    return "'sha256-" + Base64.getEncoder().encodeToString(sha256(inline)) + "'";
  }

  /**
   * A short fingerprint of {@code text} (the first 16 bytes of its SHA-256, in hex).
   *
   * @param text the text
   * @return 32 hex digits
   */
  public static String fingerprint(String text) {
    return HexFormat.of().formatHex(sha256(text), 0, 16);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
