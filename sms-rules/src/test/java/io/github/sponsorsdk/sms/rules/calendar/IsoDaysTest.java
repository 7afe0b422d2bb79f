package io.github.sponsorsdk.sms.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The int arithmetic the calendars are compiled with agrees with {@link LocalDate}, negative years included. */
class IsoDaysTest {

  @Test
  void epochDayAndDayOfWeekAgreeWithLocalDate() {
    long from = LocalDate.of(-4000, 1, 1).toEpochDay();
    long to = LocalDate.of(4000, 12, 31).toEpochDay();
    int checked = 0;
    for (long e = from; e <= to; e += 13) { // steps of 13 days reach every day of the week and of the month
      LocalDate d = LocalDate.ofEpochDay(e);
      assertThat(IsoDays.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).as("%s", d).isEqualTo(e);
      assertThat(IsoDays.dayOfWeek(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
          .as("%s", d).isEqualTo(d.getDayOfWeek().getValue() - 1);
      checked++;
    }
    assertThat(checked).isGreaterThan(200_000);
    for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2001, 3, 1)); d = d.plusDays(1)) {
      assertThat(IsoDays.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isEqualTo(d.toEpochDay());
    }
  }

  @Test
  void monthLengthsAndWeekdayBitsAgreeWithLocalDate() {
    for (int year = -1000; year <= 3000; year++) {
      for (int month = 1; month <= 12; month++) {
        YearMonth ym = YearMonth.of(year, month);
        assertThat(IsoDays.lengthOfMonth(year, month)).as("%s", ym).isEqualTo(ym.lengthOfMonth());
        int expected = 0;
        for (int day = 1; day <= ym.lengthOfMonth(); day++) {
          DayOfWeek dow = ym.atDay(day).getDayOfWeek();
          if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
            expected |= 1 << (day - 1);
          }
        }
        assertThat(IsoDays.weekdays(year, month)).as("%s", ym).isEqualTo(expected);
      }
      assertThat(IsoDays.isLeap(year)).isEqualTo(java.time.Year.isLeap(year));
    }
  }
}
