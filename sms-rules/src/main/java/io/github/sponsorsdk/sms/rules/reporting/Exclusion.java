package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.event.EventKind;
import java.util.Optional;

/**
 * A case that looks like a row's event but is not reportable. A catalogue row lists its exclusions in order; the
 * first that holds for an event makes the duty {@link DutyStatus#NOT_REPORTABLE} with its {@link #reason()}. Each
 * exclusion reads one kind's data ({@link #eventKind()}), or the sponsor's context, and the thresholds it names are
 * {@link ReportingParameters} in force on the event day ({@link #parameter()}).
 */
public enum Exclusion {
  /** W1: the worker started (or will start) before the start-window date, after permission was granted. */
  EARLIER_START(EventKind.WORKER_START_DELAYED, DutyReason.EARLIER_START, null,
      "An earlier start, after permission was granted"),
  /** W1: the new start date is at most the start-window days after the window start (a delay of 0 days included). */
  START_WITHIN_WINDOW(EventKind.WORKER_START_DELAYED, DutyReason.START_WITHIN_WINDOW,
      ReportingParameters.START_WINDOW_DAYS, "A start up to 28 days after the latest of the CoS start date, the "
          + "vignette's valid-from date, the grant date (Creative Worker concession) and the date the worker was told "
          + "of the grant (from 9 November 2022; before it, any delay)"),
  /** W1: no new start date, and the start window has not ended on the as-of date. */
  START_WINDOW_NOT_ENDED(EventKind.WORKER_START_DELAYED, DutyReason.START_WINDOW_NOT_ENDED,
      ReportingParameters.START_WINDOW_DAYS, "A worker who has not started while the start window is still open"),
  /** W2: the absence has not exceeded the threshold (10 consecutive working days). */
  ABSENCE_WITHIN_THRESHOLD(EventKind.WORKER_UNAUTHORISED_ABSENCE, DutyReason.ABSENCE_WITHIN_THRESHOLD,
      ReportingParameters.ABSENCE_WORKING_DAYS, "An absence of 10 consecutive working days or fewer"),
  /** W3: the total is 4 weeks or less on the worker's pattern (20 days for a 5-day week). */
  UNPAID_LEAVE_WITHIN_THRESHOLD(EventKind.WORKER_UNPAID_LEAVE, DutyReason.UNPAID_LEAVE_WITHIN_THRESHOLD,
      ReportingParameters.UNPAID_LEAVE_WEEKS, "A total of 4 weeks or less in the calendar year, counted on the "
          + "worker's normal working pattern"),
  /** W3: a permitted exception covers the excess, before absences were reportable in all cases (31 March 2023). */
  UNPAID_LEAVE_EXCEPTION_NOT_YET_REPORTABLE(EventKind.WORKER_UNPAID_LEAVE,
      DutyReason.UNPAID_LEAVE_EXCEPTION_NOT_YET_REPORTABLE, ReportingParameters.UNPAID_LEAVE_REPORTED_WITH_EXCEPTION,
      "Before 31 March 2023, absence covered by a permitted exception"),
  /** W4: a pay increase (except a nurse's or midwife's on registration). */
  PAY_INCREASE(EventKind.WORKER_PAY_CHANGED, DutyReason.PAY_INCREASE, null,
      "A pay increase (except a pre-registration nurse or midwife completing registration, Skilled Worker guidance "
          + "SK9)"),
  /** W5: a change of hybrid working pattern outside 31 March 2023 to 4 March 2024. */
  HYBRID_WORKING_NOT_REPORTABLE(EventKind.WORKER_EMPLOYMENT_CHANGED, DutyReason.HYBRID_WORKING_NOT_REPORTABLE,
      ReportingParameters.HYBRID_WORKING_REPORTABLE, "A change of hybrid working pattern since 5 March 2024 "
          + "(reportable from 31 March 2023 to 4 March 2024)"),
  /** W5: occasional work at another place. */
  OCCASIONAL_WORK_ELSEWHERE(EventKind.WORKER_EMPLOYMENT_CHANGED, DutyReason.OCCASIONAL_WORK_ELSEWHERE, null,
      "Occasional work at another place"),
  /** W5: a change of SOC 2020 code, which needs a new CoS instead. */
  NEW_COS_REQUIRED(EventKind.WORKER_EMPLOYMENT_CHANGED, DutyReason.NEW_COS_REQUIRED, null,
      "A change of SOC 2020 code: needs a new CoS and application instead"),
  /** W9: an offshore worker's trip for a holiday. */
  OFFSHORE_HOLIDAY(EventKind.OFFSHORE_WORKER_MOVEMENT, DutyReason.OFFSHORE_HOLIDAY, null, "Trips for holidays"),
  /** W10: changes before the worker applies go in a sponsor note. */
  SPONSOR_NOTE_INSTEAD(EventKind.WORKER_DATES_CHANGED_BEFORE_APPLICATION, DutyReason.SPONSOR_NOTE_INSTEAD, null,
      "Changes before the worker applies are never reported: they go in a sponsor note"),
  /** W11: the sponsor has no provisional UK Expansion Worker rating. */
  NOT_PROVISIONAL_EXPANSION_SPONSOR(EventKind.EXPANSION_AUTHORISING_OFFICER_VISA_GRANTED,
      DutyReason.NOT_PROVISIONAL_EXPANSION_SPONSOR, null, "Sponsors without a provisional UK Expansion Worker rating"),
  /** S2: fewer consecutive missed contacts than the threshold (10). */
  MISSED_CONTACTS_BELOW_THRESHOLD(EventKind.STUDENT_MISSED_CONTACTS, DutyReason.MISSED_CONTACTS_BELOW_THRESHOLD,
      ReportingParameters.MISSED_CONTACTS, "Fewer than 10 consecutive missed contacts"),
  /** S5: completion on or after the CAS course end date. */
  NOT_EARLY_COMPLETION(EventKind.STUDENT_COMPLETED_EARLY, DutyReason.NOT_EARLY_COMPLETION, null,
      "Completion on or after the CAS course end date"),
  /** S8: fewer working days elsewhere than the threshold (10). */
  STUDY_ELSEWHERE_BELOW_THRESHOLD(EventKind.STUDENT_STUDYING_ELSEWHERE, DutyReason.STUDY_ELSEWHERE_BELOW_THRESHOLD,
      ReportingParameters.STUDYING_ELSEWHERE_WORKING_DAYS, "Fewer than 10 working days elsewhere"),
  /** O3.A: the new owner already holds a licence (or is not stated to need one). */
  NEW_OWNER_LICENSED(EventKind.SPONSOR_OWNERSHIP_CHANGED, DutyReason.NEW_OWNER_LICENSED, null,
      "A new owner that already holds a licence"),
  /** O8: the allocation renews automatically. */
  ALLOCATION_AUTO_RENEWED(EventKind.SPONSOR_ALLOCATION_EXPIRING, DutyReason.ALLOCATION_AUTO_RENEWED, null,
      "Allocations that renew automatically");

  private final EventKind eventKind;
  private final DutyReason reason;
  private final String parameter;
  private final String description;

  Exclusion(EventKind eventKind, DutyReason reason, String parameter, String description) {
    this.eventKind = eventKind;
    this.reason = reason;
    this.parameter = parameter;
    this.description = description;
  }

  /** {@return the event kind whose data the exclusion reads; only rows of this kind may list it} */
  public EventKind eventKind() {
    return eventKind;
  }

  /** {@return the reason code of the NOT_REPORTABLE duty it produces} */
  public DutyReason reason() {
    return reason;
  }

  /** {@return the {@link ReportingParameters} parameter the exclusion reads, if any (its version in force is cited)} */
  public Optional<String> parameter() {
    return Optional.ofNullable(parameter);
  }

  /** {@return what is excluded, in the guidance's terms (the catalogue's "not reportable" column)} */
  public String description() {
    return description;
  }
}
