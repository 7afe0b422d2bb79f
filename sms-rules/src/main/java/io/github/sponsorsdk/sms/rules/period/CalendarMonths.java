package io.github.sponsorsdk.sms.rules.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Calendar-month arithmetic with an explicit {@link MonthEndPolicy}. Pure and allocation-light.
 *
 * <pre>{@code
 * CalendarMonths.plus(LocalDate.of(2025, 1, 31), 1, MonthEndPolicy.CORRESPONDING_DAY_OR_MONTH_END); // 2025-02-28
 * CalendarMonths.plus(LocalDate.of(2025, 1, 31), 1, MonthEndPolicy.FIRST_DAY_OF_NEXT_MONTH);        // 2025-03-01
 * }</pre>
 */
public final class CalendarMonths {
  private CalendarMonths() {}

  /**
   * {@return the date {@code months} calendar months after {@code start} (before it when negative), where a day missing
   * from the target month is resolved by {@code policy}} When the day exists both policies agree.
   *
   * @param start the first date
   * @param months how many months
   * @param policy how to resolve a day the target month lacks
   */
  public static LocalDate plus(LocalDate start, int months, MonthEndPolicy policy) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(policy, "policy");
    YearMonth target = YearMonth.from(start).plusMonths(months);
    int day = start.getDayOfMonth();
    if (target.isValidDay(day)) {
      return target.atDay(day);
    }
    switch (policy) {
      case CORRESPONDING_DAY_OR_MONTH_END:
        return target.atEndOfMonth();
      case FIRST_DAY_OF_NEXT_MONTH:
        return target.plusMonths(1).atDay(1);
      default:
        throw new IllegalStateException("unknown policy " + policy);
    }
  }

  /**
   * {@return true when {@code start}'s day does not exist {@code months} later, i.e. when the policy matters}
   *
   * @param start the first date
   * @param months how many months
   */
  public static boolean isAmbiguous(LocalDate start, int months) {
    return !YearMonth.from(start).plusMonths(months).isValidDay(start.getDayOfMonth());
  }
}
