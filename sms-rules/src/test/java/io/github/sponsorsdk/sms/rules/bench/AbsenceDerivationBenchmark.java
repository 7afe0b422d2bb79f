package io.github.sponsorsdk.sms.rules.bench;

import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.calendar.JollydayHolidaySource;
import io.github.sponsorsdk.sms.rules.derivation.AttendanceRecord;
import io.github.sponsorsdk.sms.rules.derivation.AttendanceRow;
import io.github.sponsorsdk.sms.rules.derivation.AttendanceStatus;
import io.github.sponsorsdk.sms.rules.derivation.BankHolidayWork;
import io.github.sponsorsdk.sms.rules.derivation.DerivedEvents;
import io.github.sponsorsdk.sms.rules.derivation.EventDerivation;
import io.github.sponsorsdk.sms.rules.derivation.PayrollRecords;
import io.github.sponsorsdk.sms.rules.derivation.WorkPattern;
import io.github.sponsorsdk.sms.rules.derivation.WorkerRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A payroll system's year: unauthorised absences derived from 10,000 workers' daily attendance over 2025 (3.65
 * million days), a third in each nation, one in ten on a Wednesday-to-Sunday shift pattern, given in the two forms
 * the SDK accepts, which hold the same days:
 * <ul>
 *   <li><b>records</b>: one {@code AttendanceRecord} object per worker per day, in worker then date order;
 *   <li><b>rows</b>: one {@code AttendanceRow} per worker, a code per day (the timesheet grid a payroll export is).
 * </ul>
 * Variants, all in the same run:
 * <ul>
 *   <li>{@code sdk} / {@code rowsSdk}: {@link EventDerivation#events} over records / over rows (absence runs, tenth
 *       days, events; no leave or pay records, so the attendance scan is what is measured);
 *   <li>{@code rawScan} / {@code rowsRawScan}: the floor the issue names: only reading every day's worker, date and
 *       status (for rows: each row's worker and every code, one by one), as any derivation that looks at each day
 *       must;
 *   <li>{@code rowsRawSearch}: a lower floor for rows: only finding the absent days ({@code indexOf('A')}, the
 *       JDK's vectorised search), the least any derivation must do;
 *   <li>{@code naivePerDayLoop} / {@code rowsNaivePerDayLoop}: the baseline the issue names: a straightforward loop
 *       that, for every day, asks jollyday whether it is a bank holiday in the worker's nation (plus the weekday and
 *       pattern checks), and counts the runs;
 *   <li>{@code sdkEngineWithJollyday}: the SDK's engine over records with a {@code WorkingDays} that asks jollyday
 *       day by day: the engine only asks about absent days, so this shows what the algorithm alone saves.
 * </ul>
 * Targets (issue 13): the SDK within 3&times; of the raw scan and at least 50&times; faster than the naive loop.
 * Every derivation must find the same absences (checked in setup: records and rows, SDK and naive loops).
 *
 * <pre>
 * mvn -B -ntp -Pbench -DskipTests verify -pl sms-rules -am -Djmh.include=AbsenceDerivationBenchmark \
 *     -Djmh.args="-f 1 -wi 3 -w 2s -i 5 -r 2s"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AbsenceDerivationBenchmark {

  static final int WORKERS = 10_000;
  static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  PayrollRecords records;
  PayrollRecords rows;
  EventDerivation sdk;
  EventDerivation naive;
  JollydayHolidaySource jollyday;

  @Setup
  public void setUp() {
    PayrollRecords[] forms = year(WORKERS, 20251231L);
    records = forms[0];
    rows = forms[1];
    sdk = EventDerivation.defaults();
    jollyday = JollydayHolidaySource.load();
    EventDerivation n = EventDerivation.defaults();
    for (UkNation nation : UkNation.values()) {
      n = n.withWorkingDays(new DutiesBatchBenchmark.NaiveJollydayWorkingDays(jollyday, nation));
    }
    naive = n;
    DerivedEvents fast = sdk.events(records, AS_OF);
    DerivedEvents slow = naive.events(records, AS_OF);
    if (!fast.equals(slow)) {
      throw new IllegalStateException("The SDK engine with the bitset and with jollyday disagree");
    }
    if (fast.events().size() < WORKERS / 100 || !fast.findings().isEmpty()) {
      throw new IllegalStateException("The data makes too few events or findings: " + fast.events().size()
          + " events, " + fast.findings().size() + " findings");
    }
    List<String> sdkRuns = new ArrayList<>();
    for (var e : fast.events()) {
      var a = (io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence) e;
      sdkRuns.add(a.reference().orElseThrow() + " " + a.occurredOn() + " " + a.consecutiveWorkingDaysAbsent());
    }
    if (!sdkRuns.equals(naivePerDayLoop())) {
      throw new IllegalStateException("The SDK and the naive loop find different absences");
    }
    if (!sdk.events(rows, AS_OF).equals(fast)) {
      throw new IllegalStateException("The SDK finds different events in the rows and in the records");
    }
    if (!sdkRuns.equals(rowsNaivePerDayLoop())) {
      throw new IllegalStateException("The naive loop finds different absences in the rows");
    }
    if (rowsRawSearch() != absentDays(records)) {
      throw new IllegalStateException("The raw search misses absent days");
    }
  }

  static long absentDays(PayrollRecords records) {
    return records.attendance().stream().filter(r -> r.status() == AttendanceStatus.ABSENT_WITHOUT_PERMISSION)
        .count();
  }

  /** The SDK: one pass over the attendance, working days from the calendars' index. */
  @Benchmark
  public DerivedEvents sdk() {
    return sdk.events(records, AS_OF);
  }

  /** The floor: read every record's worker, date and status, nothing else. */
  @Benchmark
  public long rawScan() {
    long sum = 0;
    String last = null;
    for (AttendanceRecord r : records.attendance()) {
      String w = r.worker();
      if (w != last) {
        sum++;
        last = w;
      }
      sum += r.date().toEpochDay() + r.status().ordinal();
    }
    return sum;
  }

  /** The SDK over rows: the same days, a code per day, absent days found by search. */
  @Benchmark
  public DerivedEvents rowsSdk() {
    return sdk.events(rows, AS_OF);
  }

  /** The floor for rows: read every row's worker and every day's code, nothing else. */
  @Benchmark
  public long rowsRawScan() {
    long sum = 0;
    for (AttendanceRow r : rows.attendanceRows()) {
      sum += r.worker().length() + r.firstDay().toEpochDay();
      String codes = r.codes();
      for (int i = 0, n = codes.length(); i < n; i++) {
        sum += codes.charAt(i);
      }
    }
    return sum;
  }

  /** A lower floor for rows: find every absent day (the JDK's vectorised search), nothing else. */
  @Benchmark
  public long rowsRawSearch() {
    long count = 0;
    for (AttendanceRow r : rows.attendanceRows()) {
      String codes = r.codes();
      for (int i = codes.indexOf('A'); i >= 0; i = codes.indexOf('A', i + 1)) {
        count++;
      }
    }
    return count;
  }

  /** The SDK's engine, each absent day's bank holiday looked up in jollyday. */
  @Benchmark
  public DerivedEvents sdkEngineWithJollyday() {
    return naive.events(records, AS_OF);
  }

  /**
   * The baseline: every record's day looked up in jollyday, then the run counted; more than 10 working days is an
   * absence ("worker first day count").
   */
  @Benchmark
  public List<String> naivePerDayLoop() {
    List<String> out = new ArrayList<>();
    List<WorkerRecord> people = records.workers();
    java.util.Map<String, WorkerRecord> byRef = new java.util.HashMap<>();
    for (WorkerRecord w : people) {
      byRef.put(w.reference(), w);
    }
    WorkerRecord worker = null;
    LocalDate start = null;
    int count = 0;
    for (AttendanceRecord r : records.attendance()) {
      if (worker == null || !worker.reference().equals(r.worker())) {
        if (count > 10) {
          out.add(worker.reference() + " " + start + " " + count);
        }
        count = 0;
        worker = byRef.get(r.worker());
      }
      LocalDate day = r.date();
      DayOfWeek dow = day.getDayOfWeek();
      boolean holiday = jollyday.isHoliday(day, worker.nation());
      boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
      boolean scheduled = worker.pattern().isPresent()
          ? worker.pattern().get().days().contains(dow)
              && (weekend || worker.pattern().get().bankHolidays() == BankHolidayWork.WORKED || !holiday)
          : !weekend && !holiday;
      switch (r.status()) {
        case ABSENT_WITHOUT_PERMISSION:
          if (scheduled) {
            if (count == 0) {
              start = day;
            }
            count++;
          }
          break;
        case WORKED:
        case AUTHORISED_ABSENCE:
          if (count > 10) {
            out.add(worker.reference() + " " + start + " " + count);
          }
          count = 0;
          break;
        default:
          break;
      }
    }
    if (count > 10) {
      out.add(worker.reference() + " " + start + " " + count);
    }
    return out;
  }

  /** The baseline over rows: every day's bank holiday looked up in jollyday, then the run counted. */
  @Benchmark
  public List<String> rowsNaivePerDayLoop() {
    List<String> out = new ArrayList<>();
    java.util.Map<String, WorkerRecord> byRef = new java.util.HashMap<>();
    for (WorkerRecord w : rows.workers()) {
      byRef.put(w.reference(), w);
    }
    for (AttendanceRow r : rows.attendanceRows()) {
      WorkerRecord worker = byRef.get(r.worker());
      LocalDate start = null;
      int count = 0;
      LocalDate day = r.firstDay();
      String codes = r.codes();
      for (int i = 0; i < codes.length(); i++, day = day.plusDays(1)) {
        DayOfWeek dow = day.getDayOfWeek();
        boolean holiday = jollyday.isHoliday(day, worker.nation());
        boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        boolean scheduled = worker.pattern().isPresent()
            ? worker.pattern().get().days().contains(dow)
                && (weekend || worker.pattern().get().bankHolidays() == BankHolidayWork.WORKED || !holiday)
            : !weekend && !holiday;
        switch (codes.charAt(i)) {
          case 'A':
            if (scheduled) {
              if (count == 0) {
                start = day;
              }
              count++;
            }
            break;
          case 'W':
          case 'L':
            if (count > 10) {
              out.add(worker.reference() + " " + start + " " + count);
            }
            count = 0;
            break;
          default:
            break;
        }
      }
      if (count > 10) {
        out.add(worker.reference() + " " + start + " " + count);
      }
    }
    return out;
  }

  /**
   * The same year as records (one per worker per day of 2025) and as rows (one per worker); about 1 in 40 workers
   * has a run of 6 to 25 days absent without leave (about 190 of them exceed 10 working days), and 1 % of days are
   * single unauthorised absences.
   */
  static PayrollRecords[] year(int workers, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate[] days = new LocalDate[365];
    for (int i = 0; i < days.length; i++) {
      days[i] = FIRST.plusDays(i);
    }
    WorkPattern shift = WorkPattern.of(EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
        DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), BankHolidayWork.WORKED);
    List<WorkerRecord> people = new ArrayList<>(workers);
    List<AttendanceRecord> attendance = new ArrayList<>(workers * days.length);
    List<AttendanceRow> rows = new ArrayList<>(workers);
    UkNation[] nations = UkNation.values();
    for (int w = 0; w < workers; w++) {
      String ref = "EMP-" + w;
      boolean onShift = w % 10 == 0;
      var builder = WorkerRecord.builder().reference(ref).cos(CosNumber.of(String.format("C%09d", w)))
          .nation(nations[w % 3]);
      if (onShift) {
        builder.pattern(shift);
      }
      people.add(builder.build());
      int runStart = random.nextInt(40) == 0 ? random.nextInt(330) : -1;
      int runLength = 6 + random.nextInt(20);
      StringBuilder codes = new StringBuilder(days.length);
      for (int d = 0; d < days.length; d++) {
        DayOfWeek dow = days[d].getDayOfWeek();
        boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        boolean rest = onShift ? dow == DayOfWeek.MONDAY || dow == DayOfWeek.TUESDAY : weekend;
        AttendanceStatus s;
        if (d >= runStart && runStart >= 0 && d < runStart + runLength * 7 / 5) {
          s = rest ? AttendanceStatus.NOT_SCHEDULED : AttendanceStatus.ABSENT_WITHOUT_PERMISSION;
        } else if (rest) {
          s = AttendanceStatus.NOT_SCHEDULED;
        } else {
          int r = random.nextInt(100);
          s = r < 2 ? AttendanceStatus.AUTHORISED_ABSENCE : r < 3 ? AttendanceStatus.ABSENT_WITHOUT_PERMISSION
              : AttendanceStatus.WORKED;
        }
        attendance.add(AttendanceRecord.of(ref, days[d], s));
        codes.append(s.code());
      }
      rows.add(AttendanceRow.of(ref, FIRST, codes.toString()));
    }
    return new PayrollRecords[] {PayrollRecords.builder().workers(people).attendance(attendance).build(),
        PayrollRecords.builder().workers(people).attendanceRows(rows).build()};
  }
}
