package io.github.sponsorsdk.sms.rules.bench;

import io.github.sponsorsdk.sms.core.event.EmploymentChangeKind;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.SponsorshipEndReason;
import io.github.sponsorsdk.sms.core.event.UnpaidLeaveException;
import io.github.sponsorsdk.sms.core.event.WorkerEmploymentChanged;
import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.event.WorkerSponsorshipEnded;
import io.github.sponsorsdk.sms.core.event.WorkerStartDelayed;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.event.WorkerUnpaidLeave;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.calendar.JollydayHolidaySource;
import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.rules.reporting.DutyBatch;
import io.github.sponsorsdk.sms.rules.reporting.ReportingDuties;
import io.github.sponsorsdk.sms.rules.reporting.SponsorContext;
import io.github.sponsorsdk.sms.rules.reporting.WorkingDays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A payroll system's nightly run: the duties of 10,000 workers' events (absences, leavers, pay changes, employment
 * changes, unpaid leave, start delays; dates over 2025-2027, so Christmas, Easter and the nations' bank holidays
 * are crossed) in one call. The SDK's engine with the month-bitset calendar, against the same engine and batch with
 * the naive baseline: a day-by-day loop asking jollyday's {@code isHoliday} (plus a weekend check) for every day,
 * in the same run. One operation is one whole batch. The two must return equal duties (checked in setup).
 * The {@code *Materialised} pair also builds every {@link Duty} value from the columnar {@link DutyBatch}, which is
 * what a caller iterating the list pays on top. {@code readEventsOnly} is no engine at all: it only touches each
 * event's class and date, the memory floor under any engine fed the caller's objects (decision 0440).
 *
 * <p>The naive baseline implements only the {@code LocalDate} methods of {@link WorkingDays}; the engine reaches it
 * through the interface's epoch-day defaults, which convert and call its day-by-day loop (a few ns on top of its
 * microseconds).
 *
 * <pre>
 * mvn -B -ntp -o -Pbench -DskipTests verify -pl sms-rules -am -Djmh.include=DutiesBatchBenchmark \
 *     -Djmh.args="-f 1 -wi 2 -w 1s -i 3 -r 1s"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DutiesBatchBenchmark {

  static final int WORKERS = 10_000;
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  @Param({"ENGLAND_AND_WALES", "SCOTLAND"})
  public UkNation nation;

  List<ReportableEvent> events;
  SponsorContext sponsor;
  ReportingDuties engine;
  ReportingDuties naiveEngine;
  ReportingDuties floorEngine;

  @Setup
  public void setUp() {
    events = batch(WORKERS, 20261125L);
    sponsor = SponsorContext.of(nation);
    engine = ReportingDuties.defaults().withCalendar(UkWorkingDayCalendars.of(nation));
    naiveEngine = ReportingDuties.defaults().withWorkingDays(
        new NaiveJollydayWorkingDays(JollydayHolidaySource.load(), nation));
    floorEngine = ReportingDuties.defaults().withWorkingDays(new EveryDayWorkingDays(nation));
    List<Duty> fast = engine.duties(events, sponsor, AS_OF);
    List<Duty> slow = naiveEngine.duties(events, sponsor, AS_OF);
    if (!fast.equals(slow) || fast.size() < WORKERS) {
      throw new IllegalStateException("The bitset and naive runs disagree");
    }
  }

  /** The SDK: the engine over the month-bitset calendar, results in columns (statuses, dates, reasons). */
  @Benchmark
  public DutyBatch bitsetCalendar() {
    return engine.duties(events, sponsor, AS_OF);
  }

  /** The baseline: the same engine and batch, with working days found one day at a time through jollyday. */
  @Benchmark
  public DutyBatch naiveJollyday() {
    return naiveEngine.duties(events, sponsor, AS_OF);
  }

  /**
   * Not a calendar: every day a working day, O(1) arithmetic. Measures the engine's own cost per batch (reading the
   * events, deciding, writing the columns), the floor under any calendar; its due dates are wrong by design.
   */
  @Benchmark
  public DutyBatch engineFloorNoCalendar() {
    return floorEngine.duties(events, sponsor, AS_OF);
  }

  /**
   * Not an engine: only reads each event's class and date (as the engine must) and sums the epoch days. The memory
   * floor under any engine that takes the caller's event objects: 10,000 object graphs spread over the heap.
   */
  @Benchmark
  public long readEventsOnly() {
    long sum = 0;
    for (ReportableEvent e : events) {
      sum += e.getClass().hashCode() + e.occurredOn().toEpochDay();
    }
    return sum;
  }

  /** The SDK, and then every {@link Duty} value built from the batch (what a caller iterating the list pays). */
  @Benchmark
  public void bitsetCalendarMaterialised(Blackhole bh) {
    for (Duty d : engine.duties(events, sponsor, AS_OF)) {
      bh.consume(d);
    }
  }

  /** The baseline, and then every {@link Duty} value built from the batch. */
  @Benchmark
  public void naiveJollydayMaterialised(Blackhole bh) {
    for (Duty d : naiveEngine.duties(events, sponsor, AS_OF)) {
      bh.consume(d);
    }
  }

  /** A deterministic batch, one event per worker. */
  static List<ReportableEvent> batch(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ReportableEvent> out = new ArrayList<>(size);
    LocalDate first = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < size; i++) {
      CosNumber cos = CosNumber.of(String.format("C%09d", i));
      LocalDate date = first.plusDays(random.nextInt(3 * 365));
      String ref = "EMP-" + i;
      switch (random.nextInt(6)) {
        case 0:
          out.add(WorkerUnauthorisedAbsence.builder().cos(cos).occurredOn(date).reference(ref)
              .consecutiveWorkingDaysAbsent(1 + random.nextInt(20)).build());
          break;
        case 1:
          out.add(WorkerSponsorshipEnded.builder().cos(cos).occurredOn(date).reference(ref)
              .reason(SponsorshipEndReason.values()[random.nextInt(SponsorshipEndReason.values().length)]).build());
          break;
        case 2:
          out.add(WorkerPayChanged.builder().cos(cos).occurredOn(date).reference(ref)
              .previousAnnualSalary(Money.ofPounds(40_000))
              .newAnnualSalary(Money.ofPounds(random.nextBoolean() ? 38_000 : 42_000)).build());
          break;
        case 3:
          out.add(WorkerEmploymentChanged.builder().cos(cos).occurredOn(date).reference(ref)
              .change(EmploymentChangeKind.values()[random.nextInt(EmploymentChangeKind.values().length)]).build());
          break;
        case 4:
          out.add(WorkerUnpaidLeave.builder().cos(cos).occurredOn(date).reference(ref)
              .daysWithoutPayInCalendarYear(20 + random.nextInt(20))
              .exception(random.nextBoolean() ? Optional.of(UnpaidLeaveException.SICK_LEAVE) : Optional.empty())
              .build());
          break;
        default:
          out.add(WorkerStartDelayed.builder().cos(cos).cosStartDate(date).reference(ref)
              .newStartDate(date.plusDays(random.nextInt(60))).build());
          break;
      }
    }
    return out;
  }

  /** Working days by walking the calendar one day at a time and asking jollyday about each weekday. */
  static final class NaiveJollydayWorkingDays implements WorkingDays {
    private final JollydayHolidaySource jollyday;
    private final UkNation nation;

    NaiveJollydayWorkingDays(JollydayHolidaySource jollyday, UkNation nation) {
      this.jollyday = jollyday;
      this.nation = nation;
    }

    @Override
    public UkNation nation() {
      return nation;
    }

    @Override
    public boolean isWorkingDay(LocalDate d) {
      DayOfWeek dow = d.getDayOfWeek();
      return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !jollyday.isHoliday(d, nation);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
      LocalDate d = date;
      for (int left = n; left > 0; ) {
        d = d.plusDays(1);
        if (isWorkingDay(d)) {
          left--;
        }
      }
      return d;
    }

    @Override
    public LocalDate nextOrSame(LocalDate date) {
      LocalDate d = date;
      while (!isWorkingDay(d)) {
        d = d.plusDays(1);
      }
      return d;
    }

    @Override
    public LocalDate previous(LocalDate date) {
      return previousOrSame(date.minusDays(1));
    }

    @Override
    public LocalDate previousOrSame(LocalDate date) {
      LocalDate d = date;
      while (!isWorkingDay(d)) {
        d = d.minusDays(1);
      }
      return d;
    }
  }

  /** Every day is a working day: the cheapest possible {@link WorkingDays}, for the engine-cost floor. */
  static final class EveryDayWorkingDays implements WorkingDays {
    private final UkNation nation;

    EveryDayWorkingDays(UkNation nation) {
      this.nation = nation;
    }

    @Override
    public UkNation nation() {
      return nation;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return true;
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
      return date.plusDays(n);
    }

    @Override
    public LocalDate nextOrSame(LocalDate date) {
      return date;
    }

    @Override
    public LocalDate previous(LocalDate date) {
      return date.minusDays(1);
    }

    @Override
    public LocalDate previousOrSame(LocalDate date) {
      return date;
    }

    @Override
    public long plusWorkingDays(long epochDay, int n) {
      return epochDay + n;
    }

    @Override
    public long nextOrSame(long epochDay) {
      return epochDay;
    }

    @Override
    public long previous(long epochDay) {
      return epochDay - 1;
    }

    @Override
    public long previousOrSame(long epochDay) {
      return epochDay;
    }
  }
}
