package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/**
 * The reason codes of the reporting-duties engine (namespace {@code reporting}). Callers branch on these, never on
 * messages.
 *
 * <p>A duty's status reason ({@link #DUE}, {@link #OVERDUE}, {@link #REPORTED_ON_TIME}, ...) carries the parameters
 * {@code duty} (the catalogue row, e.g. {@code W2}) and {@code title}, and cites the row the engine applied. An
 * explanation that reads a threshold ({@link #ABSENCE_WITHIN_THRESHOLD}, ...) carries the value in force on the event
 * day and cites the version of the parameter applied; every other explanation cites the catalogue row that lists it
 * ({@link DutyCatalogue}). The citation of each constant is the default one: the row of
 * {@link DutyCatalogue#standard()} that uses it, or the project's decision record.
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
  /**
   * Reported; the deadline has no date ("as soon as reasonably practicable", or none stated). Parameters:
   * {@code duty}, {@code title}.
   */
  REPORTED(Severity.INFO, "{duty}: {title}. Reported.", null),
  /**
   * The deadline is "as soon as reasonably practicable": no due date, act at once. Parameters: {@code duty},
   * {@code title}.
   */
  AS_SOON_AS_REASONABLY_PRACTICABLE(Severity.WARNING,
      "{duty}: {title}. Report as soon as reasonably practicable: there is no counted deadline.", null),
  /**
   * "As soon as reasonably practicable" and the configured horizon (parameter {@code reporting.asrp.horizon},
   * default 10 working days) has passed without a report: still no legal due date, but flagged for attention.
   * Parameters: {@code duty}, {@code title}.
   */
  ASRP_HORIZON_PASSED(Severity.WARNING, "{duty}: {title}. Report as soon as reasonably practicable: there is no "
      + "counted deadline, but the horizon set by parameter reporting.asrp.horizon has passed without a report.",
      null),
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
  /**
   * W3: the unpaid or reduced-pay total is within the limit on the worker's pattern in the calendar year.
   * Parameter: {@code weeks}.
   */
  UNPAID_LEAVE_WITHIN_THRESHOLD(Severity.INFO, "Absence without pay or on reduced pay totals {weeks} weeks or less "
      + "on the worker's normal working pattern in the calendar year: not reportable.", "W3"),
  /**
   * W3: over the limit, but a permitted exception covers the excess, and the event is before the Part 3 guidance of
   * 31 March 2023 that made such absences reportable in all cases (parameter
   * {@code reporting.unpaidLeave.reportedWithException}). Parameter: {@code weeks}.
   */
  UNPAID_LEAVE_EXCEPTION_NOT_YET_REPORTABLE(Severity.INFO, "A permitted exception (SUI 36.1) covers the absence "
      + "beyond {weeks} weeks, and on the event date such absences were not reported: not reportable.", "W3"),
  /** W3: the stated exception was not a permitted reason on the event date (jury service, neonatal care leave). */
  UNPAID_LEAVE_EXCEPTION_NOT_IN_FORCE(Severity.INFO, "The stated exception was not a permitted reason (SUI 36.1) on "
      + "the event date, so no exception applies: report it, and the sponsor should normally stop sponsoring the "
      + "worker (report that too, W6).", "W3"),
  /** W3: reportable, and a permitted exception covers the excess, so sponsorship may continue. Parameter: {@code weeks}. */
  UNPAID_LEAVE_EXCEPTION_APPLIES(Severity.INFO, "A permitted exception (SUI 36.1) covers the days beyond {weeks} "
      + "weeks: report the absence; sponsorship may continue.", "W3"),
  /**
   * W3: reportable, and the days without a permitted exception alone exceed the limit: the sponsor should normally
   * stop sponsoring (and report W6). Parameter: {@code weeks}.
   */
  UNPAID_LEAVE_NO_EXCEPTION(Severity.INFO, "The days without a permitted exception alone exceed {weeks} weeks: "
      + "report it, and the sponsor should normally stop sponsoring the worker (report that too, W6).", "W3"),
  /** W4: a pay increase is not reportable. */
  PAY_INCREASE(Severity.INFO, "A pay increase is not reportable.", "W4"),
  /** W4: a pre-registration nurse's or midwife's increase on registration is reportable. */
  NURSE_OR_MIDWIFE_REGISTRATION(Severity.INFO, "An increase for a pre-registration nurse or midwife who has "
      + "completed registration is reportable (Skilled Worker guidance SK9).", "W4"),
  /** W4: a reduction for a reason permitted on the event date (SUI 37.3): report it; sponsorship may continue. */
  PAY_REDUCTION_PERMITTED(Severity.INFO, "The reduction is for a reason permitted on the event date (SUI 37.3): "
      + "report it; sponsorship may continue.", "W4"),
  /** W4: a reduction with no permitted reason (SUI 37.3) on the event date: report it; a ground for cancellation. */
  PAY_REDUCTION_NOT_PERMITTED(Severity.INFO, "No reason permitted on the event date (SUI 37.3) was given for the "
      + "reduction: report it; it may be a ground for cancelling the worker's permission (SUI 37.1).", "W4"),
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
  /**
   * The duty was not in force on the event date (the row's {@code inForceFrom}; W9 from 12 April 2023). Parameters:
   * {@code duty}, {@code title}, {@code inForceFrom}.
   */
  DUTY_NOT_IN_FORCE(Severity.INFO, "{duty}: {title}. The duty was not in force on the event date (in force from "
      + "{inForceFrom}): not reportable.", "W9"),
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
      + "student; duties cannot be determined.", null),
  /** Neither the event nor the sponsor context names the nation whose working days count. */
  NATION_NOT_STATED(Severity.INFO, "Neither the event nor the sponsor context names the UK nation whose working days "
      + "count; the duty cannot be determined.", null);

  private static final Citation STATUSES = Citation.of(Source.PROJECT_DECISION,
      "0420-reporting-duties (statuses, due dates and coverage)");
  private static final Citation CATEGORIES = Citation.of(Source.SMS_MANUAL_1,
      "Licence: the Workers menu is for Worker and Temporary Worker routes, the Students menu for the Student route");
  private static final Citation NATIONS = Citation.of(Source.PROJECT_DECISION,
      "0460-duties-catalogue-and-derivation (which nation, whose working days)", LocalDate.of(2026, 12, 5))
      .withNote("The guidance names no nation; bank holidays differ by nation, so the nation is never assumed.");

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
   * The citation of the row of {@link DutyCatalogue#standard()} that uses this explanation; the sponsor-licence menus
   * for {@link #CATEGORY_NOT_LICENSED}; the decision on nations for {@link #NATION_NOT_STATED}; otherwise the
   * project's decision on statuses (each status reason the engine builds cites the row applied).
   */
  @Override
  public Citation citation() {
    if (rowId != null) {
      return DutyCatalogue.standard().row(rowId).citation();
    }
    switch (this) {
      case CATEGORY_NOT_LICENSED:
        return CATEGORIES;
      case NATION_NOT_STATED:
        return NATIONS;
      default:
        return STATUSES;
    }
  }
}
