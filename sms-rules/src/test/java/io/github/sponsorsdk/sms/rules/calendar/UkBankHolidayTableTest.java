package io.github.sponsorsdk.sms.rules.calendar;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.place.UkNation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading the bank-holiday table through the loader's seam ({@link UkBankHolidayTable#load(String,
 * UkBankHolidayTable.Opener)}): the shipped table reads; a missing, unreadable or corrupt one fails with a
 * {@link CalendarDataException} that names the resource and the cause (with the line, for a format error).
 */
class UkBankHolidayTableTest {

  static final String NAME = "test/uk-bank-holidays.txt";

  static String shipped() throws IOException {
    try (InputStream in = UkBankHolidayTable.class.getResourceAsStream(UkBankHolidayTable.NAME)) {
      assertThat(in).as("the generated resource").isNotNull();
      return new String(in.readAllBytes(), US_ASCII);
    }
  }

  static UkBankHolidayTable read(String text) {
    return UkBankHolidayTable.load(NAME, () -> new ByteArrayInputStream(text.getBytes(US_ASCII)));
  }

  /** The shipped table with one line (numbered from 1, as error messages number them) replaced. */
  static String withLine(String text, int lineNo, UnaryOperator<String> change) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    lines.set(lineNo - 1, change.apply(lines.get(lineNo - 1)));
    return String.join("\n", lines);
  }

  static int lineOf(String text, String prefix) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }

  @Test
  void theShippedTableReadsAndAnIdenticalCopyReadsTheSame() throws IOException {
    UkBankHolidayTable table = UkBankHolidayTable.load();
    UkBankHolidayTable copy = read(shipped());
    assertThat(copy.resource()).isEqualTo(NAME);
    for (UkNation nation : UkNation.values()) {
      assertThat(copy.bankHolidays(nation)).isEqualTo(table.bankHolidays(nation)).isNotEmpty().isSorted();
    }
    // Windows line ends read the same.
    assertThat(read(shipped().replace("\n", "\r\n")).bankHolidays(UkNation.SCOTLAND))
        .isEqualTo(table.bankHolidays(UkNation.SCOTLAND));
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(() -> UkBankHolidayTable.load("no/such/table.txt", () -> null))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("class-path resource no/such/table.txt")
        .hasMessageContaining("not found")
        .satisfies(e -> assertThat(((CalendarDataException) e).resource()).isEqualTo("no/such/table.txt"));
    // Through the real class-path lookup too.
    assertThatThrownBy(() -> UkBankHolidayTable.load("missing.txt",
        () -> UkBankHolidayTable.class.getResourceAsStream("missing.txt")))
        .isInstanceOf(CalendarDataException.class).hasMessageContaining("missing.txt");
  }

  @Test
  void anUnreadableResourceIsNamedWithItsCause() {
    IOException broken = new IOException("zip END header not found");
    assertThatThrownBy(() -> UkBankHolidayTable.load(NAME, () -> {
      throw broken;
    })).isInstanceOf(CalendarDataException.class)
        .hasMessageContaining(NAME).hasMessageContaining("zip END header not found")
        .hasCause(broken);
    InputStream failsMidway = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("stream closed");
      }
    };
    assertThatThrownBy(() -> UkBankHolidayTable.load(NAME, () -> failsMidway))
        .isInstanceOf(CalendarDataException.class).hasMessageContaining("stream closed")
        .hasCauseInstanceOf(IOException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // case          | prefix of the line to change | replacement                          | message (and, if "at line", its line number)
      "weekend         | SCOTLAND 2026                | SCOTLAND 2026 0101 0102 0403 0613    | 2026-06-13 is a SATURDAY                                 | at line",
      "impossible date | SCOTLAND 2026                | SCOTLAND 2026 0101 0102 0230         | not a date: 2026-02-30                                   | at line",
      "month 13        | SCOTLAND 2026                | SCOTLAND 2026 1301                   | not a date: 2026-13-01                                   | at line",
      "not digits      | SCOTLAND 2026                | SCOTLAND 2026 0101 01O2              | not ' MMDD' at column 19                                 | at line",
      "trailing space  | SCOTLAND 2026                | 'SCOTLAND 2026 0101 '                | not ' MMDD' at column 19                                 | at line",
      "out of order    | SCOTLAND 2026                | SCOTLAND 2026 0102 0101              | SCOTLAND 2026: 0101 is not after 0102                    | at line",
      "duplicate       | SCOTLAND 2026                | SCOTLAND 2026 0101 0101              | SCOTLAND 2026: 0101 is not after 0101                    | at line",
      "unknown nation  | SCOTLAND 2026                | WALES 2026 0101                      | unknown nation in: WALES 2026 0101                       | at line",
      "bad year        | SCOTLAND 2026                | SCOTLAND 20x6 0101                   | not '<nation> <yyyy> <MMDD>...': SCOTLAND 20x6 0101      | at line",
      "skipped year    | SCOTLAND 2026                | SCOTLAND 2027 0101                   | SCOTLAND 2027: expected the row for 2026                 | at line",
      "not ASCII       | SCOTLAND 2026                | SCOTLAND 2026 0101\u00e9             | byte 0xe9 is not printable US-ASCII                      | at line",
      "other format    | format=                      | format=3                             | format 3 is not format 2                                 | ",
      "unknown header  | # Reader                     | colour=blue                          | unknown header colour                                    | ",
      "missing header  | years=                       | # no years                           | header years is missing before the first row             | ",
      "bad years       | years=                       | years=2060-2000                      | years=2060-2000 is not a range yyyy-yyyy                 | ",
      "bad count       | SCOTLAND.count=              | SCOTLAND.count=many                  | SCOTLAND.count=many is not a count                       | ",
      "wrong count     | SCOTLAND.count=              | SCOTLAND.count=549                   | SCOTLAND.count is 549 but the rows hold 548 holidays     | ",
  })
  void aCorruptTableFailsNamingTheResourceAndTheProblem(String what, String prefix, String replacement,
      String problem, String atLine) throws IOException {
    String shipped = shipped();
    int lineNo = lineOf(shipped, prefix);
    byte[] corrupt = withLine(shipped, lineNo, line -> replacement).getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> UkBankHolidayTable.load(NAME, () -> new ByteArrayInputStream(corrupt)))
        .as(what)
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith("Cannot load the UK bank-holiday table, class-path resource " + NAME)
        .hasMessageContaining(problem)
        .hasMessageContaining(atLine == null ? "malformed: " : "malformed: line " + lineNo + ": ")
        .hasCauseInstanceOf(UkBankHolidayTable.FormatException.class);
  }

  @Test
  void aTruncatedOrEmptyTableOrARowTooManyFails() throws IOException {
    String shipped = shipped();
    String truncated = shipped.substring(0, shipped.indexOf("NORTHERN_IRELAND 2040 "));
    assertThatThrownBy(() -> read(truncated)).isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("NORTHERN_IRELAND has no row for 2040 (truncated?)");
    assertThatThrownBy(() -> read("")).isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("header format is missing");
    String headerOnly = shipped.substring(0, shipped.indexOf("ENGLAND_AND_WALES 2000 "));
    assertThatThrownBy(() -> read(headerOnly)).isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("ENGLAND_AND_WALES has no row for 2000");
    assertThatThrownBy(() -> read(shipped + "SCOTLAND 2061 0103\n")).isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("SCOTLAND 2061: the rows already cover years=2000-2060");
  }

  @Test
  void aHeaderAfterTheFirstRowFails() throws IOException {
    String shipped = shipped();
    int lineNo = lineOf(shipped, "SCOTLAND 2026");
    assertThatThrownBy(() -> read(withLine(shipped, lineNo, line -> "format=2")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("line " + lineNo + ": header line after the first row: format");
  }

  @Test
  void aTableForOtherYearsIsRefusedByTheCalendars() throws IOException {
    String shipped = shipped();
    // A well-formed table of 2000-2061: it reads, but the calendars promise 2000-2060.
    String wider = withLine(shipped, lineOf(shipped, "years="), line -> "years=2000-2061")
        + "ENGLAND_AND_WALES 2061\nSCOTLAND 2061\nNORTHERN_IRELAND 2061\n"; // years with no holiday are allowed
    UkBankHolidayTable table = read(wider);
    assertThat(table.lastYear()).isEqualTo(2061);
    assertThatThrownBy(() -> UkWorkingDayCalendars.calendars(table))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining(NAME).hasMessageContaining("covers 2000..2061")
        .hasMessageContaining("2000..2060");
  }

  @Test
  void theCalendarsAreCompiledFromTheTableAsRead() throws IOException {
    // Change one date in a copy of the table: the calendar built from it follows, so the table is really used.
    String shipped = shipped();
    String moved = withLine(shipped, lineOf(shipped, "SCOTLAND 2026"), line -> line.replace(" 0615 ", " 0616 "));
    WorkingDayCalendar scotland = UkWorkingDayCalendars.calendars(read(moved)).get(UkNation.SCOTLAND);
    assertThat(scotland.isWorkingDay(LocalDate.of(2026, 6, 15))).isTrue();
    assertThat(scotland.isBankHoliday(LocalDate.of(2026, 6, 16))).isTrue();
    assertThat(scotland).isNotEqualTo(UkWorkingDayCalendars.of(UkNation.SCOTLAND));
  }
}
