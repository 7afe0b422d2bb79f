package io.github.sponsorsdk.sms.rules.calendar;

import io.github.sponsorsdk.sms.core.place.UkNation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * <p><b>Format 2</b> (printable US-ASCII, LF or CRLF line ends, {@code #} starts a comment line):
 * <pre>
 * format=2
 * source=jollyday 2.19.0 holidays/Holidays_gb.xml
 * sourceSha256=&lt;sha256 of that XML&gt;
 * years=2000-2060
 * ENGLAND_AND_WALES.count=493          (one .count and one .jollyday line per UkNation)
 * ENGLAND_AND_WALES.jollyday=eng
 * ...
 * SCOTLAND 2026 0101 0102 0403 0504 0525 0615 0803 1130 1225 1228
 * </pre>
 * Header lines ({@code key=value}) come first. Then, per {@link UkNation}, one line per year of {@code years} in
 * order: the nation's name, the year and its observed bank holidays as {@code MMDD}, each a Monday to Friday, in
 * ascending order. Reading is strict: an unknown, repeated or missing header, a missing, repeated or out-of-order
 * year, a bad or impossible date, a weekend, a date out of order, or a count that differs from its {@code .count}
 * line fails with the line number, wrapped in a {@link CalendarDataException} naming the resource.
 *
 * <p>Reading is class-path I/O ({@link Class#getResourceAsStream}), the one read sms-rules does; it happens once,
 * through {@link UkWorkingDayCalendars}. It runs in the first call of {@link UkWorkingDayCalendars#of}, usually in a
 * cold JVM, so it is written for that: one pass over the bytes, no {@code String} or {@code LocalDate} per holiday,
 * no lambda, no regular expression, no {@code DateTimeFormatter}; the holidays go straight into month bitsets.
 */
final class UkBankHolidayTable {

  /** The resource's name relative to this package. */
  static final String NAME = "uk-bank-holidays.txt";
  /** The resource's full class-path name, as error messages give it. */
  static final String PATH = "io/github/sponsorsdk/sms/rules/calendar/" + NAME;
  /** The format this reader understands. */
  static final String FORMAT = "2";

  /** Opens the resource; returns {@code null} when it does not exist (as {@link Class#getResourceAsStream} does). */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  /** A format error at a line of the table (line numbers count from 1; 0 = the table as a whole). */
  static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    FormatException(int line, String problem) {
      super(line > 0 ? "line " + line + ": " + problem : problem);
    }
  }

  /** Opens the resource beside this class (a named class rather than a lambda: no bootstrap on the cold path). */
  private static final class ShippedResource implements Opener {
    @Override
    public InputStream open() {
      return UkBankHolidayTable.class.getResourceAsStream(NAME);
    }
  }

  private final String resource;
  private final String source;
  private final String sourceSha256;
  private final int firstYear;
  private final int lastYear;
  private final Map<UkNation, String> subCalendars;
  /** Per nation, index {@code (year - firstYear) * 12 + month - 1}, bit {@code day - 1} set = bank holiday. */
  private final Map<UkNation, int[]> holidays;

  private UkBankHolidayTable(String resource, String source, String sourceSha256, int firstYear, int lastYear,
      Map<UkNation, String> subCalendars, Map<UkNation, int[]> holidays) {
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
    return load(PATH, new ShippedResource());
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
      return new Parser(resource, bytes).parse();
    } catch (FormatException e) {
      throw new CalendarDataException(resource, "malformed: " + e.getMessage(), e);
    } catch (RuntimeException e) { // a case the checks above missed: still say which resource, never a bare error
      throw new CalendarDataException(resource, "malformed: " + e, e);
    }
  }

  /** One pass over the bytes of format 2 (see the class comment). */
  private static final class Parser {
    private final String resource;
    private final byte[] b;
    private final UkNation[] nations = UkNation.values();
    private final byte[][] names = new byte[nations.length][];
    private final Map<String, String> header = new HashMap<>();
    private final int[][] bits = new int[nations.length][];
    private final int[] nextYear = new int[nations.length];
    private final int[] counts = new int[nations.length];
    private int firstYear;
    private int lastYear;
    private boolean inRows;
    private int line;

    Parser(String resource, byte[] bytes) {
      this.resource = resource;
      this.b = bytes;
      for (int i = 0; i < nations.length; i++) {
        names[i] = nations[i].name().getBytes(StandardCharsets.US_ASCII);
      }
    }

    UkBankHolidayTable parse() throws FormatException {
      int start = 0;
      while (start < b.length) {
        line++;
        int end = start;
        while (end < b.length && b[end] != '\n') {
          end++;
        }
        int stop = end > start && b[end - 1] == '\r' ? end - 1 : end;
        if (stop > start && b[start] != '#') {
          int eq = indexOf('=', start, stop);
          if (eq > start) {
            headerLine(start, eq, stop);
          } else {
            if (!inRows) {
              startRows();
            }
            row(start, stop);
          }
        }
        start = end + 1;
      }
      if (!inRows) {
        startRows();
      }
      Map<UkNation, String> subCalendars = new EnumMap<>(UkNation.class);
      Map<UkNation, int[]> holidays = new EnumMap<>(UkNation.class);
      for (int n = 0; n < nations.length; n++) {
        if (nextYear[n] != lastYear + 1) {
          throw new FormatException(0, nations[n].name().concat(" has no row for ")
              .concat(Integer.toString(nextYear[n])).concat(" (truncated?)"));
        }
        int declared = count(nations[n]);
        if (counts[n] != declared) {
          throw new FormatException(0, nations[n].name().concat(".count is ").concat(Integer.toString(declared))
              .concat(" but the rows hold ").concat(Integer.toString(counts[n])).concat(" holidays"));
        }
        subCalendars.put(nations[n], header.get(nations[n].name().concat(".jollyday")));
        holidays.put(nations[n], bits[n]);
      }
      return new UkBankHolidayTable(resource, header.get("source"), header.get("sourceSha256"), firstYear, lastYear,
          Collections.unmodifiableMap(subCalendars), Collections.unmodifiableMap(holidays));
    }

    private void headerLine(int start, int eq, int stop) throws FormatException {
      String key = text(start, eq);
      if (inRows) {
        throw new FormatException(line, "header line after the first row: " + key);
      }
      if (header.put(key, text(eq + 1, stop)) != null) {
        throw new FormatException(line, "duplicate header " + key);
      }
    }

    /** Checks the header once, when the first row comes (or at the end, when none does). */
    private void startRows() throws FormatException {
      List<String> expected = new ArrayList<>(List.of("format", "source", "sourceSha256", "years"));
      for (UkNation nation : nations) {
        expected.add(nation.name().concat(".count"));
        expected.add(nation.name().concat(".jollyday"));
      }
      for (String key : expected) {
        String value = header.get(key);
        if (value == null || value.isBlank()) {
          throw new FormatException(line, "header " + key + " is missing before the first row");
        }
      }
      for (String key : header.keySet()) {
        if (!expected.contains(key)) {
          throw new FormatException(line, "unknown header " + key);
        }
      }
      if (!FORMAT.equals(header.get("format"))) {
        throw new FormatException(line, "format " + header.get("format") + " is not format " + FORMAT);
      }
      String years = header.get("years");
      int first = years.length() == 9 && years.charAt(4) == '-' ? digitsOf(years, 0, 4) : -1;
      int last = first >= 0 ? digitsOf(years, 5, 9) : -1;
      if (first < 0 || last < first) {
        throw new FormatException(line, "years=" + years + " is not a range yyyy-yyyy");
      }
      firstYear = first;
      lastYear = last;
      for (int n = 0; n < nations.length; n++) {
        count(nations[n]);
        bits[n] = new int[(last - first + 1) * 12];
        nextYear[n] = first;
      }
      inRows = true;
    }

    /** {@code <NATION> <yyyy>[ <MMDD>]...} */
    private void row(int start, int stop) throws FormatException {
      int n = nation(start, stop);
      int at = start + names[n].length;
      int year = at + 5 <= stop && b[at] == ' ' ? digits(at + 1, at + 5) : -1;
      if (year < 0 || (at + 5 < stop && b[at + 5] != ' ')) {
        throw new FormatException(line, "not '<nation> <yyyy> <MMDD>...': " + text(start, stop));
      }
      if (year != nextYear[n] || year > lastYear) {
        throw new FormatException(line, nations[n] + " " + year + ": " + (nextYear[n] > lastYear
            ? "the rows already cover years=" + firstYear + "-" + lastYear
            : "expected the row for " + nextYear[n] + " (one row per year, in order)"));
      }
      nextYear[n]++;
      int[] months = bits[n];
      int base = (year - firstYear) * 12;
      int previous = 0;
      for (at += 5; at < stop; at += 5) {
        int mmdd = at + 5 <= stop && b[at] == ' ' ? digits(at + 1, at + 5) : -1;
        if (mmdd < 0) {
          throw new FormatException(line, "not ' MMDD' at column " + (at - start + 1) + ": " + text(start, stop));
        }
        int month = mmdd / 100;
        int day = mmdd % 100;
        if (month < 1 || month > 12 || day < 1 || day > IsoDays.lengthOfMonth(year, month)) {
          throw new FormatException(line, "not a date: " + year + "-" + text(at + 1, at + 3) + "-"
              + text(at + 3, at + 5));
        }
        if (mmdd <= previous) {
          throw new FormatException(line, nations[n] + " " + year + ": " + text(at + 1, at + 5)
              + " is not after " + text(at - 4, at) + ": dates must be strictly ascending");
        }
        if (IsoDays.dayOfWeek(year, month, day) >= 5) {
          throw new FormatException(line, LocalDate.of(year, month, day) + " is a "
              + LocalDate.of(year, month, day).getDayOfWeek() + ": the table lists observed weekdays only");
        }
        months[base + month - 1] |= 1 << (day - 1);
        counts[n]++;
        previous = mmdd;
      }
    }

    private int nation(int start, int stop) throws FormatException {
      for (int n = 0; n < names.length; n++) {
        byte[] name = names[n];
        int end = start + name.length;
        if (end <= stop && (end == stop || b[end] == ' ') && matches(name, start)) {
          return n;
        }
      }
      throw new FormatException(line, "unknown nation in: " + text(start, stop));
    }

    private boolean matches(byte[] name, int at) {
      for (int i = 0; i < name.length; i++) {
        if (b[at + i] != name[i]) {
          return false;
        }
      }
      return true;
    }

    private int count(UkNation nation) throws FormatException {
      String value = header.get(nation.name().concat(".count"));
      int n = value.length() <= 6 ? digitsOf(value, 0, value.length()) : -1;
      if (n < 0) {
        throw new FormatException(line, nation + ".count=" + value + " is not a count");
      }
      return n;
    }

    private int indexOf(char c, int from, int to) {
      for (int i = from; i < to; i++) {
        if (b[i] == c) {
          return i;
        }
      }
      return -1;
    }

    /** The bytes {@code [from, to)} as a string, if all printable US-ASCII. */
    private String text(int from, int to) throws FormatException {
      for (int i = from; i < to; i++) {
        if (b[i] < 0x20 || b[i] >= 0x7f) {
          throw new FormatException(line, "byte 0x" + Integer.toHexString(b[i] & 0xff) + " is not printable"
              + " US-ASCII");
        }
      }
      return new String(b, from, to - from, StandardCharsets.US_ASCII);
    }

    /** The number in bytes {@code [from, to)} if all ASCII digits, else -1. */
    private int digits(int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          return -1;
        }
        n = n * 10 + d;
      }
      return from < to ? n : -1;
    }
  }

  /** The number in {@code s[from, to)} if all ASCII digits, else -1. */
  private static int digitsOf(String s, int from, int to) {
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
    int a = source.indexOf(' ');
    int b = source.indexOf(' ', a + 1);
    return a < 0 ? source : source.substring(a + 1, b < 0 ? source.length() : b);
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

  /**
   * The bank holidays of {@code nation} as month bitsets: index {@code (year - firstYear) * 12 + month - 1}, bit
   * {@code day - 1}. A copy.
   */
  int[] holidayBits(UkNation nation) {
    return holidays.get(nation).clone();
  }

  /** The observed bank holidays of {@code nation}, ascending (for tests and messages; not on the cold path). */
  List<LocalDate> bankHolidays(UkNation nation) {
    int[] months = holidays.get(nation);
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i < months.length; i++) {
      for (int m = months[i]; m != 0; m &= m - 1) {
        out.add(LocalDate.of(firstYear + i / 12, i % 12 + 1, Integer.numberOfTrailingZeros(m) + 1));
      }
    }
    return Collections.unmodifiableList(out);
  }
}
