package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.testkit.junit.SmsExtension;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README quick-start for the testkit, kept compiling and passing. */
class ReadmeQuickStartTest {

  @RegisterExtension
  static SmsExtension sms = SmsExtension.create();   // a fresh in-memory SMS per test

  @Test
  void quickStart() {
    InMemorySms fake = sms.get();
    Sponsor sponsor = Scenarios.skilledWorkerSponsor().grant(fake);   // A-rated, one Level 1 user, 10 CoS
    SessionToken session = sponsor.signIn();                          // first log-in, password changed

    Certificate draft = fake.create(session, Drafts.skilledWorker("A01234567")).orElseThrow();
    SmsResult<Certificate> assigned = fake.assign(session, draft.number().orElseThrow());
    assertThat(assigned.decision().codes()).contains("allocation.ASSIGNED_FROM_ALLOCATION");

    fake.clock().advance(Duration.ofDays(92));                        // unused for 3 months: EXPIRED
    assertThat(fake.certificates(sponsor.licenceNumber()).get(0).status().name()).isEqualTo("EXPIRED");
    assertThat(fake.auditTrail().toJson()).contains("CERTIFICATE_EXPIRED");
  }
}
