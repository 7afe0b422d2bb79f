package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/** The reason codes of the reporting-duties engine. Callers branch on these, never on messages. */
public enum DutyReason implements ReasonCode {
  /** A report is due by the due date (or, without one, now). */
  DUE,
  /** The due date has passed and no report was passed in. */
  OVERDUE,
  /** Reported on or before the due date. */
  REPORTED_ON_TIME,
  /** Reported after the due date. */
  REPORTED_LATE,
  /** Reported; the deadline has no date ("as soon as reasonably practicable", or none stated). */
  REPORTED,
  /** The deadline is "as soon as reasonably practicable": no due date, act at once. */
  AS_SOON_AS_REASONABLY_PRACTICABLE,
  /** The sources state no deadline. */
  NO_DEADLINE_STATED,
  /**
   * "As soon as reasonably practicable" and the configured horizon (parameter {@code reporting.asrp.horizon},
   * default 10 working days) has passed without a report: still no legal due date, but flagged for attention.
   */
  ASRP_HORIZON_PASSED,
  /** W1: the worker started (or will start) within the 28-day window. */
  START_WITHIN_WINDOW,
  /** W1: the worker started earlier than planned, after permission was granted. */
  EARLIER_START,
  /** W1: no new start date and the 28-day window has not ended on the as-of date. */
  START_WINDOW_NOT_ENDED,
  /** W2: the absence has not (yet) exceeded 10 consecutive working days. */
  ABSENCE_WITHIN_THRESHOLD,
  /** W3: the unpaid or reduced-pay total is 4 weeks or less (on the worker's pattern) in the calendar year. */
  UNPAID_LEAVE_WITHIN_THRESHOLD,
  /**
   * W3: over 4 weeks, but a permitted exception covers the excess, and the event is before the Part 3 guidance of
   * 31 March 2023 that made such absences reportable in all cases (parameter).
   */
  UNPAID_LEAVE_EXCEPTION_NOT_YET_REPORTABLE,
  /** W3: the stated exception was not a permitted reason on the event date (jury service, neonatal care leave). */
  UNPAID_LEAVE_EXCEPTION_NOT_IN_FORCE,
  /** W3: reportable, and a permitted exception applies, so sponsorship may continue. */
  UNPAID_LEAVE_EXCEPTION_APPLIES,
  /** W3: reportable, and no exception applies: the sponsor should normally stop sponsoring (and report W6). */
  UNPAID_LEAVE_NO_EXCEPTION,
  /** W4: a pay increase is not reportable. */
  PAY_INCREASE,
  /** W4: a pre-registration nurse's or midwife's increase on registration is reportable. */
  NURSE_OR_MIDWIFE_REGISTRATION,
  /** W4: a reduction for a reason permitted on the event date (SUI 37.3): report it; sponsorship may continue. */
  PAY_REDUCTION_PERMITTED,
  /** W4: a reduction with no permitted reason (SUI 37.3) on the event date: report it; a ground for cancellation. */
  PAY_REDUCTION_NOT_PERMITTED,
  /** W5: hybrid working patterns are not reportable on the event date (from 5 March 2024, or before 31 March 2023). */
  HYBRID_WORKING_NOT_REPORTABLE,
  /** W5: hybrid working patterns were reportable on the event date (31 March 2023 to 4 March 2024). */
  HYBRID_WORKING_REPORTABLE,
  /** W5: occasional work elsewhere is never reportable. */
  OCCASIONAL_WORK_ELSEWHERE,
  /** W5: a change of SOC code needs a new CoS and application, not a report. */
  NEW_COS_REQUIRED,
  /** The duty was not in force on the event date (the row's {@code inForceFrom}; e.g. W9 from 12 April 2023). */
  DUTY_NOT_IN_FORCE,
  /** W9: trips for holidays are not reported. */
  OFFSHORE_HOLIDAY,
  /** W10: record a sponsor note on the CoS instead. */
  SPONSOR_NOTE_INSTEAD,
  /** W11: the sponsor has no provisional UK Expansion Worker rating. */
  NOT_PROVISIONAL_EXPANSION_SPONSOR,
  /** S2: fewer consecutive missed contacts than the threshold. */
  MISSED_CONTACTS_BELOW_THRESHOLD,
  /** S5: completion on or after the CAS end date is not early. */
  NOT_EARLY_COMPLETION,
  /** S8: fewer working days elsewhere than the threshold. */
  STUDY_ELSEWHERE_BELOW_THRESHOLD,
  /** O3.A: the new owner already holds a licence. */
  NEW_OWNER_LICENSED,
  /** O8: the allocation renews automatically. */
  ALLOCATION_AUTO_RENEWED,
  /** The event date is outside the parameters' coverage. */
  OUTSIDE_PARAMETER_RANGE,
  /** A date the duty needs is outside the working-day calendar's range. */
  OUTSIDE_CALENDAR_RANGE,
  /** The sponsor is not licensed for the event's category. */
  CATEGORY_NOT_LICENSED,
  /** Neither the event nor the sponsor context names the nation whose working days count. */
  NATION_NOT_STATED
}
