package io.github.sponsorsdk.sms.rules.calendar;

import static io.github.sponsorsdk.sms.core.place.UkNation.ENGLAND_AND_WALES;
import static io.github.sponsorsdk.sms.core.place.UkNation.NORTHERN_IRELAND;
import static io.github.sponsorsdk.sms.core.place.UkNation.SCOTLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boundary examples. Bank-holiday dates are those of the GOV.UK feed (golden fixtures in this package's test
 * resources) unless a comment says otherwise; "10 working days" is the usual SMS reporting window (Workers and
 * Temporary Workers: guidance for sponsors, Part 3, reporting duties).
 */
class WorkingDayCalendarTest {

  static final WorkingDayCalendar EW = UkWorkingDayCalendars.of(ENGLAND_AND_WALES);
  static final WorkingDayCalendar SCO = UkWorkingDayCalendars.of(SCOTLAND);
  static final WorkingDayCalendar NI = UkWorkingDayCalendars.of(NORTHERN_IRELAND);
  static final Citation PROCLAMATION = Citation.of(Source.BANKING_ACT_1971_PROCLAMATION, "test proclamation",
      java.time.LocalDate.of(2026, 2, 4));

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static WorkingDayCalendar cal(UkNation nation) {
    return UkWorkingDayCalendars.of(nation);
  }

  @ParameterizedTest(name = "{0}: {1} + {2} working days = {3}")
  @CsvSource({
      // Friday before the summer bank holiday: Mon 31 Aug 2026 in E&W and NI; Scotland's was Mon 3 Aug.
      "ENGLAND_AND_WALES, 2026-08-28, 1,  2026-09-01",
      "NORTHERN_IRELAND,  2026-08-28, 1,  2026-09-01",
      "SCOTLAND,          2026-08-28, 1,  2026-08-31",
      "ENGLAND_AND_WALES, 2026-08-28, 10, 2026-09-14",
      "SCOTLAND,          2026-08-28, 10, 2026-09-11",
      // Christmas 2026 (Fri), Boxing Day (Sat) -> Mon 28 Dec, New Year's Day 2027 (Fri); Scotland's 2 January
      // (Sat) -> Mon 4 Jan 2027.
      "ENGLAND_AND_WALES, 2026-12-24, 1,  2026-12-29",
      "SCOTLAND,          2026-12-24, 1,  2026-12-29",
      "ENGLAND_AND_WALES, 2026-12-24, 3,  2026-12-31",
      "ENGLAND_AND_WALES, 2026-12-24, 4,  2027-01-04",
      "NORTHERN_IRELAND,  2026-12-24, 4,  2027-01-04",
      "SCOTLAND,          2026-12-24, 4,  2027-01-05",
      "ENGLAND_AND_WALES, 2026-12-24, 10, 2027-01-12",
      "NORTHERN_IRELAND,  2026-12-24, 10, 2027-01-12",
      "SCOTLAND,          2026-12-24, 10, 2027-01-13",
      // New Year 2026: Thu 1 Jan everywhere, Fri 2 Jan in Scotland only.
      "ENGLAND_AND_WALES, 2025-12-31, 1,  2026-01-02",
      "SCOTLAND,          2025-12-31, 1,  2026-01-05",
      // Christmas 2022: Sun 25 -> Tue 27 Dec, Mon 26 Dec; New Year 2023: Sun 1 -> Mon 2 Jan, Scotland's 2 Jan
      // (Mon, taken by the substitute) -> Tue 3 Jan.
      "ENGLAND_AND_WALES, 2022-12-23, 1,  2022-12-28",
      "ENGLAND_AND_WALES, 2022-12-30, 1,  2023-01-03",
      "SCOTLAND,          2022-12-30, 1,  2023-01-04",
      // Easter 2026: Good Friday 3 Apr everywhere, Easter Monday 6 Apr outside Scotland.
      "ENGLAND_AND_WALES, 2026-04-02, 10, 2026-04-20",
      "NORTHERN_IRELAND,  2026-04-02, 10, 2026-04-20",
      "SCOTLAND,          2026-04-02, 10, 2026-04-17",
      // Battle of the Boyne, Sun 12 Jul 2026 -> Mon 13 Jul, Northern Ireland only.
      "NORTHERN_IRELAND,  2026-07-10, 1,  2026-07-14",
      "ENGLAND_AND_WALES, 2026-07-10, 1,  2026-07-13",
      // St Patrick's Day, Tue 17 Mar 2026, Northern Ireland only.
      "NORTHERN_IRELAND,  2026-03-16, 1,  2026-03-18",
      "ENGLAND_AND_WALES, 2026-03-16, 1,  2026-03-17",
      // Scotland's World Cup bank holiday, Mon 15 Jun 2026 (proclaimed 4 Feb 2026; jollyday 2.19.0, gov.scot).
      "SCOTLAND,          2026-06-12, 1,  2026-06-16",
      "ENGLAND_AND_WALES, 2026-06-12, 1,  2026-06-15",
      // St Andrew's Day, Mon 30 Nov 2026, Scotland only.
      "SCOTLAND,          2026-11-27, 1,  2026-12-01",
      "ENGLAND_AND_WALES, 2026-11-27, 1,  2026-11-30",
      // One-off days: VE Day Fri 8 May 2020 (moved from Mon 4 May), Platinum Jubilee Thu 2 and Fri 3 Jun 2022,
      // state funeral Mon 19 Sep 2022, coronation Mon 8 May 2023.
      "ENGLAND_AND_WALES, 2020-05-07, 1,  2020-05-11",
      "ENGLAND_AND_WALES, 2020-05-01, 1,  2020-05-04",
      "SCOTLAND,          2022-06-01, 1,  2022-06-06",
      "NORTHERN_IRELAND,  2022-09-16, 1,  2022-09-20",
      "ENGLAND_AND_WALES, 2023-05-05, 1,  2023-05-09",
      "ENGLAND_AND_WALES, 2023-05-05, 10, 2023-05-22",
      // Backwards across the same days.
      "ENGLAND_AND_WALES, 2026-09-01, -1, 2026-08-28",
      "SCOTLAND,          2027-01-05, -4, 2026-12-24",
      "ENGLAND_AND_WALES, 2027-01-12, -10, 2026-12-24",
  })
  void workingDaysAfterAnEvent(UkNation nation, LocalDate event, int n, LocalDate expected) {
    assertThat(cal(nation).plusWorkingDays(event, n)).isEqualTo(expected);
    // Every event in the table is a working day, so counting back from the answer lands on it again.
    assertThat(cal(nation).isWorkingDay(event)).isTrue();
    assertThat(cal(nation).minusWorkingDays(expected, n)).isEqualTo(event);
  }

  @Test
  void theStartDayIsNeverCountedAndZeroMeansUnchanged() {
    LocalDate saturday = d("2026-08-29");
    LocalDate bankHoliday = d("2026-08-31");
    assertThat(EW.plusWorkingDays(saturday, 0)).isEqualTo(saturday);
    assertThat(EW.plusWorkingDays(bankHoliday, 0)).isEqualTo(bankHoliday);
    assertThat(EW.plusWorkingDays(saturday, 1)).isEqualTo(d("2026-09-01"));
    assertThat(EW.plusWorkingDays(bankHoliday, 1)).isEqualTo(d("2026-09-01"));
    assertThat(EW.plusWorkingDays(saturday, -1)).isEqualTo(d("2026-08-28"));
    assertThat(EW.plusWorkingDays(d("2026-09-01"), 1)).isEqualTo(d("2026-09-02"));
    assertThat(EW.nextOrSame(saturday)).isEqualTo(d("2026-09-01"));
    assertThat(EW.previousOrSame(bankHoliday)).isEqualTo(d("2026-08-28"));
    assertThat(EW.nextOrSame(d("2026-09-01"))).isEqualTo(d("2026-09-01"));
    assertThat(EW.next(d("2026-09-01"))).isEqualTo(d("2026-09-02"));
    assertThat(EW.previous(d("2026-09-01"))).isEqualTo(d("2026-08-28"));
  }

  @Test
  void workingDaysBetweenIsHalfOpen() {
    assertThat(EW.workingDaysBetween(d("2026-08-28"), d("2026-09-01"))).isEqualTo(1); // Fri only
    assertThat(EW.workingDaysBetween(d("2026-08-28"), d("2026-09-02"))).isEqualTo(2); // Fri, Tue
    assertThat(SCO.workingDaysBetween(d("2026-08-28"), d("2026-09-01"))).isEqualTo(2); // Fri, Mon
    assertThat(EW.workingDaysBetween(d("2026-08-28"), d("2026-08-28"))).isZero();
    assertThat(EW.workingDaysBetween(d("2026-01-01"), d("2027-01-01"))).isEqualTo(261 - 8); // 8 weekday holidays
    assertThat(SCO.workingDaysBetween(d("2026-01-01"), d("2027-01-01"))).isEqualTo(261 - 10);
    assertThat(NI.workingDaysBetween(d("2026-01-01"), d("2027-01-01"))).isEqualTo(261 - 10);
    assertThatThrownBy(() -> EW.workingDaysBetween(d("2026-09-02"), d("2026-09-01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isHolidayIncludesWeekendsAndIsBankHolidayDoesNot() {
    assertThat(EW.isHoliday(d("2026-08-29"))).isTrue();
    assertThat(EW.isBankHoliday(d("2026-08-29"))).isFalse();
    assertThat(EW.isHoliday(d("2026-08-31"))).isTrue();
    assertThat(EW.isBankHoliday(d("2026-08-31"))).isTrue();
    assertThat(EW.isWorkingDay(d("2026-08-28"))).isTrue();
    // Boxing Day 2026 is a Saturday: the bank holiday is the substitute Monday, not the Saturday.
    assertThat(EW.isBankHoliday(d("2026-12-26"))).isFalse();
    assertThat(EW.isBankHoliday(d("2026-12-28"))).isTrue();
    assertThat(EW.bankHolidays(Year.of(2026))).containsExactly(d("2026-01-01"), d("2026-04-03"), d("2026-04-06"),
        d("2026-05-04"), d("2026-05-25"), d("2026-08-31"), d("2026-12-25"), d("2026-12-28"));
  }

  @Test
  void adjustersKeepTheTimeOfDay() {
    LocalDateTime event = LocalDateTime.of(2026, 8, 28, 17, 30);
    assertThat(event.with(EW.plusWorkingDaysAdjuster(10))).isEqualTo(LocalDateTime.of(2026, 9, 14, 17, 30));
    assertThat(d("2026-08-29").with(EW.nextOrSameAdjuster())).isEqualTo(d("2026-09-01"));
    assertThat(d("2026-08-29").with(EW.nextAdjuster())).isEqualTo(d("2026-09-01"));
    assertThat(d("2026-08-31").with(EW.previousOrSameAdjuster())).isEqualTo(d("2026-08-28"));
    assertThat(d("2026-08-28").with(EW.previousAdjuster())).isEqualTo(d("2026-08-27"));
  }

  @Test
  void outsideTheRangeEveryMethodFailsNamingTheRange() {
    assertThat(EW.firstDay()).isEqualTo(d("2000-01-01"));
    assertThat(EW.lastDay()).isEqualTo(d("2060-12-31"));
    assertThat(EW.covers(d("2060-12-31"))).isTrue();
    assertThat(EW.covers(d("2061-01-01"))).isFalse();
    assertThatThrownBy(() -> EW.isWorkingDay(d("2061-01-03")))
        .isInstanceOf(CalendarRangeException.class)
        .hasMessageContaining("2061-01-03").hasMessageContaining("2000-01-01").hasMessageContaining("2060-12-31");
    assertThatThrownBy(() -> EW.isWorkingDay(d("1999-12-31"))).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> EW.plusWorkingDays(d("1999-12-31"), 0)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> EW.isWorkingDay(LocalDate.MAX)).isInstanceOf(CalendarRangeException.class);
    // An answer beyond the range fails too, and says which start date ran out.
    assertThatThrownBy(() -> EW.plusWorkingDays(d("2060-12-20"), 10))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("10 working days after 2060-12-20");
    assertThatThrownBy(() -> EW.next(d("2060-12-31"))).isInstanceOf(CalendarRangeException.class);
    // 3 January 2000 was the New Year substitute day, so nothing in range precedes it.
    assertThatThrownBy(() -> EW.previous(d("2000-01-03"))).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> EW.plusWorkingDays(d("2000-01-10"), -10)).isInstanceOf(CalendarRangeException.class);
    assertThat(EW.plusWorkingDays(d("2000-01-10"), -1)).isEqualTo(d("2000-01-07"));
    // The exclusive end may be the day after the last day.
    assertThat(EW.workingDaysBetween(d("2060-12-01"), d("2061-01-01"))).isEqualTo(
        Naive.workingDaysBetween(d("2060-12-01"), d("2061-01-01"), EW::isWorkingDay));
    assertThatThrownBy(() -> EW.workingDaysBetween(d("2060-12-01"), d("2061-01-02")))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> EW.minusWorkingDays(d("2026-01-05"), Integer.MIN_VALUE))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void aCalendarForOtherYearsIsCompiledFromTheCallersOwnData() {
    // The documented route beyond 2060: the caller's dates (here jollyday's, from the test class path).
    WorkingDayCalendar later = WorkingDayCalendar.of(SCOTLAND, 2061, 2070,
        JollydayHolidaySource.load().bankHolidays(SCOTLAND, 2061, 2070), JollydayHolidaySource.citation(SCOTLAND));
    assertThat(later.firstDay()).isEqualTo(d("2061-01-01"));
    // 1 January 2061 is a Saturday (substitute Mon 3 Jan), 2 January a Sunday (Scotland: substitute Tue 4 Jan).
    assertThat(later.bankHolidaysBetween(d("2061-01-01"), d("2061-01-08"))).containsExactly(d("2061-01-03"),
        d("2061-01-04"));
    // Christmas 2061 is a Sunday (substitute Tue 27 Dec), Boxing Day a Monday.
    assertThat(later.plusWorkingDays(d("2061-12-23"), 1)).isEqualTo(d("2061-12-28"));
    assertThatThrownBy(() -> WorkingDayCalendar.of(SCOTLAND, 2030, 2029, List.of(), PROCLAMATION))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingDayCalendar.of(SCOTLAND, 2030, 2030, List.of(d("2031-01-01")), PROCLAMATION))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2031-01-01");
  }

  @Test
  void aCalendarOfAnyYearsHasTheWeekendsOfLocalDate() {
    for (int[] years : new int[][] {{-3, 3}, {1582, 1584}, {1899, 1901}, {2099, 2101}}) {
      WorkingDayCalendar c = WorkingDayCalendar.of(SCOTLAND, years[0], years[1], List.of(), PROCLAMATION);
      for (LocalDate day = c.firstDay(); !day.isAfter(c.lastDay()); day = day.plusDays(1)) {
        assertThat(c.isWorkingDay(day)).as("%s", day).isEqualTo(!Naive.isWeekend(day));
      }
    }
    assertThatThrownBy(() -> WorkingDayCalendar.of(SCOTLAND, 999_999_999, 1_000_000_000, List.of(), PROCLAMATION))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999999999..1000000000");
  }

  @Test
  void calendarsAreCachedPerNationAndDescribeTheirSource() {
    assertThat(UkWorkingDayCalendars.of(SCOTLAND)).isSameAs(SCO);
    assertThat(SCO.nation()).isEqualTo(SCOTLAND);
    assertThat(SCO.source().source()).isEqualTo(Source.JOLLYDAY_HOLIDAYS_GB);
    assertThat(SCO.source().section()).contains("sct");
    assertThat(SCO.overrides()).isEmpty();
    assertThat(EW).isNotEqualTo(SCO);
    assertThat(SCO.toString()).isEqualTo("WorkingDayCalendar[SCOTLAND 2000..2060, 0 overrides]");
    assertThatThrownBy(() -> UkWorkingDayCalendars.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anAddedHolidayMakesANewCalendarAndIsRecorded() {
    LocalDate proclaimed = d("2027-06-14"); // a hypothetical one-off Monday
    WorkingDayCalendar amended = EW.withAddedHoliday(proclaimed, PROCLAMATION);
    assertThat(amended.isBankHoliday(proclaimed)).isTrue();
    assertThat(EW.isWorkingDay(proclaimed)).isTrue(); // the cached calendar is unchanged
    assertThat(amended.plusWorkingDays(d("2027-06-11"), 1)).isEqualTo(d("2027-06-15"));
    assertThat(amended.workingDaysBetween(d("2027-06-01"), d("2027-07-01")))
        .isEqualTo(EW.workingDaysBetween(d("2027-06-01"), d("2027-07-01")) - 1);
    assertThat(amended.overrides()).containsExactly(CalendarOverride.addHoliday(proclaimed, PROCLAMATION));
    assertThat(amended.toString()).endsWith("1 override]");
    assertThat(amended).isNotEqualTo(EW).isEqualTo(EW.withAddedHoliday(proclaimed, PROCLAMATION));
  }

  @Test
  void aRemovedHolidayBecomesAWorkingDayAndLaterOverridesWin() {
    LocalDate worldCup = d("2026-06-15");
    WorkingDayCalendar without = SCO.withRemovedHoliday(worldCup, PROCLAMATION);
    assertThat(without.isWorkingDay(worldCup)).isTrue();
    assertThat(without.plusWorkingDays(d("2026-06-12"), 1)).isEqualTo(worldCup);
    WorkingDayCalendar back = without.withAddedHoliday(worldCup, PROCLAMATION);
    assertThat(back.isBankHoliday(worldCup)).isTrue();
    assertThat(back.overrides()).extracting(CalendarOverride::kind)
        .containsExactly(CalendarOverride.Kind.REMOVE_HOLIDAY, CalendarOverride.Kind.ADD_HOLIDAY);
    // Adding a day that is already a bank holiday changes no day but is recorded.
    WorkingDayCalendar again = SCO.withAddedHoliday(worldCup, PROCLAMATION);
    assertThat(again.bankHolidays(Year.of(2026))).isEqualTo(SCO.bankHolidays(Year.of(2026)));
    assertThat(again.overrides()).hasSize(1);
    assertThat(SCO.withOverrides(back.overrides())).isEqualTo(back);
  }

  @Test
  void overridesOnWeekendsOrOutsideTheRangeAreRejected() {
    assertThatThrownBy(() -> EW.withAddedHoliday(d("2026-08-29"), PROCLAMATION))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("SATURDAY");
    assertThatThrownBy(() -> EW.withRemovedHoliday(d("2026-08-30"), PROCLAMATION))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("SUNDAY");
    assertThatThrownBy(() -> EW.withAddedHoliday(d("2061-06-13"), PROCLAMATION))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void anOverrideRoundTripsThroughJson() throws Exception {
    ObjectMapper m = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    CalendarOverride o = CalendarOverride.addHoliday(d("2026-06-15"),
        Citation.of(Source.BANKING_ACT_1971_PROCLAMATION, "Proclamation of 4 February 2026", d("2026-02-04"))
            .withUrl("https://www.gov.scot/news/world-cup-bank-holiday-confirmed"));
    String json = m.writeValueAsString(o);
    assertThat(json).contains("\"date\":\"2026-06-15\"").contains("\"kind\":\"ADD_HOLIDAY\"");
    assertThat(m.readValue(json, CalendarOverride.class)).isEqualTo(o);
  }
}
