package io.github.sponsorsdk.sms.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Issue 14, defect 1: under JUnit's parallel execution each test gets its own fake. The inner class is run through
 * the JUnit Platform launcher with parallel execution on; its sixteen tests each grant a licence and wait until
 * several of them are running at once, then check that their fake holds their licence only.
 */
class ParallelExtensionTest {

  @Test
  void concurrentTestsEachGetTheirOwnFake() {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(SixteenConcurrentTests.class))
        .configurationParameters(Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "8",
            "junit.jupiter.execution.parallel.config.fixed.max-pool-size", "8"))
        .build();
    SixteenConcurrentTests.running = new CountDownLatch(4);
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    summary.getFailures().forEach(f -> f.getException().printStackTrace());
    assertThat(summary.getTestsStartedCount()).isEqualTo(16);
    assertThat(summary.getTestsFailedCount()).isZero();
  }

  /** Run only by the launcher above (the tag keeps Surefire from running it on its own). */
  @Execution(ExecutionMode.CONCURRENT)
  @Tag("launched")
  static class SixteenConcurrentTests {
    static volatile CountDownLatch running = new CountDownLatch(0);

    @RegisterExtension
    static SmsExtension sms = SmsExtension.create();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
    void eachTestSeesOnlyItsOwnLicence(int n) throws InterruptedException {
      InMemorySms mine = sms.get();
      String number = String.format("QHDG%04dX", n);
      Scenarios.skilledWorkerSponsor().licenceNumber(number).grant(mine);
      running.countDown();
      running.await(5, TimeUnit.SECONDS);
      Thread.sleep(20);
      assertThat(sms.get()).isSameAs(mine);
      assertThat(sms.get().snapshot().licences()).extracting(l -> l.number().value()).containsExactly(number);
    }
  }
}
