package io.github.sponsorsdk.sms.testkit.bench;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Retained heap per stored certificate at 100,000 certificates: created and assigned through the port (two calls
 * each), then the live heap measured by a heap histogram ({@code GC.class_histogram}, the diagnostic command
 * {@code jcmd} runs; it collects garbage first and counts only live objects) against the same fake before the
 * certificates, divided by the count. Everything the fake keeps per certificate counts: the stored record, the
 * certificate before and after assignment, the audit entries, the events, the licence's allocation history and the
 * call journal (bounded: {@code CallJournal.DEFAULT_CAPACITY}). Reported as the {@code bytesPerCertificate}
 * counter, beside {@code bytesPerBareCertificate}: the same certificates (as assigned) held in a plain array in a
 * fresh JVM state, with nothing else, measured the same way.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench -DskipTests verify -pl sms-testkit -Djmh.include=HeapPerCertificate} after
 * installing the modules (README, "Benchmarks"); each iteration builds 100,000 certificates in a forked JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class HeapPerCertificateBenchmark {
  static final int COUNT = 100_000;

  /** The counters JMH reports. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Counters {
    /** Live bytes the fake holds per certificate. */
    public long bytesPerCertificate;
    /** Live bytes of the bare certificates, per certificate. */
    public long bytesPerBareCertificate;

    /** Clears the counters. */
    @Setup(Level.Iteration)
    public void clear() {
      bytesPerCertificate = 0;
      bytesPerBareCertificate = 0;
    }
  }

  /** Live heap in bytes, from the class histogram (a full GC first). */
  static long liveBytes() {
    try {
      String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      String[] lines = histogram.strip().split("\n");
      String[] total = lines[lines.length - 1].trim().split("\\s+");
      return Long.parseLong(total[total.length - 1]);
    } catch (Exception e) {
      throw new IllegalStateException("no heap histogram on this JVM", e);
    }
  }

  /** Builds 100,000 certificates through the port and measures the fake's live heap per certificate. */
  @Benchmark
  public Object storeOneHundredThousand(Counters counters) {
    InMemorySms sms = InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    Sponsor s = Scenarios.skilledWorkerSponsor().allocation(Route.SKILLED_WORKER, COUNT).grant(sms);
    SessionToken t = s.signIn();
    long before = liveBytes();
    for (int i = 0; i < COUNT; i++) {
      Certificate c = sms.create(t, Drafts.skilledWorker("P" + i)).orElseThrow();
      sms.assign(t, c.number().orElseThrow()).orElseThrow();
    }
    long withFake = liveBytes();
    counters.bytesPerCertificate = (withFake - before) / COUNT;
    Certificate[] bare = sms.certificates(s.licenceNumber()).toArray(new Certificate[0]);
    sms.reset();
    long emptied = liveBytes();
    int kept = bare.length; // bare stays reachable across the measurement above
    bare = null;
    long without = liveBytes();
    counters.bytesPerBareCertificate = (emptied - without) / kept;
    return sms;
  }
}
