package io.github.sponsorsdk.sms.rules.reporting;

/**
 * Whether the clock-start day itself counts. The guidance says "within 10 working days of" the event and does not
 * say whether the event day counts (docs/sources.md#reporting-duties, uncertain), so this is a parameter.
 */
public enum DayCounting {
  /**
   * Default. The clock-start day is day 0 and is never counted: due = {@code plusWorkingDays(clockStart, N)}, the
   * N-th working day strictly after the clock start. When the clock start is a Saturday, Sunday or bank holiday,
   * day 1 is the next working day (so an event on a Saturday and one on the Friday before give the same due date
   * only if the Friday is not a working day).
   */
  EVENT_DAY_IS_DAY_ZERO,
  /**
   * The clock-start day is day 1 when it is a working day; when it is not, day 1 is the next working day. Due =
   * {@code plusWorkingDays(nextOrSame(clockStart), N - 1)}: one working day earlier than the default for an event on
   * a working day, the same for one on a non-working day. Calendar-day deadlines likewise end one day earlier.
   */
  EVENT_DAY_IS_DAY_ONE
}
