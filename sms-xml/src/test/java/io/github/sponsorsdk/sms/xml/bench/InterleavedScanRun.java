package io.github.sponsorsdk.sms.xml.bench;

import io.github.sponsorsdk.sms.xml.testing.Realistic;
import io.github.sponsorsdk.sms.xml.validate.BdtValidator;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A companion to {@link BdtReadBenchmark} for a shared machine (not a test, not JMH): the raw StAX scan and read +
 * validate of the same 5,000-record file, <em>alternating in one thread</em>, so that whatever else runs on the
 * machine falls on both sides of each ratio alike. JMH runs each benchmark in its own time window, so a neighbour's
 * build that starts during one of them moves the ratio; here it cannot. For each op it takes the thread's CPU time
 * and the bytes it allocated ({@code com.sun.management.ThreadMXBean}), and prints the medians over the measured ops:
 * CPU per op, scan/validate ratio per pair, and allocation per op (which no load changes). JMH stays the measure the
 * issue names; this is its check.
 *
 * <pre>
 * mvn -B -ntp -q -Dmaven.repo.local=/tmp/m2 test-compile exec:exec -pl sms-xml -Dexec.executable=java \
 *     -Dexec.classpathScope=test \
 *     "-Dexec.args=-classpath %classpath io.github.sponsorsdk.sms.xml.bench.InterleavedScanRun 30 60"
 * </pre>
 */
public final class InterleavedScanRun {

  private InterleavedScanRun() {}

  /**
   * Runs the harness.
   *
   * @param args optionally the warm-up pairs (default 30) and the measured pairs (default 60)
   * @throws Exception when the file cannot be scanned
   */
  public static void main(String[] args) throws Exception {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Realistic.write(out, 5000, true);
    byte[] file = out.toByteArray();
    BdtValidator validator = BdtValidator.of(ValidationOptions.on(LocalDate.of(2026, 11, 25)));
    ValidationReport check = validator.validate(new ByteArrayInputStream(file));
    if (check.records() != 5000 || !check.findings().isEmpty()) {
      throw new IllegalStateException("benchmark file is not clean: " + check.findings());
    }
    Clocks mx = new Clocks();
    long thread = Thread.currentThread().getId();
    double[] scanMs = new double[measured];
    double[] validateMs = new double[measured];
    double[] ratio = new double[measured];
    double[] scanBytes = new double[measured];
    double[] validateBytes = new double[measured];
    long sink = 0;
    for (int i = -warmup; i < measured; i++) {
      long[] scan = new long[2];
      long[] validate = new long[2];
      // alternate the order, so neither side always runs first after a pause
      if ((i & 1) == 0) {
        sink += measure(mx, thread, () -> scan(file), scan);
        sink += measure(mx, thread, () -> validator.validate(new ByteArrayInputStream(file)).records(), validate);
      } else {
        sink += measure(mx, thread, () -> validator.validate(new ByteArrayInputStream(file)).records(), validate);
        sink += measure(mx, thread, () -> scan(file), scan);
      }
      if (i >= 0) {
        scanMs[i] = scan[0] / 1e6;
        validateMs[i] = validate[0] / 1e6;
        ratio[i] = (double) scan[0] / validate[0];
        scanBytes[i] = scan[1];
        validateBytes[i] = validate[1];
      }
    }
    System.out.printf("%d measured pairs after %d warm-up pairs (checksum %d)%n", measured, warmup, sink);
    System.out.printf("raw StAX scan:     CPU %.1f ms/op (median; quartiles %.1f to %.1f), %,.0f bytes/op%n",
        median(scanMs), quantile(scanMs, 0.25), quantile(scanMs, 0.75), median(scanBytes));
    System.out.printf("read + validate:   CPU %.1f ms/op (median; quartiles %.1f to %.1f), %,.0f bytes/op%n",
        median(validateMs), quantile(validateMs, 0.25), quantile(validateMs, 0.75), median(validateBytes));
    System.out.printf("read + validate / raw scan (throughput, per pair): median %.1f %%, quartiles %.1f to %.1f %%%n",
        100 * median(ratio), 100 * quantile(ratio, 0.25), 100 * quantile(ratio, 0.75));
  }

  /** What one op does; returns a value so that the work cannot be left out. */
  @FunctionalInterface
  private interface Op {
    long run() throws Exception;
  }

  /** Runs {@code op}, puts its CPU nanoseconds and allocated bytes into {@code into}. */
  private static long measure(Clocks mx, long thread, Op op, long[] into) throws Exception {
    long cpu = mx.getCurrentThreadCpuTime();
    long bytes = mx.getThreadAllocatedBytes(thread);
    long result = op.run();
    into[0] = mx.getCurrentThreadCpuTime() - cpu;
    into[1] = mx.getThreadAllocatedBytes(thread) - bytes;
    return result;
  }

  /**
   * The thread's CPU time and allocated bytes, from {@code com.sun.management.ThreadMXBean}. Reached by reflection:
   * the test tree is compiled into the module {@code io.github.sponsorsdk.sms.xml}, which does not read the
   * management modules (and should not, for a harness); at run time the harness is on the class path.
   */
  private static final class Clocks {
    private final Object bean;
    private final Method cpu;
    private final Method allocated;

    Clocks() throws ReflectiveOperationException {
      bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      Class<?> type = Class.forName("com.sun.management.ThreadMXBean");
      cpu = type.getMethod("getCurrentThreadCpuTime");
      allocated = type.getMethod("getThreadAllocatedBytes", long.class);
    }

    long getCurrentThreadCpuTime() throws ReflectiveOperationException {
      return (Long) cpu.invoke(bean);
    }

    long getThreadAllocatedBytes(long thread) throws ReflectiveOperationException {
      return (Long) allocated.invoke(bean, thread);
    }
  }

  /** The baseline of {@link BdtReadBenchmark#rawStaxScan}, the same method. */
  private static long scan(byte[] file) throws Exception {
    return BdtReadBenchmark.rawScan(file);
  }

  private static double median(double[] values) {
    return quantile(values, 0.5);
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = (int) Math.ceil(at);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  }
}
