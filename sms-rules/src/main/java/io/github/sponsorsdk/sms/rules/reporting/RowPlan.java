package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.Reason;

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
    String what = row.id() + ": " + row.title() + ".";
    Citation c = row.citation();
    String when = row.deadlineParameter().isPresent() ? "the deadline set by parameter "
        + row.deadlineParameter().get() : row.deadline().toString();
    due = Reason.warning(DutyReason.DUE, what + " Due by the due date (" + when + ").", c);
    overdue = Reason.warning(DutyReason.OVERDUE, what + " Overdue: the due date (" + when + ") has passed.", c);
    reportedOnTime = Reason.info(DutyReason.REPORTED_ON_TIME, what + " Reported on or before the due date.", c);
    reportedLate = Reason.warning(DutyReason.REPORTED_LATE, what + " Reported after the due date.", c);
    reported = Reason.info(DutyReason.REPORTED, what + " Reported.", c);
    asap = Reason.warning(DutyReason.AS_SOON_AS_REASONABLY_PRACTICABLE, what
        + " Report as soon as reasonably practicable: there is no counted deadline.", c);
    asapHorizonPassed = Reason.warning(DutyReason.ASRP_HORIZON_PASSED, what + " Report as soon as reasonably "
        + "practicable: no counted deadline, but the horizon (parameter " + ReportingParameters.ASRP_HORIZON
        + ") has passed without a report.", c);
    noDeadline = Reason.warning(DutyReason.NO_DEADLINE_STATED, what + " Due; the sources state no deadline.", c);
    outsideCalendar = Reason.info(DutyReason.OUTSIDE_CALENDAR_RANGE, what + " A date the duty needs is outside the "
        + "working-day calendar's range; the duty cannot be determined.", c);
    notInForce = Reason.info(DutyReason.DUTY_NOT_IN_FORCE, what + " The duty was not in force on the event date (in "
        + "force from " + row.inForceFrom().map(Object::toString).orElse("always") + "): not reportable.", c);
  }
}
