package io.github.sponsorsdk.sms.rules.derivation;

import io.github.sponsorsdk.sms.core.event.SponsorshipEndReason;
import io.github.sponsorsdk.sms.core.event.WorkerEvent;
import io.github.sponsorsdk.sms.core.event.WorkerSponsorshipEnded;
import io.github.sponsorsdk.sms.core.event.WorkerStartDelayed;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;
import io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar;
import io.github.sponsorsdk.sms.rules.reporting.Report;
import io.github.sponsorsdk.sms.rules.reporting.WorkingDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Derives reportable worker events from what a payroll or HR system holds ({@link PayrollRecords}), so that it can
 * ask the duties engine "which of these must be reported, by when?" without deciding what an event is itself. Pure:
 * records in, events and findings out. A query engine: its verb is {@link #events}, named after what it returns.
 *
 * <ul>
 *   <li><b>Unauthorised absence</b> (W2) from daily attendance (records, or rows: {@link AttendanceRow}): a
 *       run of consecutive scheduled working days absent without permission, longer than
 *       {@code reporting.unauthorisedAbsence.workingDays} (10), with its first day, its tenth day (the clock start)
 *       counted on the worker's own days ({@link AbsenceDays}) and the return day.
 *   <li><b>Unpaid or reduced-pay leave</b> (W3) from leave periods: per calendar year (1 January to 31 December), the
 *       scheduled working days without pay or on reduced pay, against 4 weeks of the worker's pattern (20 days for 5
 *       a week); an event on the day the total first exceeds it, and another on the day the days <em>not</em> covered
 *       by an exception in force that day exceed it, if later.
 *   <li><b>Pay reductions</b> (W4) from salary records, measured against the CoS salary as updated by salary reports
 *       made on the SMS; a cut to exactly that level is not a reduction; a nurse's or midwife's rise on registration
 *       is an event too. Salary reports already made come back as {@link Report}s.
 *   <li><b>Start delays</b> (W1): no start within the start window (28 days since 9 November 2022) after the latest of
 *       the four start-window dates, the start taken from the worker record or the first WORKED day.
 *   <li><b>End of employment</b> (W6): an end before the CoS end date; the event day is the last day of employment.
 * </ul>
 *
 * <h2>Bad input</h2>
 * Every wrong record gets a {@link RecordFinding} (list, position, worker, coded reason) and the rest of the batch
 * is still derived; nothing is dropped silently: unknown worker references, dates outside the calendar's range
 * (2000–2060; a row reaching outside it is not used), a second attendance entry for a day (a second record, or
 * overlapping rows: the worker's absences are then not derived, since either could be wrong), out-of-order records
 * or rows (sorted, with a warning), a worker's attendance given both as records and as rows (the rows are not used),
 * overlapping leave, two salaries on one day, salary records without a CoS salary, a second worker record with the
 * same reference.
 *
 * <h2>Cost</h2>
 * The attendance scan is one pass over the records, in the order given, looking a worker up only when the reference
 * changes, and reading working days from the calendar's index on epoch days: a year of daily attendance for 10,000
 * workers (3.65 million records) runs within a small factor of merely reading the records. Over rows, the scan
 * jumps from one absent day to the next ({@link String#indexOf(int, int)}) and reads day by day only inside an
 * absence run (JMH {@code AbsenceDerivationBenchmark}, {@code docs/benchmarks.md}).
 *
 * <pre>{@code
 * DerivedEvents derived = EventDerivation.defaults().events(records, LocalDate.of(2026, 6, 30));
 * derived.findings().forEach(f -> log.warn("{}", f));          // bad records, each with its position (your logger)
 * DutyBatch duties = ReportingDuties.defaults()
 *     .duties(derived.events(), SponsorContext.of(UkNation.ENGLAND_AND_WALES), asOf, derived.reports());
 * }</pre>
 */
public final class EventDerivation {

  private final DerivationParameters parameters;
  private final WorkingDays[] overrides;

  private EventDerivation(DerivationParameters parameters, WorkingDays[] overrides) {
    this.parameters = parameters;
    this.overrides = overrides;
  }

  /** {@return the derivation with {@link DerivationParameters#defaults()} and the SDK's UK calendars} */
  public static EventDerivation defaults() {
    return of(DerivationParameters.defaults());
  }

  /**
   * {@return a derivation with the caller's parameters}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static EventDerivation of(DerivationParameters parameters) {
    return new EventDerivation(Objects.requireNonNull(parameters, "parameters"), new WorkingDays[3]);
  }

  /** {@return the parameters} */
  public DerivationParameters parameters() {
    return parameters;
  }

  /**
   * {@return this derivation counting {@code days.nation()}'s working days with {@code days}}
   *
   * @param days the working days to count for their nation
   */
  public EventDerivation withWorkingDays(WorkingDays days) {
    WorkingDays[] o = overrides.clone();
    o[Objects.requireNonNull(days, "days").nation().ordinal()] = days;
    return new EventDerivation(parameters, o);
  }

  /**
   * {@return the events {@code records} show as of {@code asOf} (the day the data runs to: a worker not started by
   * then, an absence still running then)}
   *
   * @param records the payroll records
   * @param asOf the day the data runs to
   */
  public DerivedEvents events(PayrollRecords records, LocalDate asOf) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(asOf, "asOf");
    return new Run(records, asOf).derive();
  }

  /** One call: the index of workers, the scans, the findings. */
  private final class Run implements RecordSink {
    final PayrollRecords records;
    final LocalDate asOf;
    final List<RecordFinding> findings = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    final ReferenceIndex index;
    final Set<Integer> overlapping = new HashSet<>();
    final List<WorkerRecord> workers;
    /** By worker: the events derived, created on the first. */
    final List<WorkerEvent>[] eventsByWorker;
    /** By worker: the attendance scan, created when the worker's first attendance or leave arrives. */
    final AbsenceScan[] scans;
    final WorkingDays[] byNation;
    /** By worker: attendance came as records (then any row of the worker is refused). */
    final boolean[] hasRecords;
    final long minDay;
    final long maxDay;

    @SuppressWarnings("unchecked")
    Run(PayrollRecords records, LocalDate asOf) {
      this.records = records;
      this.asOf = asOf;
      List<WorkerRecord> all = records.workers();
      index = new ReferenceIndex(all.size());
      workers = new ArrayList<>(all.size());
      for (int i = 0; i < all.size(); i++) {
        WorkerRecord w = all.get(i);
        if (index.putIfAbsent(w.reference(), workers.size()) >= 0) {
          finding(RecordKind.WORKER, i, w.reference(), DerivationReasonCode.DUPLICATE_WORKER,
              Map.of("worker", w.reference()));
          continue;
        }
        workers.add(w);
      }
      eventsByWorker = new List[workers.size()];
      hasRecords = new boolean[workers.size()];
      byNation = new WorkingDays[UkNation.values().length];
      for (UkNation nation : UkNation.values()) {
        WorkingDays o = overrides[nation.ordinal()];
        byNation[nation.ordinal()] = o != null ? o : WorkingDays.of(UkWorkingDayCalendars.of(nation));
      }
      scans = new AbsenceScan[workers.size()];
      WorkingDayCalendar range = UkWorkingDayCalendars.of(UkNation.ENGLAND_AND_WALES);
      minDay = range.firstDay().toEpochDay();
      maxDay = range.lastDay().toEpochDay();
    }

    DerivedEvents derive() {
      attendance();
      attendanceRows();
      for (AbsenceScan s : scans) {
        if (s != null && s.truncated > 0) {
          finding(RecordKind.WORKER, s.worker, workers.get(s.worker).reference(),
              DerivationReasonCode.ABSENCE_TRUNCATED, Map.of("maxWorkingDays", AbsenceScan.MAX_WORKING_DAYS));
        }
      }
      new LeaveAndPay(this).derive();
      for (int w = 0; w < workers.size(); w++) {
        startDelay(w);
        endOfEmployment(w);
      }
      List<WorkerEvent> events = new ArrayList<>();
      for (List<WorkerEvent> e : eventsByWorker) {
        if (e != null) {
          events.addAll(e);
        }
      }
      return DerivedEvents.builder().events(events).reports(reports).findings(findings).build();
    }

    /**
     * The worker at {@code reference}, or -1 (with an UNKNOWN_WORKER finding). {@code hint} is the position the
     * caller expects (the next worker, for input in worker order), tried before the index.
     */
    int worker(String reference, int hint, RecordKind kind, int i) {
      if (hint >= 0 && hint < workers.size() && workers.get(hint).reference().equals(reference)) {
        return hint;
      }
      int w = index.get(reference);
      if (w < 0) {
        finding(kind, i, reference, DerivationReasonCode.UNKNOWN_WORKER, Map.of("worker", reference));
        return -1;
      }
      return w;
    }

    @Override
    public void finding(RecordKind kind, int i, String worker, DerivationReasonCode code,
        Map<String, ?> parameters) {
      findings.add(RecordFinding.of(kind, i, Optional.of(worker), code.reason(parameters)));
    }

    @Override
    public void event(int worker, WorkerEvent event) {
      List<WorkerEvent> out = eventsByWorker[worker];
      if (out == null) {
        out = new ArrayList<>(2);
        eventsByWorker[worker] = out;
      }
      out.add(event);
    }

    void removeAbsences(int worker) {
      if (eventsByWorker[worker] != null) {
        eventsByWorker[worker].removeIf(e -> e instanceof WorkerUnauthorisedAbsence);
      }
    }

    @Override
    public boolean inRange(LocalDate d) {
      long e = d.toEpochDay();
      return e >= minDay && e <= maxDay;
    }

    @Override
    public void outOfRange(RecordKind kind, int i, String worker, LocalDate d) {
      finding(kind, i, worker, DerivationReasonCode.DATE_OUTSIDE_CALENDAR, Map.of("date", d, "firstDay",
          LocalDate.ofEpochDay(minDay), "lastDay", LocalDate.ofEpochDay(maxDay)));
    }

    /** The fast pass over records: in the order given; a worker is looked up only when the reference changes. */
    void attendance() {
      List<AttendanceRecord> att = records.attendance();
      int n = att.size();
      String lastRef = null;
      AbsenceScan scan = null;
      int hint = 0;
      boolean anyUnsorted = false;
      for (int i = 0; i < n; i++) {
        AttendanceRecord r = att.get(i);
        String ref = r.worker();
        if (ref != lastRef && (lastRef == null || !ref.equals(lastRef))) {
          int w = worker(ref, hint, RecordKind.ATTENDANCE, i);
          scan = w < 0 ? null : scan(w);
          hint = w + 1;
          lastRef = w < 0 ? null : ref;
          if (w >= 0) {
            hasRecords[w] = true;
          }
        }
        if (scan == null) {
          continue;
        }
        LocalDate date = r.date();
        long day = date.toEpochDay();
        if (day < minDay || day > maxDay) {
          outOfRange(RecordKind.ATTENDANCE, i, ref, date);
          continue;
        }
        AttendanceStatus status = r.status();
        if (status == AttendanceStatus.WORKED && (scan.firstWorked == AbsenceScan.NONE || day < scan.firstWorked)) {
          scan.firstWorked = day;
        }
        if (day > scan.maxSeen) {
          scan.maxSeen = day;
          if (!scan.unsorted && !scan.conflicted) {
            scan.feed(day, status);
          }
        } else if (day < scan.maxSeen) {
          finding(RecordKind.ATTENDANCE, i, ref, DerivationReasonCode.OUT_OF_ORDER, Map.of("date", date));
          scan.unsorted = true;
          anyUnsorted = true;
        } else if (!scan.unsorted) { // a second record of the same day; for unsorted workers, resort() says so
          overlap(scan, RecordKind.ATTENDANCE, i, ref, date);
        }
      }
      if (anyUnsorted) {
        resort();
      }
      for (AbsenceScan s : scans) {
        if (s != null && hasRecords[s.worker] && !s.conflicted && !s.unsorted) {
          s.finish();
        }
      }
    }

    void overlap(AbsenceScan scan, RecordKind kind, int i, String ref, LocalDate date) {
      scan.conflicted = true;
      if (kind == RecordKind.ATTENDANCE && !overlapping.add(i)) {
        return;
      }
      finding(kind, i, ref, DerivationReasonCode.OVERLAPPING_RECORD, Map.of("date", date));
      removeAbsences(scan.worker);
    }

    /** The slow path for workers with out-of-order records: all their records again, sorted by date. */
    void resort() {
      Map<Integer, List<Integer>> byWorker = new HashMap<>();
      List<AttendanceRecord> att = records.attendance();
      for (int i = 0; i < att.size(); i++) {
        int w = index.get(att.get(i).worker());
        if (w >= 0 && scans[w] != null && scans[w].unsorted && inRange(att.get(i).date())) {
          byWorker.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
      }
      for (Map.Entry<Integer, List<Integer>> e : byWorker.entrySet()) {
        int w = e.getKey();
        WorkerRecord r = workers.get(w);
        AbsenceScan fresh = freshScan(w);
        List<Integer> order = e.getValue();
        order.sort(Comparator.comparing((Integer i) -> att.get(i).date()).thenComparing(i -> i));
        removeAbsences(w);
        boolean alreadyConflicted = scans[w].conflicted;
        long previous = AbsenceScan.NONE;
        for (int i : order) {
          long day = att.get(i).date().toEpochDay();
          if (day == previous) {
            overlap(fresh, RecordKind.ATTENDANCE, i, r.reference(), att.get(i).date());
            continue;
          }
          previous = day;
          if (!fresh.conflicted && !alreadyConflicted) {
            fresh.feed(day, att.get(i).status());
          }
        }
        if (!fresh.conflicted && !alreadyConflicted) {
          fresh.finish();
        }
        scans[w].truncated = fresh.truncated;
      }
    }

    /**
     * A scan of worker {@code w} that starts again, for the slow paths; it keeps the first day worked the records'
     * pass found (over all of them, in any order).
     */
    AbsenceScan freshScan(int w) {
      AbsenceScan fresh = newScan(w);
      fresh.firstWorked = scans[w].firstWorked;
      return fresh;
    }

    /** Worker {@code w}'s scan, created on first use. */
    AbsenceScan scan(int w) {
      AbsenceScan s = scans[w];
      if (s == null) {
        s = newScan(w);
        scans[w] = s;
      }
      return s;
    }

    private AbsenceScan newScan(int w) {
      WorkerRecord r = workers.get(w);
      return new AbsenceScan(w, r, byNation[r.nation().ordinal()], parameters.absenceDays(),
          parameters.reporting().absenceWorkingDays(), this);
    }

    /**
     * The rows: in the order given, each worker's rows fed as they come while they follow each other in date order
     * (the usual export: one row per worker, or one per worker and month). A row of an unknown worker, of a worker who
     * also has records, or with days outside the calendar's range is refused; a worker whose rows come out of date
     * order is read again with the rows sorted (a warning), and one whose rows overlap has no absences derived.
     */
    void attendanceRows() {
      List<AttendanceRow> rows = records.attendanceRows();
      int n = rows.size();
      if (n == 0) {
        return;
      }
      boolean[] hasRows = new boolean[workers.size()];
      boolean anyUnsorted = false;
      int hint = 0;
      for (int i = 0; i < n; i++) {
        AttendanceRow row = rows.get(i);
        String ref = row.worker();
        int w = worker(ref, hint, RecordKind.ATTENDANCE_ROW, i);
        if (w < 0) {
          continue;
        }
        hint = w + 1;
        if (hasRecords[w]) {
          finding(RecordKind.ATTENDANCE_ROW, i, ref, DerivationReasonCode.ATTENDANCE_IN_TWO_FORMS,
              Map.of("worker", ref));
          continue;
        }
        long first = row.firstDay().toEpochDay();
        long lastDay = first + row.days() - 1;
        if (first < minDay || lastDay > maxDay) {
          outOfRange(RecordKind.ATTENDANCE_ROW, i, ref, first < minDay ? row.firstDay() : row.lastDay());
          continue;
        }
        hasRows[w] = true;
        AbsenceScan scan = scan(w);
        if (first > scan.maxSeen) {
          scan.maxSeen = lastDay;
          scan.lastRowStart = first;
          if (!scan.unsorted) {
            scan.feedRow(first, row.codes());
          }
        } else {
          if (first < scan.lastRowStart && !scan.unsorted) { // an overlap alone is found by the slow path
            finding(RecordKind.ATTENDANCE_ROW, i, ref, DerivationReasonCode.OUT_OF_ORDER,
                Map.of("date", row.firstDay()));
          }
          scan.unsorted = true;
          scan.lastRowStart = Math.max(scan.lastRowStart, first);
          anyUnsorted = true;
        }
      }
      if (anyUnsorted) {
        resortRows(hasRows);
      }
      for (AbsenceScan s : scans) {
        if (s != null && hasRows[s.worker] && !s.unsorted) {
          s.finish();
        }
      }
    }

    /** The slow path for rows out of date order: the worker's rows again, sorted; overlapping rows are refused. */
    void resortRows(boolean[] hasRows) {
      List<AttendanceRow> rows = records.attendanceRows();
      Map<Integer, List<Integer>> byWorker = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        int w = index.get(rows.get(i).worker());
        if (w >= 0 && hasRows[w] && scans[w].unsorted && !hasRecords[w] && inRange(rows.get(i).firstDay())
            && inRange(rows.get(i).lastDay())) {
          byWorker.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
      }
      for (Map.Entry<Integer, List<Integer>> e : byWorker.entrySet()) {
        int w = e.getKey();
        List<Integer> order = e.getValue();
        order.sort(Comparator.comparing((Integer i) -> rows.get(i).firstDay()).thenComparing(i -> i));
        removeAbsences(w);
        AbsenceScan fresh = freshScan(w);
        fresh.firstWorked = AbsenceScan.NONE; // found again from the first W of the sorted rows
        long end = AbsenceScan.NONE;
        for (int i : order) {
          AttendanceRow row = rows.get(i);
          long first = row.firstDay().toEpochDay();
          if (first <= end) {
            overlap(fresh, RecordKind.ATTENDANCE_ROW, i, row.worker(), row.firstDay());
            continue;
          }
          end = first + row.days() - 1;
          if (!fresh.conflicted) {
            fresh.feedRow(first, row.codes());
          }
        }
        if (!fresh.conflicted) {
          fresh.finish();
        }
        scans[w].firstWorked = fresh.firstWorked;
        scans[w].truncated = fresh.truncated;
      }
    }

    void startDelay(int w) {
      WorkerRecord r = workers.get(w);
      if (r.cosStartDate().isEmpty()) {
        return;
      }
      WorkerStartDelayed probe = WorkerStartDelayed.builder().cos(r.cos()).cosStartDate(r.cosStartDate().get())
          .entryClearanceValidFrom(r.entryClearanceValidFrom()).permissionGrantedOn(r.permissionGrantedOn())
          .grantNotifiedOn(r.grantNotifiedOn()).reference(r.reference()).nation(r.nation()).build();
      LocalDate windowStart = probe.windowStart();
      Optional<Integer> window = parameters.reporting().startWindowDays().find(windowStart).map(v -> v.value());
      if (window.isEmpty()) {
        return; // before the parameters' coverage: no rule to apply
      }
      Optional<LocalDate> started = r.startedOn().isPresent() ? r.startedOn()
          : scans[w] == null || scans[w].firstWorked == AbsenceScan.NONE ? Optional.empty()
          : Optional.of(LocalDate.ofEpochDay(scans[w].firstWorked));
      LocalDate windowEnd = windowStart.plusDays(window.get());
      if (started.isPresent() ? started.get().isAfter(windowEnd) : asOf.isAfter(windowEnd)) {
        event(w, WorkerStartDelayed.builder().from(probe).newStartDate(started).build());
      }
    }

    void endOfEmployment(int w) {
      WorkerRecord r = workers.get(w);
      if (r.employmentEndedOn().isEmpty()) {
        return;
      }
      LocalDate ended = r.employmentEndedOn().get();
      if (r.cosEndDate().isPresent() && !ended.isBefore(r.cosEndDate().get())) {
        return; // sponsorship ran to the CoS end date: not early
      }
      event(w, WorkerSponsorshipEnded.builder().cos(r.cos()).reference(r.reference())
          .nation(r.nation()).occurredOn(ended).reason(r.endReason().orElse(SponsorshipEndReason.OTHER)).build());
    }
  }

  /** Leave and pay: fewer records than attendance, grouped per worker and sorted. */
  private final class LeaveAndPay {
    final Run run;

    LeaveAndPay(Run run) {
      this.run = run;
    }

    void derive() {
      leave();
      pay();
    }

    void leave() {
      Map<Integer, List<Integer>> byWorker = group(run.records.leave().size(), i -> run.records.leave().get(i).worker(),
          RecordKind.LEAVE);
      List<LeaveRecord> all = run.records.leave();
      for (Map.Entry<Integer, List<Integer>> e : byWorker.entrySet()) {
        int w = e.getKey();
        WorkerRecord r = run.workers.get(w);
        List<Integer> order = e.getValue();
        order.sort(Comparator.comparing((Integer i) -> all.get(i).from()).thenComparing(i -> i));
        new LeaveCount(r, w, run.scan(w), parameters.reporting(), run).count(order, all);
      }
    }

    void pay() {
      List<PayRecord> all = run.records.pay();
      Map<Integer, List<Integer>> byWorker = group(all.size(), i -> all.get(i).worker(), RecordKind.PAY);
      for (Map.Entry<Integer, List<Integer>> e : byWorker.entrySet()) {
        int w = e.getKey();
        WorkerRecord r = run.workers.get(w);
        List<Integer> order = e.getValue();
        if (r.cosAnnualSalary().isEmpty()) {
          for (int i : order) {
            run.finding(RecordKind.PAY, i, r.reference(), DerivationReasonCode.NO_COS_SALARY, Map.of());
          }
          continue;
        }
        order.sort(Comparator.comparing((Integer i) -> all.get(i).effectiveFrom()).thenComparing(i -> i));
        new PayChanges(r, w, run.reports, run).measure(order, all);
      }
    }

    private Map<Integer, List<Integer>> group(int n, java.util.function.IntFunction<String> worker, RecordKind kind) {
      Map<Integer, List<Integer>> out = new java.util.TreeMap<>();
      for (int i = 0; i < n; i++) {
        int w = run.worker(worker.apply(i), -1, kind, i);
        if (w >= 0) {
          out.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
      }
      return out;
    }
  }

}
