package io.github.sponsorsdk.sms.rules.calendar;

import io.github.sponsorsdk.sms.core.place.UkNation;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The UK bank holidays compiled into sms-rules at build time, read from the class-path resource {@value #PATH}.
 *
 * <p><b>Where the data comes from.</b> The build runs
 * {@code sms-rules/src/build/java/.../generator/UkBankHolidayTableGenerator.java}, which asks jollyday (a build- and
 * test-only dependency) for every observed bank holiday of {@code holidays/Holidays_gb.xml}, sub-calendars
 * {@code eng}, {@code sct} and {@code nir}, and writes them here. Nothing of jollyday is needed at run time. The
 * tests hold the table against jollyday day by day and against the GOV.UK feed (decision 0450).
 *
 * <p><b>Format 1</b> (US-ASCII, one record per line, {@code #} starts a comment line):
 * <pre>
 * format=1
 * source=jollyday 2.19.0 holidays/Holidays_gb.xml
 * sourceSha256=&lt;sha256 of that XML&gt;
 * years=2000-2060
 * ENGLAND_AND_WALES.count=493          (one .count and one .jollyday line per UkNation)
 * ENGLAND_AND_WALES.jollyday=eng
 * ...
 * SCOTLAND 2026-06-15 WORLD_CUP_BANK_HOLIDAY
 * </pre>
 * Header lines ({@code key=value}) come first; then one line per observed bank holiday: the {@link UkNation} name,
 * the date ({@code yyyy-MM-dd}, a Monday to Friday within {@code years}, strictly ascending per nation) and
 * jollyday's holiday key (for readers; not used). Reading is strict: an unknown key, a missing header, a bad date, a
 * weekend, a date out of order or out of range, or a count that differs from its {@code .count} line fails with the
 * line number, wrapped in a {@link CalendarDataException} naming the resource.
 *
 * <p>Reading is class-path I/O ({@link Class#getResourceAsStream}), the one read sms-rules does; it happens once,
 * through {@link UkWorkingDayCalendars}. Dates are parsed by hand, not with {@code DateTimeFormatter}, to keep the
 * first call of {@link UkWorkingDayCalendars#of} cheap in a cold JVM.
 */
final class UkBankHolidayTable {

  /** The resource's name relative to this package. */
  static final String NAME = "uk-bank-holidays.txt";
  /** The resource's full class-path name, as error messages give it. */
  static final String PATH = "io/github/sponsorsdk/sms/rules/calendar/" + NAME;
  /** The format this reader understands. */
  static final String FORMAT = "1";

  /** Opens the resource; returns {@code null} when it does not exist (as {@link Class#getResourceAsStream} does). */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  /** A format error at a line of the table (line numbers count from 1). */
  static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    FormatException(int line, String problem) {
      super(line > 0 ? "line " + line + ": " + problem : problem);
    }
  }

  private final String resource;
  private final String source;
  private final String sourceSha256;
  private final int firstYear;
  private final int lastYear;
  private final Map<UkNation, String> subCalendars;
  private final Map<UkNation, List<LocalDate>> holidays;

  private UkBankHolidayTable(String resource, String source, String sourceSha256, int firstYear, int lastYear,
      Map<UkNation, String> subCalendars, Map<UkNation, List<LocalDate>> holidays) {
    this.resource = resource;
    this.source = source;
    this.sourceSha256 = sourceSha256;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.subCalendars = subCalendars;
    this.holidays = holidays;
  }

  /** Reads the table shipped in the sms-rules jar. */
  static UkBankHolidayTable load() {
    return load(PATH, () -> UkBankHolidayTable.class.getResourceAsStream(NAME));
  }

  /**
   * Reads a table from {@code opener} (the seam the tests use for a missing, unreadable or corrupt resource).
   *
   * @param resource the name error messages give the resource
   * @throws CalendarDataException naming {@code resource} and the cause, if it is missing, unreadable or malformed
   */
  static UkBankHolidayTable load(String resource, Opener opener) {
    byte[] bytes;
    try (InputStream in = opener.open()) {
      if (in == null) {
        throw new CalendarDataException(resource, "not found on the class path (a jar rebuilt or shaded without"
            + " the sms-rules resources?)");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new CalendarDataException(resource, "could not be read: " + e, e);
    }
    try {
      return parse(resource, bytes);
    } catch (FormatException e) {
      throw new CalendarDataException(resource, "malformed: " + e.getMessage(), e);
    }
  }

  /** Parses format 1 (see the class comment). */
  static UkBankHolidayTable parse(String resource, byte[] bytes) throws FormatException {
    Map<String, String> header = new HashMap<>();
    Map<UkNation, List<LocalDate>> rows = new EnumMap<>(UkNation.class);
    for (UkNation nation : UkNation.values()) {
      rows.put(nation, new ArrayList<>(700));
    }
    int firstYear = 0;
    int lastYear = -1;
    int lineNo = 0;
    int start = 0;
    while (start < bytes.length) {
      lineNo++;
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        if (bytes[end] < 0x20 && bytes[end] != '\r' || bytes[end] >= 0x7f) {
          throw new FormatException(lineNo, "byte 0x" + Integer.toHexString(bytes[end] & 0xff) + " is not printable"
              + " US-ASCII");
        }
        end++;
      }
      int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      String line = new String(bytes, start, stop - start, java.nio.charset.StandardCharsets.US_ASCII);
      start = end + 1;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq > 0) {
        if (lastYear >= firstYear) {
          throw new FormatException(lineNo, "header line after the first holiday: " + line);
        }
        String key = line.substring(0, eq);
        if (header.put(key, line.substring(eq + 1)) != null) {
          throw new FormatException(lineNo, "duplicate header " + key);
        }
        continue;
      }
      if (lastYear < firstYear) { // first row: the header is complete
        checkHeader(header, lineNo);
        int[] years = years(header.get("years"), lineNo);
        firstYear = years[0];
        lastYear = years[1];
      }
      row(line, lineNo, firstYear, lastYear, rows);
    }
    if (lastYear < firstYear) {
      checkHeader(header, lineNo);
      int[] years = years(header.get("years"), lineNo);
      firstYear = years[0];
      lastYear = years[1];
    }
    Map<UkNation, String> subCalendars = new EnumMap<>(UkNation.class);
    Map<UkNation, List<LocalDate>> holidays = new EnumMap<>(UkNation.class);
    for (UkNation nation : UkNation.values()) {
      int declared = count(header.get(nation.name() + ".count"), nation);
      List<LocalDate> dates = rows.get(nation);
      if (dates.size() != declared) {
        throw new FormatException(0, nation + ".count is " + declared + " but the table has " + dates.size()
            + " rows for " + nation + " (truncated?)");
      }
      subCalendars.put(nation, header.get(nation.name() + ".jollyday"));
      holidays.put(nation, Collections.unmodifiableList(dates));
    }
    return new UkBankHolidayTable(resource, header.get("source"), header.get("sourceSha256"), firstYear, lastYear,
        Collections.unmodifiableMap(subCalendars), Collections.unmodifiableMap(holidays));
  }

  private static void checkHeader(Map<String, String> header, int lineNo) throws FormatException {
    List<String> expected = new ArrayList<>(List.of("format", "source", "sourceSha256", "years"));
    for (UkNation nation : UkNation.values()) {
      expected.add(nation.name() + ".count");
      expected.add(nation.name() + ".jollyday");
    }
    for (String key : expected) {
      String value = header.get(key);
      if (value == null || value.isBlank()) {
        throw new FormatException(lineNo, "header " + key + " is missing before the first holiday");
      }
    }
    for (String key : header.keySet()) {
      if (!expected.contains(key)) {
        throw new FormatException(lineNo, "unknown header " + key);
      }
    }
    if (!FORMAT.equals(header.get("format"))) {
      throw new FormatException(lineNo, "format " + header.get("format") + " is not format " + FORMAT);
    }
  }

  private static int[] years(String value, int lineNo) throws FormatException {
    int dash = value.indexOf('-');
    int first = dash == 4 ? digits(value, 0, 4) : -1;
    int last = dash == 4 && value.length() == 9 ? digits(value, 5, 9) : -1;
    if (first < 0 || last < first) {
      throw new FormatException(lineNo, "years=" + value + " is not a range yyyy-yyyy");
    }
    return new int[] {first, last};
  }

  private static int count(String value, UkNation nation) throws FormatException {
    int n = value.length() <= 6 ? digits(value, 0, value.length()) : -1;
    if (n < 0) {
      throw new FormatException(0, nation + ".count=" + value + " is not a count");
    }
    return n;
  }

  private static void row(String line, int lineNo, int firstYear, int lastYear, Map<UkNation, List<LocalDate>> rows)
      throws FormatException {
    int space = line.indexOf(' ');
    if (space < 0 || line.length() < space + 13 || line.charAt(space + 11) != ' ') {
      throw new FormatException(lineNo, "not '<nation> <yyyy-MM-dd> <key>': " + line);
    }
    UkNation nation = nation(line.substring(0, space), lineNo);
    int at = space + 1;
    int year = digits(line, at, at + 4);
    int month = line.charAt(at + 4) == '-' ? digits(line, at + 5, at + 7) : -1;
    int day = line.charAt(at + 7) == '-' ? digits(line, at + 8, at + 10) : -1;
    if (year < 0 || month < 0 || day < 0) {
      throw new FormatException(lineNo, "not a date yyyy-MM-dd: " + line.substring(at, at + 10));
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new FormatException(lineNo, "not a date: " + line.substring(at, at + 10) + " (" + e.getMessage() + ")");
    }
    if (year < firstYear || year > lastYear) {
      throw new FormatException(lineNo, date + " lies outside years=" + firstYear + "-" + lastYear);
    }
    DayOfWeek dow = date.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
      throw new FormatException(lineNo, date + " is a " + dow + ": the table lists observed weekdays only");
    }
    String key = line.substring(space + 12);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.'
          || c == '+')) {
        throw new FormatException(lineNo, "holiday key '" + key + "' has a character other than A-Z a-z 0-9 _ . +");
      }
    }
    List<LocalDate> dates = rows.get(nation);
    if (!dates.isEmpty() && !date.isAfter(dates.get(dates.size() - 1))) {
      throw new FormatException(lineNo, nation + " " + date + " is not after " + dates.get(dates.size() - 1)
          + ": dates must be strictly ascending per nation");
    }
    dates.add(date);
  }

  private static UkNation nation(String name, int lineNo) throws FormatException {
    for (UkNation nation : UkNation.values()) {
      if (nation.name().equals(name)) {
        return nation;
      }
    }
    throw new FormatException(lineNo, "unknown nation " + name);
  }

  /** The non-negative number in {@code s[from, to)} if it is all ASCII digits, else -1. */
  private static int digits(String s, int from, int to) {
    if (from >= to || to > s.length()) {
      return -1;
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  // ----------------------------------------------------------------------------------------------------------

  /** The name error messages give the resource. */
  String resource() {
    return resource;
  }

  /** The data's source as the generator recorded it: {@code jollyday 2.19.0 holidays/Holidays_gb.xml}. */
  String source() {
    return source;
  }

  /** The jollyday version the table was generated from: {@code 2.19.0}. */
  String jollydayVersion() {
    String[] words = source.split(" ");
    return words.length > 1 ? words[1] : source;
  }

  /** The sha256 of the {@code Holidays_gb.xml} the generator read. */
  String sourceSha256() {
    return sourceSha256;
  }

  /** The first year covered. */
  int firstYear() {
    return firstYear;
  }

  /** The last year covered (inclusive). */
  int lastYear() {
    return lastYear;
  }

  /** jollyday's sub-calendar for {@code nation}: {@code eng}, {@code sct} or {@code nir}. */
  String subCalendar(UkNation nation) {
    return subCalendars.get(nation);
  }

  /** The observed bank holidays of {@code nation}, ascending. */
  List<LocalDate> bankHolidays(UkNation nation) {
    return holidays.get(nation);
  }
}
