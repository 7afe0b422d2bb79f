package io.github.sponsorsdk.sms.rules.reporting;

/** Where a duty stands on the as-of date. */
public enum DutyStatus {
  /** To be done; the due date (if the deadline has one) is on or after the as-of date. */
  DUE,
  /** Not done and the as-of date is after the due date. */
  OVERDUE,
  /** The caller passed a report for it; late or not is said by the reasons. */
  REPORTED,
  /** Nothing to report, with the reason why. Never has a due date. */
  NOT_REPORTABLE,
  /**
   * The SDK cannot tell: the event falls outside the range of the parameters or of the working-day calendar, or the
   * sponsor is not licensed for the event's category. Never has a due date.
   */
  UNDETERMINED
}
