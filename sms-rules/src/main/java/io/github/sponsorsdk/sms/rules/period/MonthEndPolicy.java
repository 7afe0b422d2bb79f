package io.github.sponsorsdk.sms.rules.period;

/**
 * What "N months after" means when the start day does not exist in the target month (31 January + 1 month).
 *
 * <p>Month arithmetic is ambiguous, so the SDK never adds months without one of these policies (the lesson of
 * Catala's {@code date round increasing|decreasing} and Joda-Money's explicit rounding). The default everywhere is
 * {@link #CORRESPONDING_DAY_OR_MONTH_END}, the English-law "corresponding date rule" (Dodds v Walker [1981] 1 WLR
 * 1027, HL): a period of months ends on the same-numbered day of the later month or, where that month is too
 * short, on its last day. It is also what {@link java.time.LocalDate#plusMonths(long)} does, and it never makes a
 * period longer than the law reads it, so a sponsor relying on it does not act late. See
 * {@code docs/decisions/0430-certificate-lifecycle-rules.md}.
 */
public enum MonthEndPolicy {
  /** 31 Jan + 1 month = 28 Feb (29 Feb in a leap year); 30 Nov + 3 months = 28/29 Feb. The default. */
  CORRESPONDING_DAY_OR_MONTH_END,
  /**
   * 31 Jan + 1 month = 1 Mar: a missing day rounds up to the first day of the next month (Catala's
   * {@code round increasing}). Gives the longer reading; offered for callers whose counsel reads it so.
   */
  FIRST_DAY_OF_NEXT_MONTH
}
