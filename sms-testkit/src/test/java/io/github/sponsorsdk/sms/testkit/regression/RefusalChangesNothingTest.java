package io.github.sponsorsdk.sms.testkit.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, defect 5: a call that throws leaves the whole snapshot equal, identifier counter included; restore
 * validates before it touches anything and is atomic; a JSON snapshot whose rows point to licences it does not
 * contain is refused.
 */
class RefusalChangesNothingTest {

  @Test
  void aCallThatThrowsLeavesTheIdentifierCounterAlone() {
    InMemorySms sms = Fakes.fast();
    Sponsor s = Scenarios.studentSponsor().grant(sms);
    SessionToken t = s.signIn();
    // A CAS draft with a salary passes the draft's checks, but a CAS cannot hold a salary (Certificate's rule):
    // the fake draws a CAS number, then building the certificate fails.
    CertificateDraft bad = CertificateDraft.builder().from(Drafts.student("P1"))
        .grossSalary(Money.parseSmsAmount("20000")).build();
    SmsSnapshot before = sms.snapshot();
    assertThatThrownBy(() -> sms.create(t, bad)).isInstanceOf(IllegalArgumentException.class);
    assertThat(sms.snapshot()).isEqualTo(before);
    assertThat(sms.snapshot().idCounter()).isEqualTo(before.idCounter());
  }

  @Test
  void restoreOfNothingIsRefusedAndChangesNothing() {
    InMemorySms sms = Fakes.fast();
    Scenarios.skilledWorkerSponsor().grant(sms);
    SmsSnapshot before = sms.snapshot();
    assertThatThrownBy(() -> sms.restore(null)).isInstanceOf(NullPointerException.class);
    assertThat(sms.snapshot()).isEqualTo(before);
  }

  @Test
  void aJsonSnapshotWithRowsOfAMissingLicenceIsRefusedAndChangesNothing() {
    InMemorySms source = Fakes.fast();
    Scenarios.skilledWorkerSponsor().grant(source);
    // Drop the licence but keep its users: every user row now points to a licence the snapshot does not contain.
    SmsSnapshot dangling = SmsSnapshot.builder().from(source.snapshot()).licences(java.util.List.of()).build();
    String json = jsonOf(dangling);

    InMemorySms target = Fakes.fast();
    Scenarios.studentSponsor().grant(target);
    SmsSnapshot before = target.snapshot();
    String bad = json;
    assertThatThrownBy(() -> target.restoreJson(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QHDGHB91X");
    assertThat(target.snapshot()).isEqualTo(before);
  }

  @Test
  void aSnapshotThatFailsHalfWayLeavesTheFakeAsItWas() {
    InMemorySms source = Fakes.fast();
    Scenarios.skilledWorkerSponsor().grant(source);
    SmsSnapshot good = source.snapshot();
    // Two users with one user ID: the second would overwrite the first half-way through a restore.
    SmsSnapshot twice = SmsSnapshot.builder().from(good).addUsers(good.users().get(0)).build();

    InMemorySms target = Fakes.fast();
    Scenarios.studentSponsor().grant(target);
    SmsSnapshot before = target.snapshot();
    assertThatThrownBy(() -> target.restore(twice)).isInstanceOf(IllegalArgumentException.class);
    assertThat(target.snapshot()).isEqualTo(before);
  }

  private static String jsonOf(SmsSnapshot snapshot) {
    try {
      return io.github.sponsorsdk.sms.testkit.internal.Json.newMapper().writeValueAsString(snapshot);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
