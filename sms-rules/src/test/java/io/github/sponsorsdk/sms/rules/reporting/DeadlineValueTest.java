package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link Deadline} used on its own, as a caller computing one date would: which kinds give a date, and the due dates
 * of the guidance's "10 working days" and the Rules' "28 days" under both day countings (decision 0420), in England
 * and Wales (GOV.UK bank holidays).
 */
class DeadlineValueTest {

  static final WorkingDays EW = WorkingDays.of(UkWorkingDayCalendars.of(UkNation.ENGLAND_AND_WALES));

  @Test
  void onlyCountedDeadlinesAndTheDayBeforeTheEventHaveADate() {
    assertThat(Deadline.workingDays(10).hasDate()).isTrue();
    assertThat(Deadline.calendarDays(28).hasDate()).isTrue();
    assertThat(Deadline.lastWorkingDayBeforeEvent().hasDate()).isTrue();
    assertThat(Deadline.asSoonAsReasonablyPracticable().hasDate()).isFalse();
    assertThat(Deadline.unspecified().hasDate()).isFalse();
    assertThat(Deadline.unspecified().kind()).isEqualTo(DeadlineKind.UNSPECIFIED);
    LocalDate monday = LocalDate.of(2026, 2, 2);
    assertThat(Deadline.unspecified().dueDate(monday, EW, DayCounting.EVENT_DAY_IS_DAY_ZERO)).isEmpty();
    assertThat(Deadline.asSoonAsReasonablyPracticable().dueDate(monday, EW, DayCounting.EVENT_DAY_IS_DAY_ZERO))
        .isEmpty();
  }

  /** Monday 2 February 2026: the 10th working day after it is Monday 16 February; counting it as day 1, Friday 13. */
  @Test
  void tenWorkingDaysUnderBothCountings() {
    LocalDate monday = LocalDate.of(2026, 2, 2);
    assertThat(Deadline.workingDays(10).dueDate(monday, EW, DayCounting.EVENT_DAY_IS_DAY_ZERO))
        .contains(LocalDate.of(2026, 2, 16));
    assertThat(Deadline.workingDays(10).dueDate(monday, EW, DayCounting.EVENT_DAY_IS_DAY_ONE))
        .contains(LocalDate.of(2026, 2, 13));
  }

  /** Wednesday 7 January 2026: day 28 is Wednesday 4 February (day 0 counting), Tuesday 3 February (day 1). */
  @Test
  void twentyEightCalendarDaysUnderBothCountings() {
    LocalDate wednesday = LocalDate.of(2026, 1, 7);
    assertThat(Deadline.calendarDays(28).dueDate(wednesday, EW, DayCounting.EVENT_DAY_IS_DAY_ZERO))
        .contains(LocalDate.of(2026, 2, 4));
    assertThat(Deadline.calendarDays(28).dueDate(wednesday, EW, DayCounting.EVENT_DAY_IS_DAY_ONE))
        .contains(LocalDate.of(2026, 2, 3));
  }
}
