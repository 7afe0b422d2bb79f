package io.github.sponsorsdk.sms.xml.internal;

import io.github.sponsorsdk.sms.xml.schema.CharacterRange;
import java.text.Normalizer;
import java.util.Map;

/** The writer's replacement of characters outside a field's {@link CharacterRange} by their nearest spelling. */
public final class Transliteration {
  private Transliteration() {}

  /** Spellings for characters that have no decomposition into allowed ones. */
  private static final Map<Integer, String> SPECIAL = Map.ofEntries(
      Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201A, "'"), Map.entry(0x2032, "'"),
      Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x201E, "\""),
      Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2013, "-"),
      Map.entry(0x2014, "-"), Map.entry(0x2026, "..."), Map.entry(0x00A0, " "), Map.entry(0x2009, " "),
      Map.entry(0x0152, "OE"), Map.entry(0x0153, "oe"), Map.entry(0x00C6, "AE"), Map.entry(0x00E6, "ae"),
      Map.entry(0x00D8, "O"), Map.entry(0x00F8, "o"), Map.entry(0x0141, "L"), Map.entry(0x0142, "l"),
      Map.entry(0x0110, "D"), Map.entry(0x0111, "d"), Map.entry(0x00D0, "D"), Map.entry(0x00F0, "d"),
      Map.entry(0x00DE, "Th"), Map.entry(0x00FE, "th"), Map.entry(0x00DF, "ss"), Map.entry(0x0131, "i"),
      Map.entry(0x20AC, "EUR"));

  /**
   * {@code s} with every character {@code range} does not allow replaced by an allowed spelling (accents dropped,
   * typographic quotes and dashes made plain, {@code Ł} to {@code L}); throws {@link IllegalArgumentException}
   * naming the first character that has none.
   */
  public static String apply(CharacterRange range, String s) {
    if (range.firstDisallowed(s) < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (range.allows(c)) {
        b.appendCodePoint(c);
        continue;
      }
      String alt = SPECIAL.get(c);
      if (alt == null && range != CharacterRange.MULTILINE && (c == '\t' || c == '\n' || c == '\r')) {
        alt = " ";
      }
      if (alt == null) {
        alt = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      }
      if (alt.isEmpty() || range.firstDisallowed(alt) >= 0) {
        throw new IllegalArgumentException(CharacterRange.describe(c) + " has no spelling in " + range);
      }
      b.append(alt);
    }
    return b.toString();
  }
}
