package io.github.sponsorsdk.sms.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.testing.TestReasonCode;
import org.junit.jupiter.api.Test;

/** An SMS call's result reads as its decision does: a warning goes through with the value, a refusal has none. */
class SmsResultReadingTest {

  @Test
  void anAllowedResultIsNotRefusedAndKeepsItsWarnings() {
    SmsResult<String> ok = SmsResult.allowed("C2G7H9K3", Decision.of(TestReasonCode.WATCH_OUT.reason()));
    assertThat(ok.isAllowed()).isTrue();
    assertThat(ok.isRefused()).isFalse();
    assertThat(ok.value()).contains("C2G7H9K3");
    assertThat(ok.decision().warnings()).hasSize(1);
  }

  @Test
  void aRefusedResultIsNotAllowedAndHasNoValue() {
    SmsResult<String> no = SmsResult.refused(Decision.of(TestReasonCode.NOT_FOUND.reason()));
    assertThat(no.isAllowed()).isFalse();
    assertThat(no.isRefused()).isTrue();
    assertThat(no.value()).isEmpty();
  }
}
