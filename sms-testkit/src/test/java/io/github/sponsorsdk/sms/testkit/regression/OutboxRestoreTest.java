package io.github.sponsorsdk.sms.testkit.regression;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, defect 6: a user whose first password was only emailed can still sign in after a restore: the outbox
 * is restored with the state.
 */
class OutboxRestoreTest {

  @Test
  void aUserWhosePasswordWasOnlyEmailedSignsInAfterARestore() {
    InMemorySms sms = Fakes.fast();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    String emailed = s.initialPassword();
    SmsSnapshot saved = sms.snapshot();
    sms.reset();

    sms.restore(saved);

    assertThat(sms.outbox().lastPasswordFor(s.level1())).contains(emailed);
    assertThat(sms.logIn(s.level1(), emailed.toCharArray()).isAllowed()).isTrue();
  }
}
