package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.state.SessionRecord;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;

/**
 * Generated sequences of access operations (Instancio, fixed seeds) keep the fake's invariants: a refused call other
 * than a log-in leaves the snapshot identical; deactivated users never hold or open a session; an account is locked
 * whenever it has reached three consecutive failures; each user has at most one session, and tokens are unique.
 */
class AccessSequenceTest {

  static final long[] SEEDS = {20261125L, 7L, 42L};
  static final String GOOD = "ApP1e5!Orchard=2026";

  /** One generated step: what to do, to whom, which variant of the input. */
  static class Step {
    int op;
    int user;
    int variant;
    int minutes;
  }

  @Test
  void generatedSequencesKeepTheInvariants() {
    for (long seed : SEEDS) {
      run(seed);
    }
  }

  private void run(long seed) {
    List<Step> steps = Instancio.ofList(Step.class).size(300)
        .generate(field(Step.class, "op"), g -> g.ints().range(0, 9))
        .generate(field(Step.class, "user"), g -> g.ints().range(0, 2))
        .generate(field(Step.class, "variant"), g -> g.ints().range(0, 3))
        .generate(field(Step.class, "minutes"), g -> g.ints().range(0, 45))
        .withSeed(seed).create();
    InMemorySms sms = InMemorySms.builder().seed(seed).passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS)
        .build();
    List<SmsUserId> users = new ArrayList<>();
    Map<SmsUserId, String> passwords = new HashMap<>();
    Map<SmsUserId, String> emails = new HashMap<>();
    Map<SmsUserId, SessionToken> tokens = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      var s = Scenarios.skilledWorkerSponsor().licenceNumber("QHDGH00" + i + "X").grant(sms);
      users.add(s.level1());
      passwords.put(s.level1(), s.initialPassword());
      emails.put(s.level1(), "floyd.rose@sponsororg.com");
    }
    for (int n = 0; n < steps.size(); n++) {
      Step step = steps.get(n);
      SmsUserId u = users.get(step.user);
      SmsSnapshot before = sms.snapshot();
      String where = "seed " + seed + " step " + n + " op " + step.op;
      switch (step.op) {
        case 0:
        case 1: {
          String pw = step.variant == 0 ? passwords.get(u) : step.variant == 1 ? passwords.get(u) + " " : "Wrong!Pass123";
          SmsResult<LogIn> r = sms.logIn(u, pw.toCharArray());
          r.value().ifPresent(l -> tokens.put(u, l.session()));
          if (r.isAllowed()) {
            assertThat(sms.user(u).orElseThrow().status()).as(where).isEqualTo(UserStatus.ACTIVE);
          }
          break;
        }
        case 2: {
          SessionToken t = tokens.getOrDefault(u, SessionToken.of("stale-token-" + n));
          check(sms, before, sms.logOut(t), where);
          break;
        }
        case 3: {
          SessionToken t = tokens.getOrDefault(u, SessionToken.of("stale-token-" + n));
          String current = step.variant == 2 ? "Wrong!Pass123" : passwords.get(u);
          String fresh = step.variant == 1 ? "weak" : GOOD + n;
          Decision d = sms.changePassword(t, current.toCharArray(), fresh.toCharArray(), fresh.toCharArray());
          check(sms, before, d, where);
          if (d.isAllowed()) {
            passwords.put(u, fresh);
          }
          break;
        }
        case 4: {
          String email = step.variant == 0 ? "other@example.com" : emails.get(u);
          Decision d = sms.requestPasswordReset(u, email);
          assertThat(d.isAllowed()).as(where).isTrue();
          sms.outbox().lastTemporaryPasswordFor(u).ifPresent(p -> passwords.put(u, p));
          break;
        }
        case 5:
        case 6:
        case 7:
          sms.clock().advance(Duration.ofMinutes(step.minutes));
          break;
        default:
          if (step.variant == 0 && step.minutes < 5 && !sms.user(u).orElseThrow().status().isFinal()) {
            sms.homeOffice().deactivateUser(u);
          }
      }
      invariants(sms, where);
    }
  }

  private static void check(InMemorySms sms, SmsSnapshot before, Decision d, String where) {
    if (d.isRefused()) {
      assertThat(sms.snapshot()).as(where + " refused " + d.codes()).isEqualTo(before);
    }
  }

  private static void invariants(InMemorySms sms, String where) {
    SmsSnapshot s = sms.snapshot();
    for (UserRecord u : s.users()) {
      if (u.user().status().isDeactivated()) {
        assertThat(sms.session(u.user().userId())).as(where).isEmpty();
      }
      if (u.login().consecutiveFailures() >= 3) {
        assertThat(u.login().lockedUntil()).as(where).isPresent();
      }
    }
    List<String> tokens = s.sessions().stream().map(r -> r.token().value()).collect(Collectors.toList());
    assertThat(tokens).as(where).doesNotHaveDuplicates();
    assertThat(s.sessions().stream().map(SessionRecord::userId)).as(where).doesNotHaveDuplicates();
  }
}
