package io.github.sponsorsdk.sms.rules.calendar;

import static io.github.sponsorsdk.sms.core.place.UkNation.ENGLAND_AND_WALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of a calendar's range and of its queries (issue 18). Each calendar is compiled in the test from the
 * GOV.UK feed's England and Wales dates for 2026 (Good Friday 3 April, Easter Monday 6 April, Early May 4 May, Spring
 * 25 May, Summer 31 August, Christmas 25 December, Boxing Day substitute 28 December), never taken from a holder built
 * once per JVM, so a change to the code is always seen.
 */
class WorkingDayCalendarRangeEdgesTest {

  static final Citation FEED = Citation.of(Source.GOVUK_BANK_HOLIDAYS, "England and Wales 2026",
      LocalDate.of(2025, 8, 17));
  static final List<LocalDate> EW_2026 = List.of(d("2026-01-01"), d("2026-04-03"), d("2026-04-06"), d("2026-05-04"),
      d("2026-05-25"), d("2026-08-31"), d("2026-12-25"), d("2026-12-28"));

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static WorkingDayCalendar cal2026To2027() {
    return WorkingDayCalendar.of(ENGLAND_AND_WALES, 2026, 2027, EW_2026, FEED);
  }

  /** The first year of the range is covered from 1 January; the day before is not, nor the day after the last. */
  @ParameterizedTest
  @CsvSource({
      "2025-12-31, false", "2026-01-01, true", "2026-06-15, true", "2026-12-31, true",
      "2027-01-01, true", "2027-12-31, true", "2028-01-01, false"})
  void coversTheWholeOfTheFirstAndLastYear(LocalDate date, boolean covered) {
    WorkingDayCalendar c = cal2026To2027();
    assertThat(c.covers(date)).isEqualTo(covered);
    if (covered) {
      c.isWorkingDay(date); // no exception
    } else {
      assertThatThrownBy(() -> c.isWorkingDay(date)).isInstanceOf(CalendarRangeException.class);
    }
  }

  /** A calendar of a single year covers that year and nothing else. */
  @Test
  void aOneYearCalendar() {
    WorkingDayCalendar one = WorkingDayCalendar.of(ENGLAND_AND_WALES, 2026, 2026, EW_2026, FEED);
    assertThat(one.covers(d("2026-01-01"))).isTrue();
    assertThat(one.covers(d("2026-12-31"))).isTrue();
    assertThat(one.covers(d("2025-12-31"))).isFalse();
    assertThat(one.covers(d("2027-01-01"))).isFalse();
    assertThat(one.firstDay()).isEqualTo(d("2026-01-01"));
    assertThat(one.lastDay()).isEqualTo(d("2026-12-31"));
  }

  /** isHoliday: true for a weekend day and a bank holiday, false for an ordinary weekday. */
  @ParameterizedTest
  @CsvSource({
      "2026-06-10, false, false", // Wednesday
      "2026-06-12, false, false", // Friday
      "2026-06-15, false, false", // Monday
      "2026-06-13, true, false",  // Saturday
      "2026-06-14, true, false",  // Sunday
      "2026-04-03, true, true",   // Good Friday
      "2026-04-06, true, true",   // Easter Monday
      "2026-12-28, true, true",   // Boxing Day substitute (26 December is a Saturday)
      "2026-12-26, true, false"})
  void isHolidayIsTrueOnlyForWeekendsAndBankHolidays(LocalDate date, boolean holiday, boolean bankHoliday) {
    WorkingDayCalendar c = cal2026To2027();
    assertThat(c.isHoliday(date)).isEqualTo(holiday);
    assertThat(c.isWorkingDay(date)).isEqualTo(!holiday);
    assertThat(c.isBankHoliday(date)).isEqualTo(bankHoliday);
  }

  /** A period whose end is before its start is refused; an empty period (end equal to start) is not. */
  @Test
  void endBeforeStart() {
    WorkingDayCalendar c = cal2026To2027();
    assertThatThrownBy(() -> c.bankHolidaysBetween(d("2026-04-07"), d("2026-04-06")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-04-06")
        .hasMessageContaining("2026-04-07");
    assertThatThrownBy(() -> c.workingDaysBetween(d("2026-04-07"), d("2026-04-06")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(c.bankHolidaysBetween(d("2026-04-06"), d("2026-04-06"))).isEmpty();
    assertThat(c.workingDaysBetween(d("2026-04-06"), d("2026-04-06"))).isZero();
    assertThat(c.bankHolidaysBetween(d("2026-04-06"), d("2026-04-07"))).containsExactly(d("2026-04-06"));
    assertThat(c.bankHolidaysBetween(d("2026-04-03"), d("2026-04-06"))).containsExactly(d("2026-04-03"));
  }

  /** The span is at most 1000 years: exactly 1000 is accepted, 1001 refused; a reversed range is refused. */
  @Test
  void theExactMaximumSpan() {
    WorkingDayCalendar longest = WorkingDayCalendar.of(ENGLAND_AND_WALES, 2000, 2999, List.of(), FEED);
    assertThat(longest.firstDay()).isEqualTo(d("2000-01-01"));
    assertThat(longest.lastDay()).isEqualTo(d("2999-12-31"));
    assertThat(longest.covers(d("2999-12-31"))).isTrue();
    assertThatThrownBy(() -> WorkingDayCalendar.of(ENGLAND_AND_WALES, 2000, 3000, List.of(), FEED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000").hasMessageContaining("2000..3000");
    assertThatThrownBy(() -> WorkingDayCalendar.of(ENGLAND_AND_WALES, 2027, 2026, List.of(), FEED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027..2026");
  }

  /** A bank holiday outside the years is a caller's mistake, refused on both sides. */
  @Test
  void aHolidayOutsideTheYearsIsRefused() {
    assertThatThrownBy(() -> WorkingDayCalendar.of(ENGLAND_AND_WALES, 2026, 2026, List.of(d("2025-12-25")), FEED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-12-25");
    assertThatThrownBy(() -> WorkingDayCalendar.of(ENGLAND_AND_WALES, 2026, 2026, List.of(d("2027-01-01")), FEED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027-01-01");
  }
}
