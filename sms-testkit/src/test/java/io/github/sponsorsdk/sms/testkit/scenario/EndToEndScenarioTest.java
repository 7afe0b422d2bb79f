package io.github.sponsorsdk.sms.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EndToEndScenarioTest {

  @Test
  void theStoryRunsAndTheFakeRecordsIt() {
    EndToEndScenario scenario = EndToEndScenario.fresh();
    List<String> lines = scenario.run();
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("insufficient remaining CoS in your allocation"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("message.MUST_READ_MESSAGES_FIRST"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("views the Level 1 user")
        .contains("refused [testkit.NOT_FOUND"));
    assertThat(scenario.sms().events()).extracting(e -> e.kind())
        .contains(SmsEventKind.DUTY_DUE, SmsEventKind.DUTY_OVERDUE, SmsEventKind.CERTIFICATE_EXPIRED);
    assertThat(scenario.sms().certificates(scenario.sms().snapshot().licences().get(0).number()))
        .extracting(c -> c.status())
        .containsExactly(CertificateStatus.USED, CertificateStatus.EXPIRED, CertificateStatus.EXPIRED,
            CertificateStatus.CREATED);
  }

  @Test
  void everyKindOfStateSurvivesASnapshotAsJson() {
    EndToEndScenario scenario = EndToEndScenario.fresh();
    scenario.run();
    io.github.sponsorsdk.sms.testkit.InMemorySms sms = scenario.sms();
    Scenarios.studentSponsorWithBdtBatch(sms, 2);
    var snapshot = sms.snapshot();
    // Every table holds something, so the round trip covers every value type of the state.
    assertThat(snapshot.licences()).isNotEmpty();
    assertThat(snapshot.users()).isNotEmpty();
    assertThat(snapshot.sessions()).isNotEmpty();
    assertThat(snapshot.certificates()).isNotEmpty();
    assertThat(snapshot.messages()).isNotEmpty();
    assertThat(snapshot.casework()).isNotEmpty();
    assertThat(snapshot.occurrences()).isNotEmpty();
    assertThat(snapshot.reports()).isNotEmpty();
    assertThat(snapshot.uploads()).isNotEmpty();
    assertThat(snapshot.audit()).isNotEmpty();
    assertThat(snapshot.events()).isNotEmpty();
    String json = sms.snapshotJson();
    io.github.sponsorsdk.sms.testkit.InMemorySms other = io.github.sponsorsdk.sms.testkit.InMemorySms.builder()
        .passwordIterations(1_000).build();
    other.restoreJson(json);
    // Equal but for the emails' passwords, which JSON never holds.
    assertThat(other.snapshot()).isEqualTo(snapshot.withoutPasswords());
    assertThat(snapshot.emails()).isNotEmpty();
    assertThat(other.snapshotJson()).isEqualTo(json);
    // No password in it: the scenario password and the generated ones are all absent.
    assertThat(json).doesNotContain(Sponsor.PASSWORD);
    sms.outbox().all().forEach(e -> e.password().ifPresent(p -> assertThat(json).doesNotContain(p)));
  }

  @Test
  void aSnapshotRoundTripsWithJackson3AndEachMajorReadsTheOther() throws Exception {
    EndToEndScenario scenario = EndToEndScenario.fresh();
    scenario.run();
    io.github.sponsorsdk.sms.testkit.InMemorySms sms = scenario.sms();
    Scenarios.studentSponsorWithBdtBatch(sms, 2);
    SmsSnapshot snapshot = sms.snapshot();
    JsonMapper jackson3 = JsonMapper.builder()
        .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    String json3 = jackson3.writeValueAsString(snapshot);
    assertThat(json3).doesNotContain(Sponsor.PASSWORD);
    sms.outbox().all().forEach(e -> e.password().ifPresent(p -> assertThat(json3).doesNotContain(p)));
    // Audit entries keep their before and after documents as JSON, not as empty objects.
    assertThat(jackson3.readTree(json3).get("audit").get(0).get("after").size()).isGreaterThan(0);
    assertThat(jackson3.readValue(json3, SmsSnapshot.class)).isEqualTo(snapshot.withoutPasswords());
    // Jackson 3 reads the fake's own (Jackson 2) JSON, and the fake restores Jackson 3's.
    assertThat(jackson3.readValue(sms.snapshotJson(), SmsSnapshot.class)).isEqualTo(snapshot.withoutPasswords());
    io.github.sponsorsdk.sms.testkit.InMemorySms other = io.github.sponsorsdk.sms.testkit.InMemorySms.builder()
        .passwordIterations(1_000).build();
    other.restoreJson(json3);
    assertThat(other.snapshot()).isEqualTo(snapshot.withoutPasswords());
  }
}
