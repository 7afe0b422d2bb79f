package io.github.sponsorsdk.sms.xml.schema;

/**
 * The character ranges of the v2.1 schema's string types, the facet a BDT text field is most often rejected for.
 *
 * <ul>
 *   <li>{@link #LATIN1}: {@code PBSStringType}, printable ISO 8859-1 {@code [\x20-\x7E\xA0-\xFF]};
 *   <li>{@link #MULTILINE}: {@code PBSMultiLineStringType}, the same plus tab, line feed and carriage return;
 *   <li>{@link #ADDRESS}: {@code AddressLineType}, {@code [A-Za-z0-9 ~!@%()*+,-./:;=?^_{}&']} (no accents, no
 *       {@code # " $ < > [ ] |}).
 * </ul>
 *
 * <p>Each {@link BdtField} of a string type names its range ({@link BdtField#characters()}); the reader checks it
 * element by element and the writer refuses or transliterates what falls outside it.
 */
public enum CharacterRange {
  /** {@code PBSStringType}: printable ISO 8859-1. */
  LATIN1("PBSStringType", "[#x20-#x7E#xA0-#xFF]+"),
  /** {@code PBSMultiLineStringType}: printable ISO 8859-1 plus tab, line feed and carriage return. */
  MULTILINE("PBSMultiLineStringType", "[#x20-#x7E#xA0-#xFF\\s]+"),
  /** {@code AddressLineType}: plain letters, digits, space and {@code ~!@%()*+,-./:;=?^_{}&'}. */
  ADDRESS("AddressLineType", "[A-Za-z0-9 ~!@%()*+,-./:;=?^_{}&']+");

  private static final String ADDRESS_PUNCTUATION = " ~!@%()*+,-./:;=?^_{}&'";

  /** {@link #allows} for the first 256 code points, per range, computed once. */
  private static final boolean[][] TABLE = new boolean[3][256];

  static {
    for (CharacterRange r : values()) {
      for (int c = 0; c < 256; c++) {
        TABLE[r.ordinal()][c] = r.rule(c);
      }
    }
  }

  private final String officialType;
  private final String pattern;

  CharacterRange(String officialType, String pattern) {
    this.officialType = officialType;
    this.pattern = pattern;
  }

  /** {@return the v2.1 schema type whose pattern facet this range is, e.g. {@code PBSStringType}} */
  public String officialType() {
    return officialType;
  }

  /** {@return the pattern facet as written in the schema, for messages} */
  public String pattern() {
    return pattern;
  }

  /**
   * True when {@code c} may appear in a field of this range.
   *
   * @param c a Unicode code point
   * @return whether the schema's pattern admits it
   */
  public boolean allows(int c) {
    return c >= 0 && c < 256 && TABLE[ordinal()][c];
  }

  /**
   * The first character of {@code chars[start, start + length)} this range does not allow.
   *
   * @param chars the characters
   * @param start the first index to look at
   * @param length how many characters to look at
   * @return the offset from {@code start} of the first disallowed character, or -1 when all are allowed
   */
  public int firstDisallowed(char[] chars, int start, int length) {
    boolean[] table = TABLE[ordinal()];
    for (int i = start, end = start + length; i < end; i++) {
      char c = chars[i];
      if (c >= 256 || !table[c]) {
        return i - start;
      }
    }
    return -1;
  }

  /**
   * The first character of {@code s} this range does not allow.
   *
   * @param s the text
   * @return the index of the first disallowed character, or -1 when all are allowed
   */
  public int firstDisallowed(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (!allows(c)) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /**
   * A character as a reader of a report wants to see it: {@code U+00E9 'é'}.
   *
   * @param c a Unicode code point
   * @return its code and, unless it is a control character, the character itself
   */
  public static String describe(int c) {
    return String.format("U+%04X '%s'", c, Character.isISOControl(c) ? "?" : new String(Character.toChars(c)));
  }

  private boolean rule(int c) {
    switch (this) {
      case ADDRESS:
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || ADDRESS_PUNCTUATION.indexOf(c) >= 0;
      case MULTILINE:
        if (c == '\t' || c == '\n' || c == '\r') {
          return true;
        }
        return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF);
      default:
        return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF);
    }
  }
}
