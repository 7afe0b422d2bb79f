package io.github.sponsorsdk.sms.rules.derivation;

import io.github.sponsorsdk.sms.core.event.UnpaidLeaveException;
import io.github.sponsorsdk.sms.core.event.WorkerUnpaidLeave;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import io.github.sponsorsdk.sms.rules.reporting.ReportingParameters;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One worker's unpaid and reduced-pay leave against the 4-week limit, per calendar year (SUI 36.1: "during any
 * calendar year"; a period across 31 December is split). Counts the worker's scheduled working days (pattern, else
 * the nation's calendar); full-pay leave does not count. Emits a {@link WorkerUnpaidLeave} on the day the total first
 * exceeds 4 weeks of the pattern, and another on the day the days not covered by an exception in force that day
 * exceed it, when that is later (the first is reportable from 31 March 2023 even with an exception; the second
 * means the sponsor should normally stop sponsoring).
 */
final class LeaveCount {
  private final WorkerRecord worker;
  private final int position;
  private final AbsenceScan days;
  private final ReportingParameters parameters;
  private final RecordSink run;
  private int year = Integer.MIN_VALUE;
  private int total;
  private int covered;
  private boolean totalPassed;
  private boolean uncoveredPassed;
  private final Map<UnpaidLeaveException, Integer> byException = new EnumMap<>(UnpaidLeaveException.class);

  LeaveCount(WorkerRecord worker, int position, AbsenceScan days, ReportingParameters parameters, RecordSink run) {
    this.worker = worker;
    this.position = position;
    this.days = days;
    this.parameters = parameters;
    this.run = run;
  }

  void count(List<Integer> order, List<LeaveRecord> all) {
    LocalDate lastTo = null;
    for (int i : order) {
      LeaveRecord r = all.get(i);
      if (!run.inRange(r.from()) || !run.inRange(r.to())) {
        run.outOfRange(RecordKind.LEAVE, i, r.worker(), run.inRange(r.from()) ? r.to() : r.from());
        continue;
      }
      if (lastTo != null && !r.from().isAfter(lastTo)) {
        run.finding(RecordKind.LEAVE, i, r.worker(), DerivationReasonCode.OVERLAPPING_LEAVE,
            Map.of("from", r.from(), "previousTo", lastTo));
        continue;
      }
      lastTo = r.to();
      if (r.pay() == LeavePay.FULL_PAY) {
        continue;
      }
      for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
        day(d, r.reason());
      }
    }
  }

  private void day(LocalDate d, LeaveReason reason) {
    if (d.getYear() != year) {
      year = d.getYear();
      total = 0;
      covered = 0;
      totalPassed = false;
      uncoveredPassed = false;
      byException.clear();
    }
    if (!days.scheduled(d.toEpochDay())) {
      return;
    }
    total++;
    Optional<UnpaidLeaveException> ex = reason.exception();
    if (ex.isPresent() && parameters.unpaidLeaveExceptions().find(d).map(DatedValue::value)
        .map((Set<UnpaidLeaveException> s) -> s.contains(ex.get())).orElse(false)) {
      covered++;
      byException.merge(ex.get(), 1, Integer::sum);
    }
    Optional<Integer> weeks = parameters.unpaidLeaveWeeks().find(d).map(DatedValue::value);
    if (weeks.isEmpty()) {
      return; // before the parameters' coverage
    }
    int limit = weeks.get() * worker.workingDaysPerWeek();
    boolean uncoveredOver = total - covered > limit;
    if (!totalPassed && total > limit) {
      totalPassed = true;
      uncoveredPassed = uncoveredOver;
      emit(d);
    } else if (totalPassed && !uncoveredPassed && uncoveredOver) {
      uncoveredPassed = true;
      emit(d);
    }
  }

  private void emit(LocalDate d) {
    Optional<UnpaidLeaveException> main = byException.entrySet().stream()
        .max(Map.Entry.<UnpaidLeaveException, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey((a, b) -> b.compareTo(a))))
        .map(Map.Entry::getKey);
    run.event(position, WorkerUnpaidLeave.builder().cos(worker.cos()).reference(worker.reference())
        .nation(worker.nation()).occurredOn(d).daysWithoutPayInCalendarYear(total).workingDaysPerWeek(worker.workingDaysPerWeek())
        .exception(main).daysCoveredByException(covered).build());
  }
}
