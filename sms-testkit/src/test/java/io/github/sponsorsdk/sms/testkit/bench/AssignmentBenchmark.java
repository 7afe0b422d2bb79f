package io.github.sponsorsdk.sms.testkit.bench;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.rules.allocation.AllocationRules;
import io.github.sponsorsdk.sms.rules.certificate.Actor;
import io.github.sponsorsdk.sms.rules.certificate.AssignmentReadiness;
import io.github.sponsorsdk.sms.rules.certificate.CertificateAction;
import io.github.sponsorsdk.sms.rules.certificate.CertificateLifecycle;
import io.github.sponsorsdk.sms.rules.certificate.CertificateState;
import io.github.sponsorsdk.sms.rules.permission.PermissionEngine;
import io.github.sponsorsdk.sms.rules.permission.PermissionRequest;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Certificates created and assigned per second through the fake's port, with 1 and 4 threads, against the named
 * baseline {@code rulesOnly}: the same decisions (permission, lifecycle, readiness, allocation) asked of sms-rules
 * directly, with no session, store, lock, audit or events. The ratio is the fake's own overhead.
 *
 * <p>Run: {@code mvn -B -ntp -o -Pbench -DskipTests verify -pl sms-testkit -am
 * -Djmh.include='AssignmentBenchmark|HeapPerCertificate' -Djmh.args="-f 1 -wi 6 -w 1s -i 5 -r 1s"} (under
 * {@code -am} the profile also starts sms-rules' and sms-xml's JMH runs with the same include; the figures in
 * decision record 0610 came from running {@code org.openjdk.jmh.Main} directly on the test class path, from
 * {@code dependency:build-classpath}). The fake is rebuilt for every iteration (its store grows with every
 * certificate).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AssignmentBenchmark {

  @State(Scope.Benchmark)
  public static class Fake {
    InMemorySms sms;
    SessionToken session;
    final AtomicLong next = new AtomicLong();

    @Setup(Level.Iteration)
    public void setUp() {
      sms = InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
      Sponsor s = Scenarios.skilledWorkerSponsor().allocation(Route.SKILLED_WORKER, 50_000_000).grant(sms);
      session = s.signIn();
    }
  }

  @State(Scope.Thread)
  public static class Rules {
    final PermissionEngine permissions = PermissionEngine.defaults();
    final CertificateLifecycle lifecycle = CertificateLifecycle.defaults();
    final AllocationRules allocations = AllocationRules.defaults();
    final LocalDate today = LocalDate.of(2026, 1, 5);
    Licence licence;
    SmsUser user;
    Certificate certificate;
    Allocation allocation;

    @Setup(Level.Trial)
    public void setUp() {
      InMemorySms sms = InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
      Sponsor s = Scenarios.skilledWorkerSponsor().allocation(Route.SKILLED_WORKER, 50_000_000).grant(sms);
      licence = s.licence();
      user = sms.user(s.level1()).orElseThrow();
      SessionToken t = s.signIn();
      certificate = sms.create(t, Drafts.skilledWorker("B1")).orElseThrow();
      allocation = licence.allocations().get(0);
    }
  }

  private static Object fakeOnce(Fake f) {
    CertificateDraft draft = Drafts.skilledWorker("P" + f.next.incrementAndGet());
    Certificate c = f.sms.create(f.session, draft).orElseThrow();
    return f.sms.assign(f.session, c.number().orElseThrow());
  }

  @Benchmark
  @Threads(1)
  public Object fake1Thread(Fake f) {
    return fakeOnce(f);
  }

  @Benchmark
  @Threads(2)
  public Object fake2Threads(Fake f) {
    return fakeOnce(f);
  }

  @Benchmark
  @Threads(4)
  public Object fake4Threads(Fake f) {
    return fakeOnce(f);
  }

  /** The baseline: the rule engines' decisions for one create and one assign, nothing stored. */
  @Benchmark
  @Threads(1)
  public Object rulesOnly(Rules r) {
    PermissionRequest request = PermissionRequest.of(r.user, r.licence, r.today);
    Object created = r.permissions.decide(request, SmsAction.CREATE_COS);
    Object permitted = r.permissions.decide(PermissionRequest.of(r.user, r.licence, r.certificate, r.today),
        SmsAction.ASSIGN_COS);
    Object step = r.lifecycle.apply(CertificateState.created(r.certificate.kind()), CertificateAction.ASSIGN,
        Actor.of(r.user, r.certificate));
    Object ready = AssignmentReadiness.defaults().decide(r.certificate);
    Object drawn = r.allocations.assign(r.allocation, r.today);
    return new Object[] {created, permitted, step, ready, drawn, CertificateStatus.ASSIGNED};
  }
}
