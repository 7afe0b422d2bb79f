package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.event.EventKind;
import io.github.sponsorsdk.sms.core.event.EventParty;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One batch of {@link ReportingDuties#duties}: reads each event once, then each of its kind's {@link RowPlan}s as the
 * catalogue row says, and writes the duty into the {@link DutyBatch}'s columns. Dates are epoch days throughout, so
 * the loop allocates nothing per event (decision 0440). Not thread-safe; one per call.
 */
final class BatchRun {
  private static final EventKind[] KINDS = EventKind.values();
  private static final long NO_DAY = DutyBatch.NO_DAY;

  private final ReportingDuties engine;
  private final SponsorContext sponsor;
  private final NationDays days;
  private final long asOf;
  private final Map<ReportKey, LocalDate> reported;
  private final boolean anyReports;
  private final DutyBatch batch;
  private final EventReads reads = new EventReads();
  private final EventFacts facts = new EventFacts();
  private final boolean eventNationGoverns;
  private final int sponsorNation;
  /** By event kind ordinal: the sponsor's stated licence categories do not cover the kind's party. */
  private final boolean[] unlicensed = new boolean[KINDS.length];

  BatchRun(ReportingDuties engine, SponsorContext sponsor, NationDays days, LocalDate asOf,
      Map<ReportKey, LocalDate> reported, DutyBatch batch) {
    this.engine = engine;
    this.sponsor = sponsor;
    this.days = days;
    this.asOf = asOf.toEpochDay();
    this.reported = reported;
    this.anyReports = !reported.isEmpty();
    this.batch = batch;
    this.eventNationGoverns = sponsor.governingNation() == GoverningNation.EVENT_WORK_SITE;
    this.sponsorNation = sponsor.nation().map(UkNation::ordinal).orElse(-1);
    Set<RouteCategory> categories = sponsor.licensedCategories();
    boolean workersLicensed = categories.isEmpty() || categories.contains(RouteCategory.WORKER)
        || categories.contains(RouteCategory.TEMPORARY_WORKER);
    boolean studentsLicensed = categories.isEmpty() || categories.contains(RouteCategory.STUDENT);
    for (EventKind kind : KINDS) {
      EventParty party = kind.party();
      unlicensed[kind.ordinal()] = (party == EventParty.WORKER && !workersLicensed)
          || (party == EventParty.STUDENT && !studentsLicensed);
    }
  }

  void run(ReportableEvent[] events) {
    int segment = -1;
    long segmentFrom = Long.MAX_VALUE;
    long segmentUntil = Long.MIN_VALUE;
    long[] starts = engine.segmentStarts;
    for (int i = 0; i < events.length; i++) {
      ReportableEvent e = Objects.requireNonNull(events[i], "events must not contain null");
      EventKind kind = reads.kind(e);
      long day = EventReads.occurredOn(kind, e).toEpochDay();
      int nation = sponsorNation;
      if (eventNationGoverns) {
        Optional<UkNation> own = EventReads.nation(kind, e);
        if (own.isPresent()) {
          nation = own.get().ordinal();
        }
      }
      if (day < segmentFrom || day >= segmentUntil) { // most batches sit in one interval: search only on leaving it
        segment = engine.segmentIndex(day);
        segmentFrom = segment < 0 ? Long.MIN_VALUE : starts[segment];
        segmentUntil = segment < 0 ? starts[0] : segment + 1 < starts.length ? starts[segment + 1] : Long.MAX_VALUE;
      }
      ParameterSegment seg = segment < 0 ? null : engine.segments[segment];
      facts.at(e);
      RowPlan[] plans = seg == null ? engine.plansByKind[kind.ordinal()] : seg.plansByKind[kind.ordinal()];
      for (RowPlan plan : plans) {
        duty(i, e, kind, day, nation, plan, seg);
      }
    }
  }

  private void duty(int index, ReportableEvent e, EventKind kind, long day, int nation, RowPlan plan,
      ParameterSegment seg) {
    if (seg == null) {
      batch.add(index, plan, DutyStatus.UNDETERMINED, nation, RowPlan.OUTSIDE_PARAMETERS);
      return;
    }
    if (unlicensed[kind.ordinal()]) {
      batch.add(index, plan, DutyStatus.UNDETERMINED, nation, RowPlan.CATEGORY_NOT_LICENSED);
      return;
    }
    if (nation < 0) {
      batch.add(index, plan, DutyStatus.UNDETERMINED, nation, RowPlan.NATION_NOT_STATED);
      return;
    }
    if (day < plan.inForceFrom) {
      batch.add(index, plan, DutyStatus.NOT_REPORTABLE, nation, RowPlan.NOT_IN_FORCE);
      return;
    }
    for (Exclusion x : plan.exclusions) {
      if (Conditions.excludes(x, facts, day, seg, asOf, sponsor)) {
        batch.add(index, plan, DutyStatus.NOT_REPORTABLE, nation, RowPlan.slot(x));
        return;
      }
    }
    WorkingDays wd = days.get(nation);
    Deadline deadline = plan.deadlineParameter == 0 ? plan.deadline : seg.deadline(plan.deadlineParameter);
    boolean asap = deadline.kind() == DeadlineKind.AS_SOON_AS_REASONABLY_PRACTICABLE;
    long clock;
    long due;
    long horizon = NO_DAY;
    try {
      clock = Conditions.clockStart(plan.clockStart, e, day, seg, wd);
      due = deadline.dueEpochDay(clock, day, wd, seg.dayZero);
      if (asap) {
        horizon = seg.asrpHorizon.dueEpochDay(clock, day, wd, seg.dayZero);
      }
    } catch (DateTimeException outOfRange) {
      batch.add(index, plan, DutyStatus.UNDETERMINED, nation, RowPlan.OUTSIDE_CALENDAR);
      return;
    }
    int explanation = DutyBatch.NO_EXPLANATION;
    for (Remark r : plan.remarks) {
      if (Conditions.remarks(r, facts, seg)) {
        explanation = RowPlan.slot(r);
        break;
      }
    }
    long reportedOn = NO_DAY;
    if (anyReports) {
      LocalDate on = reported.get(new ReportKey(e, plan.rule.id()));
      reportedOn = on == null ? NO_DAY : on.toEpochDay();
    }
    DutyStatus status;
    int reason;
    if (reportedOn != NO_DAY) {
      status = DutyStatus.REPORTED;
      reason = due == NO_DAY ? RowPlan.REPORTED : reportedOn > due ? RowPlan.REPORTED_LATE : RowPlan.REPORTED_ON_TIME;
    } else if (due == NO_DAY) {
      status = DutyStatus.DUE;
      reason = !asap ? RowPlan.NO_DEADLINE : asOf > horizon ? RowPlan.ASAP_HORIZON_PASSED : RowPlan.ASAP;
    } else if (asOf > due) {
      status = DutyStatus.OVERDUE;
      reason = RowPlan.OVERDUE;
    } else {
      status = DutyStatus.DUE;
      reason = RowPlan.DUE;
    }
    batch.add(index, plan, status, nation, clock, due, horizon, reportedOn, explanation, reason);
  }

  /** Matches a report to a duty: the same event and row id. */
  static final class ReportKey {
    final ReportableEvent event;
    final String dutyId;

    ReportKey(ReportableEvent event, String dutyId) {
      this.event = event;
      this.dutyId = dutyId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ReportKey k && k.dutyId.equals(dutyId) && k.event.equals(event);
    }

    @Override
    public int hashCode() {
      return 31 * event.hashCode() + dutyId.hashCode();
    }
  }
}
