package io.github.sponsorsdk.sms.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Year;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every bank holiday of the official GOV.UK feed, 2018 to 2027, per nation, against the fast calendars (and so
 * against jollyday, from which they are built). Fixtures and provenance: {@code PROVENANCE.md} beside the JSON files
 * in this package's test resources; decision: {@code docs/decisions/0410-working-day-calendars.md}.
 */
class GoldenBankHolidaysTest {

  static final String OLDER = "govuk-bank-holidays-2018-2026.json";
  static final String NEWER = "govuk-bank-holidays-2024-2027.json";
  static final int FIRST_GOLDEN_YEAR = 2018;
  static final int LAST_GOLDEN_YEAR = 2027;

  /**
   * Scotland's World Cup bank holiday, Monday 15 June 2026, proclaimed on 4 February 2026 under the Banking and
   * Financial Dealings Act 1971, s.1(3): later than both feed copies, present in jollyday 2.19.0 (source
   * gov.scot, "World Cup bank holiday confirmed"). The only date the golden set adds to the feed.
   */
  static final LocalDate SCOTLAND_WORLD_CUP_2026 = LocalDate.of(2026, 6, 15);

  static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theFixturesAreVerbatimCopiesOfTheRecordedFeedSnapshots() throws Exception {
    // sha256 values recorded in PROVENANCE.md beside the fixtures and in docs/sources.md#govuk-bank-holidays.
    assertThat(sha256(OLDER)).isEqualTo("d51c511a424625fbbefe0178e68a20dde23b223cb4644761c7c72594c1b1abc8");
    assertThat(sha256(NEWER)).isEqualTo("eb5dad5a71ab4c1d06988478452600baf8aacfd0da5f2eabef75ee8adb28f85f");
  }

  @ParameterizedTest
  @EnumSource(UkNation.class)
  void theTwoFeedCopiesAgreeWhereTheyOverlap(UkNation nation) throws Exception {
    Set<LocalDate> older = restrict(feedDates(OLDER, nation), 2024, 2026);
    Set<LocalDate> newer = restrict(feedDates(NEWER, nation), 2024, 2026);
    assertThat(older).hasSizeGreaterThan(20).isEqualTo(newer);
  }

  @ParameterizedTest
  @EnumSource(UkNation.class)
  void everyYearMatchesTheOfficialFeed(UkNation nation) throws Exception {
    Set<LocalDate> golden = new TreeSet<>(feedDates(OLDER, nation));
    golden.addAll(feedDates(NEWER, nation));
    if (nation == UkNation.SCOTLAND) {
      assertThat(golden).doesNotContain(SCOTLAND_WORLD_CUP_2026); // the feed copies predate the proclamation
      golden.add(SCOTLAND_WORLD_CUP_2026);
    }
    WorkingDayCalendar calendar = UkWorkingDayCalendars.of(nation);
    Map<Integer, Set<LocalDate>> expectedByYear = byYear(golden);
    assertThat(expectedByYear.keySet()).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(FIRST_GOLDEN_YEAR, LAST_GOLDEN_YEAR).boxed().toList());
    for (int year = FIRST_GOLDEN_YEAR; year <= LAST_GOLDEN_YEAR; year++) {
      assertThat(calendar.bankHolidays(Year.of(year)))
          .as("%s bank holidays in %d", nation, year)
          .containsExactlyElementsOf(expectedByYear.get(year));
    }
    for (LocalDate d : golden) {
      assertThat(calendar.isWorkingDay(d)).as("%s %s", nation, d).isFalse();
      assertThat(calendar.isBankHoliday(d)).as("%s %s", nation, d).isTrue();
    }
  }

  @Test
  void theFeedCountsAreTheOnesRecorded() throws Exception {
    // Counts recorded in docs/sources.md#govuk-bank-holidays: guards against a truncated or mis-keyed fixture.
    assertThat(feedDates(OLDER, UkNation.ENGLAND_AND_WALES)).hasSize(75);
    assertThat(feedDates(OLDER, UkNation.SCOTLAND)).hasSize(84);
    assertThat(feedDates(OLDER, UkNation.NORTHERN_IRELAND)).hasSize(93);
    assertThat(feedDates(NEWER, UkNation.ENGLAND_AND_WALES)).hasSize(32);
    assertThat(feedDates(NEWER, UkNation.SCOTLAND)).hasSize(36);
    assertThat(feedDates(NEWER, UkNation.NORTHERN_IRELAND)).hasSize(40);
  }

  /** The dates the feed lists for {@code nation} (its {@code division} key), in order. */
  static Set<LocalDate> feedDates(String file, UkNation nation) throws IOException {
    try (InputStream in = resource(file)) {
      JsonNode division = MAPPER.readTree(in).get(nation.feedDivision());
      assertThat(division.get("division").asText()).isEqualTo(nation.feedDivision());
      Set<LocalDate> dates = new TreeSet<>();
      for (JsonNode event : division.get("events")) {
        assertThat(dates.add(LocalDate.parse(event.get("date").asText()))).isTrue();
      }
      return dates;
    }
  }

  private static Set<LocalDate> restrict(Set<LocalDate> dates, int fromYear, int toYear) {
    Set<LocalDate> out = new TreeSet<>();
    dates.stream().filter(d -> d.getYear() >= fromYear && d.getYear() <= toYear).forEach(out::add);
    return out;
  }

  private static Map<Integer, Set<LocalDate>> byYear(Set<LocalDate> dates) {
    Map<Integer, Set<LocalDate>> out = new TreeMap<>();
    dates.forEach(d -> out.computeIfAbsent(d.getYear(), y -> new TreeSet<>()).add(d));
    return out;
  }

  private static InputStream resource(String file) {
    InputStream in = GoldenBankHolidaysTest.class.getResourceAsStream(file);
    assertThat(in).as("fixture %s", file).isNotNull();
    return in;
  }

  private static String sha256(String file) throws Exception {
    try (InputStream in = resource(file)) {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
  }
}
