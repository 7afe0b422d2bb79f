package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.Reason;
import java.util.Map;

/**
 * One catalogue row as the batch loop reads it, for one parameter interval: its conditions as arrays, its in-force
 * day as an epoch day, and every reason a duty of the row can carry, built once and numbered. A {@link DutyBatch}
 * stores per duty the plan and two one-byte slot numbers into {@link #reasons} (status reason, explanation) rather
 * than two references: on a 10,000-duty batch that is 21 KB of columns instead of 85 KB (docs/benchmarks.md, issue
 * 13). Slots: the row's status reasons, the engine-wide ones, then one per {@link Exclusion} and one per {@link Remark}
 * by ordinal (their reasons carry the interval's parameter values). Everything here is derived from the
 * {@link DutyRule}, the interval's {@link ParameterSegment} and the engine; nothing is added.
 */
final class RowPlan {
  static final long ALWAYS = Long.MIN_VALUE;
  /** Slot numbers of {@link #reasons}; 0 in a {@link DutyBatch}'s explanation column means "none" (never one). */
  static final int DUE = 0;
  static final int OVERDUE = 1;
  static final int REPORTED_ON_TIME = 2;
  static final int REPORTED_LATE = 3;
  static final int REPORTED = 4;
  static final int ASAP = 5;
  static final int ASAP_HORIZON_PASSED = 6;
  static final int NO_DEADLINE = 7;
  static final int OUTSIDE_CALENDAR = 8;
  static final int NOT_IN_FORCE = 9;
  static final int OUTSIDE_PARAMETERS = 10;
  static final int CATEGORY_NOT_LICENSED = 11;
  static final int NATION_NOT_STATED = 12;
  private static final int FIRST_EXCLUSION = 13;
  private static final int FIRST_REMARK = FIRST_EXCLUSION + Exclusion.values().length;
  /** How many slots; at most 256, so that a slot fits in a byte (RowPlanTest). */
  static final int SLOTS = FIRST_REMARK + Remark.values().length;

  final DutyRule rule;
  final ClockStart clockStart;
  final Exclusion[] exclusions;
  final Remark[] remarks;
  final Deadline deadline;
  /** 0: the row's own deadline; 1: breach-of-conditions parameter; 2: new owner's application parameter. */
  final int deadlineParameter;
  final long inForceFrom;
  /** By slot; the exclusion and remark slots are empty in a plan for no interval. */
  final Reason[] reasons;

  /** The plan of {@code row} outside every parameter interval: only its own and the engine-wide reasons. */
  RowPlan(DutyRule row, Reason outsideParameters, Reason categoryNotLicensed, Reason nationNotStated) {
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
    reasons = new Reason[SLOTS];
    reasons[DUE] = DutyReason.DUE.reason(dated).withCitation(c);
    reasons[OVERDUE] = DutyReason.OVERDUE.reason(dated).withCitation(c);
    reasons[REPORTED_ON_TIME] = DutyReason.REPORTED_ON_TIME.reason(what).withCitation(c);
    reasons[REPORTED_LATE] = DutyReason.REPORTED_LATE.reason(what).withCitation(c);
    reasons[REPORTED] = DutyReason.REPORTED.reason(what).withCitation(c);
    reasons[ASAP] = DutyReason.AS_SOON_AS_REASONABLY_PRACTICABLE.reason(what).withCitation(c);
    reasons[ASAP_HORIZON_PASSED] = DutyReason.ASRP_HORIZON_PASSED.reason(what).withCitation(c);
    reasons[NO_DEADLINE] = DutyReason.NO_DEADLINE_STATED.reason(what).withCitation(c);
    reasons[OUTSIDE_CALENDAR] = DutyReason.OUTSIDE_CALENDAR_RANGE.reason(what).withCitation(c);
    reasons[NOT_IN_FORCE] = DutyReason.DUTY_NOT_IN_FORCE.reason(Map.of("duty", row.id(), "title", row.title(),
        "inForceFrom", row.inForceFrom().map(Object::toString).orElse("always"))).withCitation(c);
    reasons[OUTSIDE_PARAMETERS] = outsideParameters;
    reasons[CATEGORY_NOT_LICENSED] = categoryNotLicensed;
    reasons[NATION_NOT_STATED] = nationNotStated;
  }

  /** {@code base} within the interval {@code segment}: the same row, with the interval's exclusion and remark reasons. */
  RowPlan(RowPlan base, ParameterSegment segment) {
    rule = base.rule;
    clockStart = base.clockStart;
    exclusions = base.exclusions;
    remarks = base.remarks;
    deadline = base.deadline;
    deadlineParameter = base.deadlineParameter;
    inForceFrom = base.inForceFrom;
    reasons = base.reasons.clone();
    for (Exclusion x : Exclusion.values()) {
      reasons[slot(x)] = segment.reason(x);
    }
    for (Remark r : Remark.values()) {
      reasons[slot(r)] = segment.reason(r);
    }
  }

  /** {@return the slot of {@code x}'s reason} */
  static int slot(Exclusion x) {
    return FIRST_EXCLUSION + x.ordinal();
  }

  /** {@return the slot of {@code r}'s reason} */
  static int slot(Remark r) {
    return FIRST_REMARK + r.ordinal();
  }
}
