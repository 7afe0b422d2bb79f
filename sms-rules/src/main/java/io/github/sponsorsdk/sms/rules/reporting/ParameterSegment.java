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
 * remark built once from their {@link DutyReason} templates (their parameters are the values in force, their
 * citations the version in force, or the row that uses them). Built by {@link ReportingDuties} for each interval; read by the batch loop.
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
  /** By event kind ordinal: the kind's rows as plans within this interval (set by {@link ReportingDuties}). */
  RowPlan[][] plansByKind;
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
      exclusionReasons[x.ordinal()] = x.reason().reason(parameters(x.reason()))
          .withCitation(citation(p, x.parameter().orElse(null), on, rowCitations.get(x)));
    }
    for (Remark r : Remark.values()) {
      remarkReasons[r.ordinal()] = r.reason().reason(parameters(r.reason()))
          .withCitation(citation(p, r.parameter().orElse(null), on, rowCitations.get(r)));
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

  /** The values in force that {@code code}'s template names (see {@link DutyReason}). */
  private Map<String, Object> parameters(DutyReason code) {
    switch (code) {
      case START_WITHIN_WINDOW:
      case START_WINDOW_NOT_ENDED:
        return Map.of("days", startWindowDays);
      case ABSENCE_WITHIN_THRESHOLD:
        return Map.of("workingDays", absenceWorkingDays);
      case UNPAID_LEAVE_WITHIN_THRESHOLD:
      case UNPAID_LEAVE_EXCEPTION_NOT_YET_REPORTABLE:
      case UNPAID_LEAVE_EXCEPTION_APPLIES:
      case UNPAID_LEAVE_NO_EXCEPTION:
        return Map.of("weeks", unpaidLeaveWeeks);
      case MISSED_CONTACTS_BELOW_THRESHOLD:
        return Map.of("contacts", missedContacts);
      case STUDY_ELSEWHERE_BELOW_THRESHOLD:
        return Map.of("workingDays", studyingElsewhereWorkingDays);
      default:
        return Map.of();
    }
  }
}
