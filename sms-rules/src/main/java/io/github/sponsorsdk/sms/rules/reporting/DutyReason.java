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
  /** W1: the worker started (or will start) within the 28-day window. */
  START_WITHIN_WINDOW,
  /** W1: the worker started earlier than planned, after permission was granted. */
  EARLIER_START,
  /** W1: no new start date and the 28-day window has not ended on the as-of date. */
  START_WINDOW_NOT_ENDED,
  /** W2: the absence has not (yet) exceeded 10 consecutive working days. */
  ABSENCE_WITHIN_THRESHOLD,
  /** W3: the unpaid or reduced-pay total is 4 weeks or less in the calendar year. */
  UNPAID_LEAVE_WITHIN_THRESHOLD,
  /** W3: reportable, and a permitted exception applies, so sponsorship may continue. */
  UNPAID_LEAVE_EXCEPTION_APPLIES,
  /** W3: reportable, and no exception applies: the sponsor should normally stop sponsoring (and report W6). */
  UNPAID_LEAVE_NO_EXCEPTION,
  /** W4: a pay increase is not reportable. */
  PAY_INCREASE,
  /** W4: a pre-registration nurse's or midwife's increase on registration is reportable. */
  NURSE_OR_MIDWIFE_REGISTRATION,
  /** W5: hybrid working patterns are not reportable on the event date (from 5 March 2024, or before 31 March 2023). */
  HYBRID_WORKING_NOT_REPORTABLE,
  /** W5: hybrid working patterns were reportable on the event date (31 March 2023 to 4 March 2024). */
  HYBRID_WORKING_REPORTABLE,
  /** W5: occasional work elsewhere is never reportable. */
  OCCASIONAL_WORK_ELSEWHERE,
  /** W5: a change of SOC code needs a new CoS and application, not a report. */
  NEW_COS_REQUIRED,
  /** W9: the offshore duty was not in force on the event date. */
  OFFSHORE_DUTY_NOT_IN_FORCE,
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
  CATEGORY_NOT_LICENSED
}
