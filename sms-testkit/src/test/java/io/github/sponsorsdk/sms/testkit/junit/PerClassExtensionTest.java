package io.github.sponsorsdk.sms.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code perClass()}: one fake shared by the tests of a class, state carried from one test to the next. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassExtensionTest {

  @RegisterExtension
  static SmsExtension sms = SmsExtension.builder().perClass().seed(7).build();

  static InMemorySms first;

  @Test
  @Order(1)
  void theFirstTestGrantsALicence() {
    first = sms.get();
    Scenarios.skilledWorkerSponsor().grant(sms.get());
    assertThat(sms.get().snapshot().licences()).hasSize(1);
  }

  @Test
  @Order(2)
  void theSecondTestSeesIt() {
    assertThat(sms.get()).isSameAs(first);
    assertThat(sms.get().snapshot().licences()).hasSize(1);
    assertThat(sms.get().seed()).isEqualTo(7);
  }
}
