package io.github.sponsorsdk.sms.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.login.LoginEngine;
import io.github.sponsorsdk.sms.rules.login.LoginParameters;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The after-each checks and the programmatic {@code configure}: the inner classes run through the JUnit Platform
 * launcher, and their outcomes are checked here (a check that finds something fails a test that passed).
 */
class AfterEachCheckTest {

  private static TestExecutionSummary run(Class<?> tests) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(tests))
        .configurationParameters(Map.of("junit.jupiter.conditions.deactivate", "none")).build(), listener);
    return listener.getSummary();
  }

  private static List<String> failures(TestExecutionSummary summary) {
    return summary.getFailures().stream().map(f -> f.getTestIdentifier().getDisplayName() + ": "
        + f.getException().getMessage()).sorted().collect(Collectors.toList());
  }

  @Test
  void checksFailTheTestsThatLeftSomethingBehindAndOnlyThose() {
    TestExecutionSummary summary = run(Checked.class);
    assertThat(summary.getTestsStartedCount()).isEqualTo(5);
    List<String> failed = failures(summary);
    assertThat(failed).hasSize(3);
    assertThat(failed.get(0)).startsWith("aCallThatThrows()").contains("1 call(s) failed").contains("LOG_OUT");
    assertThat(failed.get(1)).startsWith("aListenerThatThrows(").contains("listener").contains("boom");
    assertThat(failed.get(2)).startsWith("anOverdueDuty(").contains("duty W").contains("is overdue");
  }

  @Test
  void withoutChecksTheSameTestsPass() {
    TestExecutionSummary summary = run(Unchecked.class);
    assertThat(summary.getTestsStartedCount()).isEqualTo(1);
    assertThat(summary.getTestsFailedCount()).isZero();
  }

  /** Run by the launcher above only (the tag keeps Surefire from running it on its own). */
  @Tag("launched")
  static class Checked {
    @RegisterExtension
    static SmsExtension sms = SmsExtension.builder().startingOn(LocalDate.of(2026, 3, 2))
        .configure(b -> b.login(LoginEngine.of(LoginParameters.twentyMinuteLockout())))
        .failOn(AfterEachCheck.FAILED_CALLS, AfterEachCheck.LISTENER_FAILURES, AfterEachCheck.OVERDUE_DUTIES)
        .build();

    @Test
    void aCallThatThrows() {
      try {
        sms.get().logOut(null);
      } catch (NullPointerException expected) {
        // the test expects it, the check does not
      }
    }

    @Test
    void refusalsAndInjectedFaultsAreAnswersNotFailures(Sponsor s) {
      sms.get().logIn(s.level1(), "Wrong!Pass1234".toCharArray());
      sms.get().faults().failNextCall(Operation.LOG_IN);
      try {
        sms.get().logIn(s.level1(), "Wrong!Pass1234".toCharArray());
      } catch (RuntimeException expected) {
        // an injected outage
      }
    }

    @Test
    void aListenerThatThrows(InMemorySms fake, Sponsor s) {
      fake.addListener(e -> {
        throw new IllegalStateException("boom");
      });
      fake.homeOffice().suspend(s.licenceNumber());
    }

    @Test
    void anOverdueDuty(InMemorySms fake, Sponsor s) {
      fake.recordOccurrence(s.licenceNumber(), WorkerUnauthorisedAbsence.builder().cos(CosNumber.of("C1234567890"))
          .reference("EMP-1").occurredOn(LocalDate.of(2026, 3, 2)).consecutiveWorkingDaysAbsent(11).build(),
          UkNation.ENGLAND_AND_WALES);
      fake.clock().advance(Duration.ofDays(40));
    }

    @Test
    void theConfiguredLockoutIsTwentyMinutes(InMemorySms fake, Sponsor s) {
      for (int i = 0; i < 3; i++) {
        fake.logIn(s.level1(), "Wrong!Pass1234".toCharArray());
      }
      assertThat(fake.accountState(s.level1()).orElseThrow().lockedUntil())
          .contains(fake.clock().instant().plus(Duration.ofMinutes(20)));
    }
  }

  /** Run by the launcher above only. */
  @Tag("launched")
  static class Unchecked {
    @RegisterExtension
    static SmsExtension sms = SmsExtension.create();

    @Test
    void aCallThatThrows() {
      try {
        sms.get().logOut(null);
      } catch (NullPointerException expected) {
        // no check asked for
      }
    }
  }
}
