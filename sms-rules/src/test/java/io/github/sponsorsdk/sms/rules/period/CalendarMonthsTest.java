package io.github.sponsorsdk.sms.rules.period;

import static io.github.sponsorsdk.sms.rules.period.MonthEndPolicy.CORRESPONDING_DAY_OR_MONTH_END;
import static io.github.sponsorsdk.sms.rules.period.MonthEndPolicy.FIRST_DAY_OF_NEXT_MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CalendarMonthsTest {

  /** Month ends named in the task: 31 Jan, 29 Feb, 30 Nov, and the 3- and 6-month certificate periods. */
  @ParameterizedTest(name = "{0} + {1} months = {2} (month end) / {3} (next month)")
  @CsvSource({
      "2025-01-31, 1, 2025-02-28, 2025-03-01",
      "2024-01-31, 1, 2024-02-29, 2024-03-01",   // leap year
      "2024-02-29, 1, 2024-03-29, 2024-03-29",   // the day exists: both agree
      "2024-02-29, 12, 2025-02-28, 2025-03-01",  // 29 Feb to a common year
      "2027-02-28, 12, 2028-02-28, 2028-02-28",
      "2024-11-30, 3, 2025-02-28, 2025-03-01",   // CoS: 3 months from 30 Nov
      "2023-11-30, 3, 2024-02-29, 2024-03-01",
      "2024-11-30, 6, 2025-05-30, 2025-05-30",   // CAS: 6 months from 30 Nov exists
      "2024-08-31, 6, 2025-02-28, 2025-03-01",   // CAS: 6 months from 31 Aug
      "2025-03-31, 3, 2025-06-30, 2025-07-01",
      "2025-12-31, 2, 2026-02-28, 2026-03-01",   // across the year end
      "2025-03-31, -1, 2025-02-28, 2025-03-01",  // backwards
      "2025-01-15, 3, 2025-04-15, 2025-04-15"
  })
  void monthEnds(LocalDate start, int months, LocalDate monthEnd, LocalDate nextMonth) {
    assertThat(CalendarMonths.plus(start, months, CORRESPONDING_DAY_OR_MONTH_END)).isEqualTo(monthEnd);
    assertThat(CalendarMonths.plus(start, months, FIRST_DAY_OF_NEXT_MONTH)).isEqualTo(nextMonth);
    assertThat(CalendarMonths.isAmbiguous(start, months)).isEqualTo(!monthEnd.equals(nextMonth));
  }

  /** Every day of 2019-2031 and every period up to 24 months: the policies' defining properties. */
  @Test
  void policiesOverEveryDayOfTwelveYears() {
    for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
      for (int m = 0; m <= 24; m++) {
        LocalDate down = CalendarMonths.plus(d, m, CORRESPONDING_DAY_OR_MONTH_END);
        LocalDate up = CalendarMonths.plus(d, m, FIRST_DAY_OF_NEXT_MONTH);
        // the default is java.time's reading, stated rather than implied
        assertThat(down).isEqualTo(d.plusMonths(m));
        if (CalendarMonths.isAmbiguous(d, m)) {
          assertThat(up).as("%s + %d", d, m).isEqualTo(down.plusDays(1)).matches(x -> x.getDayOfMonth() == 1);
          assertThat(down.getDayOfMonth()).isLessThan(d.getDayOfMonth());
        } else {
          assertThat(up).isEqualTo(down);
          assertThat(down.getDayOfMonth()).isEqualTo(d.getDayOfMonth());
        }
        // monotonic in the start date: a later start never ends earlier
        LocalDate next = d.plusDays(1);
        assertThat(CalendarMonths.plus(next, m, CORRESPONDING_DAY_OR_MONTH_END)).isAfterOrEqualTo(down);
        assertThat(CalendarMonths.plus(next, m, FIRST_DAY_OF_NEXT_MONTH)).isAfterOrEqualTo(up);
      }
    }
  }

  @Test
  void zeroMonthsIsTheStart() {
    LocalDate d = LocalDate.of(2024, 2, 29);
    for (MonthEndPolicy p : MonthEndPolicy.values()) {
      assertThat(CalendarMonths.plus(d, 0, p)).isEqualTo(d);
    }
  }
}
