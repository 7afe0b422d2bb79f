package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.port.CertificateSearch;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;

/**
 * Generated sequences of certificate and user operations (Instancio, fixed seeds), and a concurrency stress test:
 * no allocation goes negative or is overspent, a Level 2 user never sees a certificate they do not own, deactivated
 * users never act again, refused calls leave the snapshot identical.
 */
class CertificateInvariantsTest {

  static class Step {
    int op;
    int actor;
    int target;
  }

  @Test
  void generatedSequencesKeepTheInvariants() {
    for (long seed : new long[] {20261125L, 3L, 99L}) {
      run(seed);
    }
  }

  private void run(long seed) {
    List<Step> steps = Instancio.ofList(Step.class).size(250)
        .generate(field(Step.class, "op"), g -> g.ints().range(0, 9))
        .generate(field(Step.class, "actor"), g -> g.ints().range(0, 2))
        .generate(field(Step.class, "target"), g -> g.ints().range(0, 30))
        .withSeed(seed).create();
    InMemorySms sms = InMemorySms.builder().seed(seed).passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    Sponsor s = Scenarios.skilledWorkerSponsor().allocation(Route.SKILLED_WORKER, 6).grant(sms);
    SessionToken l1 = s.signIn();
    List<SmsUserId> users = new ArrayList<>(List.of(s.level1()));
    for (String name : new String[] {"Ann", "Bob"}) {
      users.add(sms.createLevel2User(l1, UserGuidesTest.johnSmith().withForenames(name)
          .withEmail(name.toLowerCase() + "@sponsororg.com")).orElseThrow().userId());
    }
    List<SessionToken> sessions = new ArrayList<>();
    for (SmsUserId u : users) {
      sessions.add(s.signIn(u));
    }
    List<CertificateNumber> numbers = new ArrayList<>();
    for (int n = 0; n < steps.size(); n++) {
      Step step = steps.get(n);
      SmsUserId who = users.get(step.actor);
      SessionToken t = sessions.get(step.actor);
      CertificateNumber target = numbers.isEmpty() ? null : numbers.get(step.target % numbers.size());
      String where = "seed " + seed + " step " + n + " op " + step.op + " by " + who;
      SmsSnapshot before = sms.snapshot();
      SmsResult<?> r;
      switch (step.op) {
        case 0:
        case 1: {
          SmsResult<Certificate> c = sms.create(t, Drafts.skilledWorker("P" + n));
          c.value().ifPresent(x -> numbers.add(x.number().orElseThrow()));
          r = c;
          break;
        }
        case 2:
        case 3:
          r = target == null ? null : sms.assign(t, target);
          break;
        case 4:
          r = target == null ? null : sms.view(t, target);
          break;
        case 5:
          r = target == null ? null : sms.withdraw(t, target);
          break;
        case 6:
          r = target == null ? null : sms.transferOwnership(t, target, users.get(step.target % users.size()));
          break;
        case 7:
          r = target == null ? null : sms.search(t, CertificateSearch.byNumber(target));
          break;
        default:
          // Deactivate Bob (once): he must never act again.
          r = sms.deactivateUser(l1, users.get(2));
      }
      if (r != null && r.isRefused() && !r.decision().codes().contains("testkit.NO_SESSION")) {
        assertThat(sms.snapshot()).as(where + " refused " + r.decision().codes()).isEqualTo(before);
      }
      SmsUser actor = sms.user(who).orElseThrow();
      if (actor.status().isDeactivated() && r != null) {
        assertThat(r.isRefused()).as(where + ": a deactivated user acted").isTrue();
      }
      if (r != null && r.isAllowed() && actor.level() == UserLevel.LEVEL_2 && r.value().orElseThrow()
          instanceof Certificate && step.op != 6) {
        assertThat(((Certificate) r.value().get()).owner()).as(where + ": Level 2 saw another's").isEqualTo(who);
      }
      for (Allocation a : s.licence().allocations()) {
        assertThat(a.remaining()).as(where).isBetween(0, a.granted());
        long assigned = sms.certificates(s.licenceNumber()).stream()
            .filter(c -> c.status().hasBeenAssigned()).count();
        assertThat((long) a.used()).as(where).isEqualTo(assigned);
      }
    }
  }

  @Test
  void concurrentAssignmentsNeverOverspendAnAllocation() throws Exception {
    InMemorySms sms = InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    Sponsor s = Scenarios.skilledWorkerSponsor().allocation(Route.SKILLED_WORKER, 25).grant(sms);
    SessionToken t = s.signIn();
    List<CertificateNumber> drafts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      drafts.add(sms.create(t, Drafts.skilledWorker("C" + i)).orElseThrow().number().orElseThrow());
    }
    AtomicInteger allowed = new AtomicInteger();
    AtomicInteger insufficient = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<Void>> work = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      int worker = w;
      work.add(() -> {
        for (int i = worker; i < drafts.size(); i += 8) {
          SmsResult<Certificate> r = sms.assign(t, drafts.get(i));
          if (r.isAllowed()) {
            allowed.incrementAndGet();
          } else if (r.decision().codes().contains("allocation.INSUFFICIENT_ALLOCATION")) {
            insufficient.incrementAndGet();
          }
        }
        return null;
      });
    }
    for (Future<Void> f : pool.invokeAll(work)) {
      f.get();
    }
    pool.shutdown();
    assertThat(allowed.get()).isEqualTo(25);
    assertThat(insufficient.get()).isEqualTo(175);
    Allocation a = s.licence().allocations().get(0);
    assertThat(a.used()).isEqualTo(25);
    assertThat(sms.certificates(s.licenceNumber()).stream().filter(c -> c.status() == CertificateStatus.ASSIGNED))
        .hasSize(25);
  }
}
