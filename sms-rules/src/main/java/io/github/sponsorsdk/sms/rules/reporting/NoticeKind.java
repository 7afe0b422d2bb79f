package io.github.sponsorsdk.sms.rules.reporting;

/** What a {@link Notice} of a {@link DutySchedule} announces. */
public enum NoticeKind {
  /** A reminder, a number of working days before the due date or horizon ({@link ReminderPlan}). */
  REMINDER,
  /** The due date: the last day to report. */
  DUE_DAY,
  /** The day after the due date: from this day the duty is OVERDUE. */
  OVERDUE,
  /** The "as soon as reasonably practicable" horizon: the last day before the duty is flagged. */
  HORIZON_DAY,
  /** The day after the horizon: from this day the duty is flagged ({@link DutyReason#ASRP_HORIZON_PASSED}). */
  HORIZON_PASSED
}
