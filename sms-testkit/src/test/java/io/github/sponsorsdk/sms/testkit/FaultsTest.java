package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.port.SmsUnavailableException;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultsTest {

  static InMemorySms fake(long seed) {
    return InMemorySms.builder().seed(seed).passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
  }

  @Test
  void theNextCallFailsBeforeTouchingState() {
    InMemorySms sms = fake(1);
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SmsSnapshot before = sms.snapshot();
    sms.faults().failNextCall();
    assertThatThrownBy(() -> sms.logIn(s.level1(), "Wrong-password-1".toCharArray()))
        .isInstanceOf(SmsUnavailableException.class).hasMessageContaining("LOG_IN");
    // Not even the failed attempt was counted.
    assertThat(sms.snapshot()).isEqualTo(before);
    assertThat(sms.logIn(s.level1(), s.initialPassword().toCharArray()).isAllowed()).isTrue();
    // The call journal has both, the failure included; the audit trail only what changed.
    assertThat(sms.calls()).extracting(c -> c.outcome().name()).containsExactly("FAULT", "ALLOWED");
    assertThat(sms.calls().get(0).codes()).containsExactly("SmsUnavailableException");
  }

  @Test
  void aFaultForOneOperationWaitsForThatOperation() {
    InMemorySms sms = fake(1);
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    sms.faults().failNextCall(Operation.LOG_OUT);
    var in = sms.logIn(s.level1(), s.initialPassword().toCharArray()).orElseThrow();
    assertThatThrownBy(() -> sms.logOut(in.session())).isInstanceOf(SmsUnavailableException.class);
    assertThat(sms.logOut(in.session()).isAllowed()).isTrue();
  }

  @Test
  void aFractionOfCallsFailsTheSameWayForTheSameSeed() {
    List<Boolean> first = failures(fake(99));
    List<Boolean> second = failures(fake(99));
    List<Boolean> other = failures(fake(100));
    assertThat(first).isEqualTo(second).isNotEqualTo(other);
    long failed = first.stream().filter(b -> b).count();
    assertThat(failed).isBetween(40L, 80L); // 200 calls at 0.3: expected 60
  }

  private static List<Boolean> failures(InMemorySms sms) {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    sms.faults().failFraction(0.3);
    List<Boolean> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      try {
        sms.requestPasswordReset(s.level1(), "nobody@example.com");
        out.add(false);
      } catch (SmsUnavailableException e) {
        out.add(true);
      }
    }
    return out;
  }

  @Test
  void aSlowResponseWaitsThenAnswersWithoutMovingTheSmsClock() {
    InMemorySms sms = fake(1);
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    var before = sms.clock().instant();
    sms.faults().delayNextCall(Operation.LOG_IN, Duration.ofMillis(50));
    long start = System.nanoTime();
    assertThat(sms.logIn(s.level1(), s.initialPassword().toCharArray()).isAllowed()).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    assertThat(sms.clock().instant()).isEqualTo(before);
  }

  @Test
  void resetClearsPlannedAndRandomFaults() {
    InMemorySms sms = fake(1);
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    sms.faults().failNextCall().failFraction(1.0);
    sms.faults().reset(1);
    assertThat(sms.logIn(s.level1(), s.initialPassword().toCharArray()).isAllowed()).isTrue();
    assertThatThrownBy(() -> sms.faults().failFraction(1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
