package io.github.sponsorsdk.sms.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/** The obvious day-by-day definitions, as a reference for the bitset calendar. */
final class Naive {
  private Naive() {}

  static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** Steps one day at a time, counting working days, never counting the start. */
  static LocalDate plusWorkingDays(LocalDate start, int n, Predicate<LocalDate> isWorkingDay) {
    LocalDate d = start;
    int step = n >= 0 ? 1 : -1;
    for (int left = Math.abs(n); left > 0; ) {
      d = d.plusDays(step);
      if (isWorkingDay.test(d)) {
        left--;
      }
    }
    return d;
  }

  static int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive, Predicate<LocalDate> isWorkingDay) {
    int count = 0;
    for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
      if (isWorkingDay.test(d)) {
        count++;
      }
    }
    return count;
  }
}
