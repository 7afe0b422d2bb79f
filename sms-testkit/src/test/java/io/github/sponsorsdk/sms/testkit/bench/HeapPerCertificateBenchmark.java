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
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Retained heap per stored certificate: 10,000 certificates created and assigned through the port, heap measured
 * after a full GC before and after, divided by the count. Reported as the {@code bytesPerCertificate} counter, beside
 * the baseline {@code bytesPerBareCertificate}: the same 10,000 {@code Certificate} values held in a plain array,
 * with nothing else. Everything the fake keeps per certificate counts: the record, the audit entries (before and
 * after as JSON trees) and the licence's allocation updates.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class HeapPerCertificateBenchmark {
  static final int COUNT = 10_000;

  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Counters {
    public long bytesPerCertificate;
    public long bytesPerBareCertificate;

    @Setup(Level.Iteration)
    public void clear() {
      bytesPerCertificate = 0;
      bytesPerBareCertificate = 0;
    }
  }

  static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Benchmark
  public Object storeTenThousand(Counters counters) {
    long before = usedAfterGc();
    InMemorySms sms = InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    Sponsor s = Scenarios.skilledWorkerSponsor().allocation(Route.SKILLED_WORKER, COUNT).grant(sms);
    SessionToken t = s.signIn();
    Certificate[] bare = new Certificate[COUNT];
    for (int i = 0; i < COUNT; i++) {
      Certificate c = sms.create(t, Drafts.skilledWorker("P" + i)).orElseThrow();
      bare[i] = sms.assign(t, c.number().orElseThrow()).orElseThrow();
    }
    long withFake = usedAfterGc();
    InMemorySms keep = sms;
    sms = null;
    keep.reset();
    long bareOnly = usedAfterGc();
    counters.bytesPerCertificate = Math.max(0, withFake - before) / COUNT;
    counters.bytesPerBareCertificate = Math.max(0, bareOnly - before) / COUNT;
    return new Object[] {keep, bare};
  }
}
