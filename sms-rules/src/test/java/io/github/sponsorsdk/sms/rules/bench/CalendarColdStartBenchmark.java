package io.github.sponsorsdk.sms.rules.bench;

import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.calendar.JollydayHolidaySource;
import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;
import io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The first call of {@link UkWorkingDayCalendars#of} in a fresh JVM (decision 0450; target: under 50 ms), against
 * the same first call as sms-rules made it before, in the same run: read jollyday's {@code Holidays_gb.xml} through
 * JAXB, then compile the three calendars ({@code jollydayAtRunTime}, jollyday being on the test class path).
 *
 * <p>Each fork is a fresh JVM and measures exactly one call ({@link Mode#SingleShotTime}, no warm-up), so the figure
 * is class loading, interpretation and the work itself, as an application pays it once. {@code ofThenSource} adds
 * the first {@link WorkingDayCalendar#source()}, which builds the calendar's citation and so starts Bean Validation
 * (the cost {@code of} defers to that call). {@code floor} is the first use of one small class, for scale.
 *
 * <p>The module-wide JMH options ({@code -wi 3 -i 5}) would make most invocations warm, so this benchmark refuses
 * them (it fails in {@link #refuseWarmRuns}); run it on its own:
 * <pre>
 * mvn -B -ntp -Pbench -DskipTests verify -pl sms-rules -am -Djmh.include=CalendarColdStartBenchmark \
 *     -Djmh.args="-f 20 -wi 0 -i 1"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(20)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
public class CalendarColdStartBenchmark {

  /** Only a single, unwarmed call per JVM is a cold start. */
  @Setup
  public void refuseWarmRuns(BenchmarkParams params) {
    if (params.getWarmup().getCount() != 0 || params.getMeasurement().getCount() != 1
        || params.getMeasurement().getBatchSize() != 1 || params.getWarmup().getBatchSize() > 1) {
      throw new IllegalStateException("CalendarColdStartBenchmark measures one call in a fresh JVM; run it alone with"
          + " -Djmh.args=\"-f 20 -wi 0 -i 1\" (got " + params.getWarmup().getCount() + " warm-up and "
          + params.getMeasurement().getCount() + " measurement iterations)");
    }
  }

  /** The SDK: the first {@code of} loads the jar's bank-holiday table and compiles the three calendars. */
  @Benchmark
  public WorkingDayCalendar of() {
    return UkWorkingDayCalendars.of(UkNation.SCOTLAND);
  }

  /** The SDK's first {@code of}, then the first {@code source()} (citation built, Bean Validation started). */
  @Benchmark
  public Object ofThenSource() {
    return UkWorkingDayCalendars.of(UkNation.SCOTLAND).source();
  }

  /**
   * The floor: the first use of one small class of ours (sms-core's {@code UkNation}) in the same fresh JVM. What a
   * loaded machine adds to any first call shows here too.
   */
  @Benchmark
  public Object floor() {
    return UkNation.values();
  }

  /** The baseline: the first call as sms-rules made it before decision 0450 (jollyday and JAXB at run time). */
  @Benchmark
  public Map<UkNation, WorkingDayCalendar> jollydayAtRunTime() {
    JollydayHolidaySource source = JollydayHolidaySource.load();
    Map<UkNation, WorkingDayCalendar> map = new EnumMap<>(UkNation.class);
    for (UkNation nation : UkNation.values()) {
      map.put(nation, source.buildCalendar(nation, UkWorkingDayCalendars.FIRST_YEAR, UkWorkingDayCalendars.LAST_YEAR));
    }
    return map;
  }
}
