package io.github.sponsorsdk.sms.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The epoch-day forms answer exactly as the {@code LocalDate} forms: every day of every nation's calendar
 * (2000-2060), for the shifts the reporting rules use and beyond, including the failures at both ends.
 */
class WorkingDayCalendarEpochDayTest {

  private static final int[] SHIFTS = {-40, -11, -10, -2, -1, 0, 1, 2, 9, 10, 20, 28, 40};

  @ParameterizedTest
  @EnumSource(UkNation.class)
  void everyDayOfTheRangeAgrees(UkNation nation) {
    WorkingDayCalendar c = UkWorkingDayCalendars.of(nation);
    agreesOverWholeRange(c);
  }

  @Test
  void anOverriddenCalendarBuildsItsOwnIndex() {
    WorkingDayCalendar ew = UkWorkingDayCalendars.of(UkNation.ENGLAND_AND_WALES);
    LocalDate proclaimed = LocalDate.of(2030, 6, 12); // a Wednesday, not a bank holiday
    assertThat(ew.isWorkingDay(proclaimed.toEpochDay())).isTrue(); // builds ew's index first
    WorkingDayCalendar amended = ew.withAddedHoliday(proclaimed,
        Citation.of(Source.BANKING_ACT_1971_PROCLAMATION, "test proclamation", java.time.LocalDate.of(2026, 2, 4)));
    assertThat(amended.isWorkingDay(proclaimed.toEpochDay())).isFalse();
    assertThat(amended.nextOrSame(proclaimed.toEpochDay())).isEqualTo(proclaimed.plusDays(1).toEpochDay());
    assertThat(ew.isWorkingDay(proclaimed.toEpochDay())).isTrue();
    agreesOverWholeRange(amended);
  }

  @Test
  void aSmallCalendarFailsAtBothEndsAsTheDateFormsDo() {
    // 2026 alone, no holidays: Thursday 1 January and Thursday 31 December are working days.
    WorkingDayCalendar c = WorkingDayCalendar.of(UkNation.SCOTLAND, 2026, 2026, List.of(),
        Citation.of(Source.PROJECT_DECISION, "test"));
    agreesOverWholeRange(c);
    long before = LocalDate.of(2025, 12, 31).toEpochDay();
    long after = LocalDate.of(2027, 1, 1).toEpochDay();
    for (long outside : new long[] {before, after, Long.MIN_VALUE / 2, Long.MAX_VALUE / 2}) {
      assertThatThrownBy(() -> c.isWorkingDay(outside)).isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> c.nextOrSame(outside)).isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> c.previousOrSame(outside)).isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> c.previous(outside)).isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> c.plusWorkingDays(outside, 0)).isInstanceOf(DateTimeException.class);
    }
    assertThatThrownBy(() -> c.isWorkingDay(before)).isInstanceOf(CalendarRangeException.class);
    long first = LocalDate.of(2026, 1, 1).toEpochDay();
    long last = LocalDate.of(2026, 12, 31).toEpochDay();
    assertThatThrownBy(() -> c.previous(first)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> c.plusWorkingDays(last, 1)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> c.plusWorkingDays(first, -1)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> c.plusWorkingDays(first, Integer.MAX_VALUE)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> c.plusWorkingDays(last, Integer.MIN_VALUE)).isInstanceOf(CalendarRangeException.class);
    assertThat(c.plusWorkingDays(last, -1)).isEqualTo(last - 1);
  }

  private static void agreesOverWholeRange(WorkingDayCalendar c) {
    List<String> disagreements = new ArrayList<>();
    for (LocalDate d = c.firstDay(); !d.isAfter(c.lastDay()); d = d.plusDays(1)) {
      final LocalDate date = d;
      long e = d.toEpochDay();
      if (c.isWorkingDay(e) != c.isWorkingDay(d)) {
        disagreements.add("isWorkingDay " + d);
      }
      same(() -> c.nextOrSame(date), () -> c.nextOrSame(e), "nextOrSame " + d, disagreements);
      same(() -> c.previous(date), () -> c.previous(e), "previous " + d, disagreements);
      same(() -> c.previousOrSame(date), () -> c.previousOrSame(e), "previousOrSame " + d, disagreements);
      for (int n : SHIFTS) {
        same(() -> c.plusWorkingDays(date, n), () -> c.plusWorkingDays(e, n), "plusWorkingDays " + d + " " + n,
            disagreements);
      }
    }
    assertThat(disagreements).isEmpty();
  }

  /** Equal answers, or both a {@link CalendarRangeException}; else a disagreement. */
  private static void same(Supplier<LocalDate> byDate, Supplier<Long> byEpochDay, String what, List<String> out) {
    Object expected;
    Object actual;
    try {
      expected = byDate.get().toEpochDay();
    } catch (CalendarRangeException dateFails) {
      expected = CalendarRangeException.class;
    }
    try {
      actual = byEpochDay.get();
    } catch (CalendarRangeException epochDayFails) {
      actual = CalendarRangeException.class;
    }
    if (!expected.equals(actual)) {
      out.add(what + ": expected " + expected + ", got " + actual);
    }
  }
}
