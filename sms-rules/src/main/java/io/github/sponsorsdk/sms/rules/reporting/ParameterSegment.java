package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.event.PayReductionReason;
import io.github.sponsorsdk.sms.core.event.UnpaidLeaveException;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import java.time.LocalDate;
import java.util.Map;

/**
 * The parameter values in force over one interval between change dates, with the reasons of every exclusion and
 * remark built once (their messages state the values in force, their citations the version in force, or the row
 * that uses them). Built by {@link ReportingDuties} for each interval; read by the batch loop.
 */
final class ParameterSegment {
  final boolean dayZero;
  final int startWindowDays;
  final int absenceWorkingDays;
  final int unpaidLeaveWeeks;
  final boolean reportedWithException;
  final long exceptions;
  final long permittedReductions;
  final boolean hybridWorkingReportable;
  final Deadline breachOfConditions;
  final Deadline newOwnerApplication;
  final Deadline asrpHorizon;
  final int missedContacts;
  final int studyingElsewhereWorkingDays;
  final int renewalWindowMonths;
  private final Reason[] exclusionReasons = new Reason[Exclusion.values().length];
  private final Reason[] remarkReasons = new Reason[Remark.values().length];

  ParameterSegment(ReportingParameters p, LocalDate on, Map<Enum<?>, Citation> rowCitations) {
    dayZero = p.dayCounting().on(on) == DayCounting.EVENT_DAY_IS_DAY_ZERO;
    startWindowDays = p.startWindowDays().on(on);
    absenceWorkingDays = p.absenceWorkingDays().on(on);
    unpaidLeaveWeeks = p.unpaidLeaveWeeks().on(on);
    reportedWithException = p.unpaidLeaveReportedWithException().on(on);
    long ex = 0;
    for (UnpaidLeaveException e : p.unpaidLeaveExceptions().on(on)) {
      ex |= 1L << e.ordinal();
    }
    exceptions = ex;
    long red = 0;
    for (PayReductionReason r : p.permittedPayReductions().on(on)) {
      red |= 1L << r.ordinal();
    }
    permittedReductions = red;
    hybridWorkingReportable = p.hybridWorkingReportable().on(on);
    breachOfConditions = p.breachOfConditionsDeadline().on(on);
    newOwnerApplication = p.newOwnerApplicationDeadline().on(on);
    asrpHorizon = p.asrpHorizon().on(on);
    missedContacts = p.missedContacts().on(on);
    studyingElsewhereWorkingDays = p.studyingElsewhereWorkingDays().on(on);
    renewalWindowMonths = p.renewalWindowMonths().on(on);
    for (Exclusion x : Exclusion.values()) {
      exclusionReasons[x.ordinal()] = Reason.info(x.reason(), message(x),
          citation(p, x.parameter().orElse(null), on, rowCitations.get(x)));
    }
    for (Remark r : Remark.values()) {
      remarkReasons[r.ordinal()] = Reason.info(r.reason(), message(r),
          citation(p, r.parameter().orElse(null), on, rowCitations.get(r)));
    }
  }

  Reason reason(Exclusion x) {
    return exclusionReasons[x.ordinal()];
  }

  Reason reason(Remark r) {
    return remarkReasons[r.ordinal()];
  }

  boolean exceptionInForce(UnpaidLeaveException e) {
    return (exceptions & (1L << e.ordinal())) != 0;
  }

  boolean reductionPermitted(PayReductionReason r) {
    return (permittedReductions & (1L << r.ordinal())) != 0;
  }

  /** The deadline a row's {@link DutyRule#deadlineParameter()} names: 1 breach of conditions, 2 new owner. */
  Deadline deadline(int parameter) {
    return parameter == 1 ? breachOfConditions : newOwnerApplication;
  }

  private static Citation citation(ReportingParameters p, String parameter, LocalDate on, Citation row) {
    if (parameter != null) {
      for (DateEffective<?> d : p.parameters()) {
        if (d.name().equals(parameter)) {
          return d.versionOn(on).citation();
        }
      }
    }
    return row;
  }

  private String message(Exclusion x) {
    switch (x) {
      case EARLIER_START:
        return "The worker started earlier than planned, after permission was granted: not reportable.";
      case START_WITHIN_WINDOW:
        return "The worker starts within " + startWindowDays + " days of the latest start-window date: not "
            + "reportable.";
      case START_WINDOW_NOT_ENDED:
        return "The worker has not started, but the " + startWindowDays + "-day start window has not ended on the "
            + "as-of date: not reportable yet.";
      case ABSENCE_WITHIN_THRESHOLD:
        return "The unauthorised absence has not exceeded " + absenceWorkingDays + " consecutive working days: not "
            + "reportable (yet).";
      case UNPAID_LEAVE_WITHIN_THRESHOLD:
        return "Absence without pay or on reduced pay totals " + unpaidLeaveWeeks + " weeks or less on the worker's "
            + "normal working pattern in the calendar year: not reportable.";
      case UNPAID_LEAVE_EXCEPTION_NOT_YET_REPORTABLE:
        return "A permitted exception (SUI 36.1) covers the absence beyond " + unpaidLeaveWeeks + " weeks, and on "
            + "the event date such absences were not reported: not reportable.";
      case PAY_INCREASE:
        return "A pay increase is not reportable.";
      case HYBRID_WORKING_NOT_REPORTABLE:
        return "Changes of hybrid working pattern are not reportable on the event date.";
      case OCCASIONAL_WORK_ELSEWHERE:
        return "Occasional work at another place is not reportable.";
      case NEW_COS_REQUIRED:
        return "A change of SOC 2020 code is not reported: it needs a new CoS and a new application (Part "
            + "Suitability SUI 37.1(c)).";
      case OFFSHORE_HOLIDAY:
        return "Offshore workers' trips for holidays are not reported.";
      case SPONSOR_NOTE_INSTEAD:
        return "Changes before the worker applies are recorded as a sponsor note on the CoS, not reported.";
      case NOT_PROVISIONAL_EXPANSION_SPONSOR:
        return "Only sponsors with a provisional UK Expansion Worker rating must tell UKVI of the Authorising "
            + "Officer's visa.";
      case MISSED_CONTACTS_BELOW_THRESHOLD:
        return "Fewer than " + missedContacts + " consecutive expected contacts missed: not reportable.";
      case NOT_EARLY_COMPLETION:
        return "Completion on or after the CAS course end date is not early: not reportable.";
      case STUDY_ELSEWHERE_BELOW_THRESHOLD:
        return "Fewer than " + studyingElsewhereWorkingDays + " working days of study elsewhere: not reportable.";
      case NEW_OWNER_LICENSED:
        return "No licence application is needed: the new owner is licensed (or not stated to need one).";
      case ALLOCATION_AUTO_RENEWED:
        return "The allocation renews automatically: no request needed.";
      default:
        throw new IllegalStateException(x.name());
    }
  }

  private String message(Remark r) {
    switch (r) {
      case UNPAID_LEAVE_EXCEPTION_NOT_IN_FORCE:
        return "The stated exception was not a permitted reason (SUI 36.1) on the event date, so no exception "
            + "applies: report it, and the sponsor should normally stop sponsoring the worker (report that too, W6).";
      case UNPAID_LEAVE_EXCEPTION_APPLIES:
        return "A permitted exception (SUI 36.1) covers the days beyond " + unpaidLeaveWeeks + " weeks: report the "
            + "absence; sponsorship may continue.";
      case UNPAID_LEAVE_NO_EXCEPTION:
        return "The days without a permitted exception alone exceed " + unpaidLeaveWeeks + " weeks: report it, and "
            + "the sponsor should normally stop sponsoring the worker (report that too, W6).";
      case NURSE_OR_MIDWIFE_REGISTRATION:
        return "An increase for a pre-registration nurse or midwife who has completed registration is reportable "
            + "(Skilled Worker guidance SK9).";
      case PAY_REDUCTION_PERMITTED:
        return "The reduction is for a reason permitted on the event date (SUI 37.3): report it; sponsorship may "
            + "continue.";
      case PAY_REDUCTION_NOT_PERMITTED:
        return "No reason permitted on the event date (SUI 37.3) was given for the reduction: report it; it may be a "
            + "ground for cancelling the worker's permission (SUI 37.1).";
      case HYBRID_WORKING_REPORTABLE:
        return "Changes of hybrid working pattern were reportable on the event date (31 March 2023 to 4 March 2024).";
      default:
        throw new IllegalStateException(r.name());
    }
  }
}
