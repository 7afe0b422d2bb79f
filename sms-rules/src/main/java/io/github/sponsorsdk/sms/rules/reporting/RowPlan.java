package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.Reason;
import java.util.Map;

/**
 * One catalogue row as the batch loop reads it: its conditions as arrays, its in-force day as an epoch day, and its
 * status reasons built once. Everything here is derived from the {@link DutyRule}; nothing is added.
 */
final class RowPlan {
  static final long ALWAYS = Long.MIN_VALUE;

  final DutyRule rule;
  final ClockStart clockStart;
  final Exclusion[] exclusions;
  final Remark[] remarks;
  final Deadline deadline;
  /** 0: the row's own deadline; 1: breach-of-conditions parameter; 2: new owner's application parameter. */
  final int deadlineParameter;
  final long inForceFrom;
  final Reason due;
  final Reason overdue;
  final Reason reportedOnTime;
  final Reason reportedLate;
  final Reason reported;
  final Reason asap;
  final Reason asapHorizonPassed;
  final Reason noDeadline;
  final Reason outsideCalendar;
  final Reason notInForce;

  RowPlan(DutyRule row) {
    rule = row;
    clockStart = row.clockStart();
    exclusions = row.exclusions().toArray(new Exclusion[0]);
    remarks = row.remarks().toArray(new Remark[0]);
    deadline = row.deadline();
    deadlineParameter = row.deadlineParameter().map(p -> p.equals(ReportingParameters.BREACH_OF_CONDITIONS_DEADLINE)
        ? 1 : 2).orElse(0);
    inForceFrom = row.inForceFrom().map(d -> d.toEpochDay()).orElse(ALWAYS);
    Map<String, String> what = Map.of("duty", row.id(), "title", row.title());
    Map<String, String> dated = Map.of("duty", row.id(), "title", row.title(), "deadline",
        row.deadlineParameter().isPresent() ? "the deadline set by parameter " + row.deadlineParameter().get()
            : row.deadline().toString());
    Citation c = row.citation();
    due = DutyReason.DUE.reason(dated).withCitation(c);
    overdue = DutyReason.OVERDUE.reason(dated).withCitation(c);
    reportedOnTime = DutyReason.REPORTED_ON_TIME.reason(what).withCitation(c);
    reportedLate = DutyReason.REPORTED_LATE.reason(what).withCitation(c);
    reported = DutyReason.REPORTED.reason(what).withCitation(c);
    asap = DutyReason.AS_SOON_AS_REASONABLY_PRACTICABLE.reason(what).withCitation(c);
    asapHorizonPassed = DutyReason.ASRP_HORIZON_PASSED.reason(what).withCitation(c);
    noDeadline = DutyReason.NO_DEADLINE_STATED.reason(what).withCitation(c);
    outsideCalendar = DutyReason.OUTSIDE_CALENDAR_RANGE.reason(what).withCitation(c);
    notInForce = DutyReason.DUTY_NOT_IN_FORCE.reason(Map.of("duty", row.id(), "title", row.title(), "inForceFrom",
        row.inForceFrom().map(Object::toString).orElse("always"))).withCitation(c);
  }
}
