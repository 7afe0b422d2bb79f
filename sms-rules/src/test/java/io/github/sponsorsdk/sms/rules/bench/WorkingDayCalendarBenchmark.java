package io.github.sponsorsdk.sms.rules.bench;

import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.calendar.JollydayHolidaySource;
import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;
import io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * "N working days after a date", N = 1..20 from several start dates (a Friday before a bank holiday, Christmas Eve,
 * the Thursday before Easter, a Saturday, an ordinary Wednesday): the bitset calendar against the naive baseline,
 * a day-by-day loop asking jollyday's {@code isHoliday} (plus a weekend check), in the same run. One operation is
 * one {@code plusWorkingDays} call; each invocation does all 100 (start, N) pairs.
 *
 * <pre>
 * mvn -B -ntp -o -Pbench -DskipTests verify -pl sms-rules -am -Djmh.include=WorkingDayCalendarBenchmark \
 *     -Djmh.args="-f 1 -wi 2 -w 1s -i 3 -r 1s"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDayCalendarBenchmark {

  static final int MAX_N = 20;
  static final LocalDate[] STARTS = {
      LocalDate.of(2026, 8, 28), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 8, 29),
      LocalDate.of(2027, 6, 9)};
  static final int OPS = 100; // STARTS.length * MAX_N

  @Param({"ENGLAND_AND_WALES", "SCOTLAND", "NORTHERN_IRELAND"})
  public UkNation nation;

  WorkingDayCalendar calendar;
  JollydayHolidaySource jollyday;

  @Setup
  public void setUp() {
    calendar = UkWorkingDayCalendars.of(nation);
    jollyday = JollydayHolidaySource.load();
    if (STARTS.length * MAX_N != OPS) {
      throw new IllegalStateException("OPS must be " + STARTS.length * MAX_N);
    }
    for (LocalDate start : STARTS) { // both must compute the same thing
      for (int n = 1; n <= MAX_N; n++) {
        if (!calendar.plusWorkingDays(start, n).equals(naivePlusWorkingDays(start, n))) {
          throw new IllegalStateException("Disagree on " + start + " + " + n);
        }
      }
    }
  }

  /** The bitset calendar. */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public void bitset(Blackhole bh) {
    for (LocalDate start : STARTS) {
      for (int n = 1; n <= MAX_N; n++) {
        bh.consume(calendar.plusWorkingDays(start, n));
      }
    }
  }

  /** The baseline: one day at a time, asking jollyday whether each weekday is a bank holiday. */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public void naiveJollyday(Blackhole bh) {
    for (LocalDate start : STARTS) {
      for (int n = 1; n <= MAX_N; n++) {
        bh.consume(naivePlusWorkingDays(start, n));
      }
    }
  }

  LocalDate naivePlusWorkingDays(LocalDate start, int n) {
    LocalDate d = start;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      DayOfWeek dow = d.getDayOfWeek();
      if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !jollyday.isHoliday(d, nation)) {
        left--;
      }
    }
    return d;
  }
}
