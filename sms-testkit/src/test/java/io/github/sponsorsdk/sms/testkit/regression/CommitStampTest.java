package io.github.sponsorsdk.sms.testkit.regression;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.audit.AuditEntry;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Issue 14, defect 4: audit entries are stamped at commit, so their instants never run backwards. */
class CommitStampTest {

  @Test
  void auditInstantsFollowCommitOrderWhileTheClockMoves() throws Exception {
    InMemorySms sms = Fakes.fast();
    int threads = 4;
    List<Sponsor> sponsors = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      sponsors.add(Scenarios.skilledWorkerSponsor().licenceNumber("QHDGH20" + i + "X").grant(sms));
    }
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    List<Callable<Void>> work = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int thread = i;
      Sponsor s = sponsors.get(i);
      work.add(() -> {
        SessionToken t = s.signIn();
        for (int n = 0; n < 2000; n++) {
          var c = sms.logOut(t);
          t = s.signIn();
          if (c.isRefused()) {
            t = s.signIn(); // the session timed out on an advance: sign in again
          }
        }
        return null;
      });
    }
    work.add(() -> {
      for (int n = 0; n < 20_000; n++) {
        sms.clock().advance(Duration.ofMillis(50));
      }
      done.set(true);
      return null;
    });
    for (Future<Void> f : pool.invokeAll(work)) {
      f.get();
    }
    pool.shutdown();
    List<AuditEntry> audit = sms.auditTrail().entries();
    Instant last = Instant.MIN;
    int backwards = 0;
    for (AuditEntry e : audit) {
      if (e.at().isBefore(last)) {
        backwards++;
      }
      last = e.at().isAfter(last) ? e.at() : last;
    }
    assertThat(done).isTrue();
    assertThat(backwards).as("audit entries stamped earlier than an entry committed before them").isZero();
  }
}
