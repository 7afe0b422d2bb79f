package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * The reason codes of the reporting-duties engine. Callers branch on these, never on messages.
 *
 * <p>A duty's status reason ({@link #DUE}, {@link #OVERDUE}, {@link #REPORTED_ON_TIME}, ...) carries the parameters
 * {@code duty} (the catalogue row, e.g. {@code W2}) and {@code title}, and cites the row. A threshold explanation
 * ({@link #ABSENCE_WITHIN_THRESHOLD}, ...) carries the threshold in force and cites the version of the parameter
 * applied; every other explanation cites its catalogue row ({@link DutyCatalogue}).
 */
public enum DutyReason implements ReasonCode {
  /** A report is due by the due date. Parameters: {@code duty}, {@code title}, {@code deadline}. */
  DUE(Severity.WARNING, "{duty}: {title}. Due by the due date ({deadline}).", null),
  /** The due date has passed and no report was passed in. Parameters: {@code duty}, {@code title}, {@code deadline}. */
  OVERDUE(Severity.WARNING, "{duty}: {title}. Overdue: the due date ({deadline}) has passed.", null),
  /** Reported on or before the due date. Parameters: {@code duty}, {@code title}. */
  REPORTED_ON_TIME(Severity.INFO, "{duty}: {title}. Reported on or before the due date.", null),
  /** Reported after the due date. Parameters: {@code duty}, {@code title}. */
  REPORTED_LATE(Severity.WARNING, "{duty}: {title}. Reported after the due date.", null),
  /** Reported; the deadline has no date ("as soon as reasonably practicable", or none stated). */
  REPORTED(Severity.INFO, "{duty}: {title}. Reported.", null),
  /** The deadline is "as soon as reasonably practicable": no due date, act at once. */
  AS_SOON_AS_REASONABLY_PRACTICABLE(Severity.WARNING,
      "{duty}: {title}. Report as soon as reasonably practicable: there is no counted deadline.", null),
  /** The sources state no deadline. Parameters: {@code duty}, {@code title}. */
  NO_DEADLINE_STATED(Severity.WARNING, "{duty}: {title}. Due; the sources state no deadline.", null),
  /** W1: the worker started (or will start) within the start window. Parameter: {@code days}. */
  START_WITHIN_WINDOW(Severity.INFO,
      "The worker starts within {days} days of the latest start-window date: not reportable.", "W1"),
  /** W1: the worker started earlier than planned, after permission was granted. */
  EARLIER_START(Severity.INFO,
      "The worker started earlier than planned, after permission was granted: not reportable.", "W1"),
  /** W1: no new start date and the start window has not ended on the as-of date. Parameter: {@code days}. */
  START_WINDOW_NOT_ENDED(Severity.INFO, "The worker has not started, but the {days}-day start window has not ended "
      + "on the as-of date: not reportable yet.", "W1"),
  /** W2: the absence has not (yet) exceeded the threshold. Parameter: {@code workingDays}. */
  ABSENCE_WITHIN_THRESHOLD(Severity.INFO, "The unauthorised absence has not exceeded {workingDays} consecutive "
      + "working days: not reportable (yet).", "W2"),
  /** W3: the unpaid or reduced-pay total is within the threshold in the calendar year. Parameter: {@code days}. */
  UNPAID_LEAVE_WITHIN_THRESHOLD(Severity.INFO, "Absence without pay or on reduced pay totals {days} days or less in "
      + "the calendar year: not reportable.", "W3"),
  /** W3: reportable, and a permitted exception applies, so sponsorship may continue. */
  UNPAID_LEAVE_EXCEPTION_APPLIES(Severity.INFO,
      "A permitted exception (SUI 36.1) applies: report the absence; sponsorship may continue.", "W3"),
  /** W3: reportable, and no exception applies: the sponsor should normally stop sponsoring (and report W6). */
  UNPAID_LEAVE_NO_EXCEPTION(Severity.INFO, "No permitted exception applies: report it, and the sponsor should "
      + "normally stop sponsoring the worker (report that too, W6).", "W3"),
  /** W4: a pay increase is not reportable. */
  PAY_INCREASE(Severity.INFO, "A pay increase is not reportable.", "W4"),
  /** W4: a pre-registration nurse's or midwife's increase on registration is reportable. */
  NURSE_OR_MIDWIFE_REGISTRATION(Severity.INFO, "An increase for a pre-registration nurse or midwife who has "
      + "completed registration is reportable (Skilled Worker guidance SK9).", "W4"),
  /** W5: hybrid working patterns are not reportable on the event date (from 5 March 2024, or before 31 March 2023). */
  HYBRID_WORKING_NOT_REPORTABLE(Severity.INFO,
      "Changes of hybrid working pattern are not reportable on the event date.", "W5"),
  /** W5: hybrid working patterns were reportable on the event date (31 March 2023 to 4 March 2024). */
  HYBRID_WORKING_REPORTABLE(Severity.INFO, "Changes of hybrid working pattern were reportable on the event date "
      + "(31 March 2023 to 4 March 2024).", "W5"),
  /** W5: occasional work elsewhere is never reportable. */
  OCCASIONAL_WORK_ELSEWHERE(Severity.INFO, "Occasional work at another place is not reportable.", "W5"),
  /** W5: a change of SOC code needs a new CoS and application, not a report. */
  NEW_COS_REQUIRED(Severity.INFO, "A change of SOC 2020 code is not reported: it needs a new CoS and a new "
      + "application (Part Suitability SUI 37.1(c)).", "W5"),
  /** W9: the offshore duty was not in force on the event date. */
  OFFSHORE_DUTY_NOT_IN_FORCE(Severity.INFO, "The offshore-worker duty was not in force on the event date (from "
      + "12 April 2023): not reportable.", "W9"),
  /** W9: trips for holidays are not reported. */
  OFFSHORE_HOLIDAY(Severity.INFO, "Offshore workers' trips for holidays are not reported.", "W9"),
  /** W10: record a sponsor note on the CoS instead. */
  SPONSOR_NOTE_INSTEAD(Severity.INFO,
      "Changes before the worker applies are recorded as a sponsor note on the CoS, not reported.", "W10"),
  /** W11: the sponsor has no provisional UK Expansion Worker rating. */
  NOT_PROVISIONAL_EXPANSION_SPONSOR(Severity.INFO, "Only sponsors with a provisional UK Expansion Worker rating must "
      + "tell UKVI of the Authorising Officer's visa.", "W11"),
  /** S2: fewer consecutive missed contacts than the threshold. Parameter: {@code contacts}. */
  MISSED_CONTACTS_BELOW_THRESHOLD(Severity.INFO,
      "Fewer than {contacts} consecutive expected contacts missed: not reportable.", "S2"),
  /** S5: completion on or after the CAS end date is not early. */
  NOT_EARLY_COMPLETION(Severity.INFO,
      "Completion on or after the CAS course end date is not early: not reportable.", "S5"),
  /** S8: fewer working days elsewhere than the threshold. Parameter: {@code workingDays}. */
  STUDY_ELSEWHERE_BELOW_THRESHOLD(Severity.INFO,
      "Fewer than {workingDays} working days of study elsewhere: not reportable.", "S8"),
  /** O3.A: the new owner already holds a licence. */
  NEW_OWNER_LICENSED(Severity.INFO,
      "No licence application is needed: the new owner is licensed (or not stated to need one).", "O3.A"),
  /** O8: the allocation renews automatically. */
  ALLOCATION_AUTO_RENEWED(Severity.INFO, "The allocation renews automatically: no request needed.", "O8"),
  /**
   * The event date is outside the parameters' coverage; cites the first version of the parameters. Parameter:
   * {@code coverageFrom} (the first day the parameters cover).
   */
  OUTSIDE_PARAMETER_RANGE(Severity.INFO, "The event date is outside the range the reporting parameters cover (from "
      + "{coverageFrom}); the duty cannot be determined.", null),
  /** A date the duty needs is outside the working-day calendar's range. Parameters: {@code duty}, {@code title}. */
  OUTSIDE_CALENDAR_RANGE(Severity.INFO, "{duty}: {title}. A date the duty needs is outside the working-day "
      + "calendar's range; the duty cannot be determined.", null),
  /** The sponsor is not licensed for the event's category. */
  CATEGORY_NOT_LICENSED(Severity.INFO, "The sponsor's stated licence categories do not cover this event's worker or "
      + "student; duties cannot be determined.", null);

  private static final Citation STATUSES = Citation.of(Source.PROJECT_DECISION,
      "0420-reporting-duties (statuses, due dates and coverage)");
  private static final Citation CATEGORIES = Citation.of(Source.SMS_MANUAL_1,
      "Licence: the Workers menu is for Worker and Temporary Worker routes, the Students menu for the Student route");

  private final Severity severity;
  private final String messageTemplate;
  private final String rowId;

  DutyReason(Severity severity, String messageTemplate, String rowId) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.rowId = rowId;
  }

  /** {@code reporting}. */
  @Override
  public String namespace() {
    return "reporting";
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageTemplate() {
    return messageTemplate;
  }

  /**
   * The catalogue row's citation for an explanation of one row; the sponsor-licence menus for
   * {@link #CATEGORY_NOT_LICENSED}; otherwise the project's decision on statuses (each status reason cites its row).
   */
  @Override
  public Citation citation() {
    if (rowId != null) {
      return DutyCatalogue.row(rowId).citation();
    }
    return this == CATEGORY_NOT_LICENSED ? CATEGORIES : STATUSES;
  }
}
