package io.github.sponsorsdk.sms.xml.internal;

import java.text.Normalizer;
import java.util.Map;

/**
 * The character ranges of the v2.1 schema's string types, and the writer's transliteration into them.
 *
 * <ul>
 *   <li>{@link #LATIN1}: {@code PBSStringType}, printable ISO 8859-1 {@code [\x20-\x7E\xA0-\xFF]};
 *   <li>{@link #MULTILINE}: {@code PBSMultiLineStringType}, the same plus tab, line feed and carriage return;
 *   <li>{@link #ADDRESS}: {@code AddressLineType}, {@code [A-Za-z0-9 ~!@%()*+,-./:;=?^_{}&']} (no accents, no
 *       {@code # " $ < > [ ] |}).
 * </ul>
 */
public enum Repertoire {
  LATIN1,
  MULTILINE,
  ADDRESS;

  /**
   * The repertoire of each element whose schema type derives from {@code PBSStringType} (the pattern facets the
   * streaming schema leaves to this class). Element local names are unambiguous across the BDT schemas.
   */
  private static final Map<String, Repertoire> BY_ELEMENT = byElement();

  private static Map<String, Repertoire> byElement() {
    Map<String, Repertoire> m = new java.util.HashMap<>();
    for (String e : new String[] {"BulkUploadFileId", "Version", "ApplicantID", "ApplicationID", "FamilyName",
        "GivenName", "OtherNames", "ApplicantPassportOrTravelDocumentNumber", "Name", "CourseCurriculumTitle",
        "CourseID", "AcademicLevel", "SecondaryAcademicLevel", "PostCode", "ReasonSELTNotRequired",
        "EnglishLanguageLevelAttained", "SELTSpeakingLevel", "SELTListeningLevel", "SELTReadingLevel",
        "SELTWritingLevel", "TestProvider", "PreviousAcademicLevel", "BulkReportingId", "BulkUpdateFileId",
        "BulkExportFileId"}) {
      m.put(e, LATIN1);
    }
    for (String e : new String[] {"AddressLine", "City", "CountyAreaDistrict", "PlaceOfBirth"}) {
      m.put(e, ADDRESS);
    }
    for (String e : new String[] {"DocumentsUsedToObtainOffer", "WorkPlacementJustificationText",
        "ProgressionJustification", "Notes"}) {
      m.put(e, MULTILINE);
    }
    return Map.copyOf(m);
  }

  /** The repertoire the schema gives element {@code localName}, or null when its type has no range pattern. */
  public static Repertoire ofElement(String localName) {
    return BY_ELEMENT.get(localName);
  }

  /** The index of the first disallowed character in {@code chars[start, start + length)}, or -1. */
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

  /** The pattern of the schema type, for messages. */
  public String schemaPattern() {
    switch (this) {
      case ADDRESS:
        return "AddressLineType [A-Za-z0-9 ~!@%()*+,-./:;=?^_{}&']+";
      case MULTILINE:
        return "PBSMultiLineStringType [#x20-#x7E#xA0-#xFF\\s]+";
      default:
        return "PBSStringType [#x20-#x7E#xA0-#xFF]+";
    }
  }

  private static final String ADDRESS_PUNCTUATION = " ~!@%()*+,-./:;=?^_{}&'";

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

  /** {@link #allows} for the first 256 code points, per repertoire, computed once. */
  private static final boolean[][] TABLE = new boolean[3][256];

  static {
    for (Repertoire r : values()) {
      for (int c = 0; c < 256; c++) {
        TABLE[r.ordinal()][c] = r.rule(c);
      }
    }
  }

  /** True when {@code c} may appear in a field of this repertoire. */
  public boolean allows(int c) {
    return c < 256 && TABLE[ordinal()][c];
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

  /** The index of the first character not allowed, or -1. */
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
   * {@code s} with every disallowed character replaced by an allowed spelling, or the first character that has none
   * as the exception's message.
   */
  public String transliterate(String s) {
    if (firstDisallowed(s) < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (allows(c)) {
        b.appendCodePoint(c);
        continue;
      }
      String alt = SPECIAL.get(c);
      if (alt == null && (this != MULTILINE) && (c == '\t' || c == '\n' || c == '\r')) {
        alt = " ";
      }
      if (alt == null) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
        alt = decomposed;
      }
      if (alt.isEmpty() || firstDisallowed(alt) >= 0) {
        throw new IllegalArgumentException(describe(c) + " has no spelling in " + this);
      }
      b.append(alt);
    }
    return b.toString();
  }

  /** {@code U+00E9 'é'}. */
  public static String describe(int c) {
    return String.format("U+%04X '%s'", c, Character.isISOControl(c) ? "?" : new String(Character.toChars(c)));
  }
}
