package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.testkit.audit.AuditEntry;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many threads against one fake: every change is atomic and the audit trail stays gap-free and ordered. */
class ConcurrencyStressTest {

  @Test
  void concurrentLogInsLeaveOneSessionPerUserAndAnOrderedAuditTrail() throws Exception {
    InMemorySms sms = InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    List<Sponsor> sponsors = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      sponsors.add(Scenarios.skilledWorkerSponsor().licenceNumber("QHDGH00" + i + "X").grant(sms));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicInteger allowed = new AtomicInteger();
    List<Callable<Void>> work = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Sponsor s = sponsors.get(t % 4);
      int thread = t;
      work.add(() -> {
        for (int i = 0; i < 50; i++) {
          String pw = (i + thread) % 5 == 0 ? "Wrong!Pass123" : s.initialPassword();
          SmsResult<LogIn> r = sms.logIn(s.level1(), pw.toCharArray());
          if (r.isAllowed()) {
            allowed.incrementAndGet();
            sms.logOut(r.orElseThrow().session());
          }
        }
        return null;
      });
    }
    for (Future<Void> f : pool.invokeAll(work)) {
      f.get();
    }
    pool.shutdown();
    var snapshot = sms.snapshot();
    assertThat(snapshot.sessions().stream().map(r -> r.userId())).doesNotHaveDuplicates();
    List<Long> sequence = snapshot.audit().stream().map(AuditEntry::sequence).collect(java.util.stream.Collectors.toList());
    for (int i = 0; i < sequence.size(); i++) {
      assertThat(sequence.get(i)).isEqualTo(i + 1L);
    }
    long logIns = snapshot.audit().stream().filter(e -> e.action() == AuditAction.LOG_IN).count();
    assertThat(logIns).isEqualTo(allowed.get());
    assertThat(allowed.get()).isPositive();
  }
}
