package io.github.sponsorsdk.sms.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndToEndScenarioTest {

  @Test
  void theStoryRunsAndTheFakeRecordsIt() {
    EndToEndScenario scenario = EndToEndScenario.fresh();
    List<String> lines = scenario.run();
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("insufficient remaining CoS in your allocation"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("MUST_READ_MESSAGES_FIRST"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("views the Level 1 user").contains("refused [NOT_FOUND"));
    assertThat(scenario.sms().events()).extracting(e -> e.kind())
        .contains(SmsEventKind.DUTY_DUE, SmsEventKind.DUTY_OVERDUE, SmsEventKind.CERTIFICATE_EXPIRED);
    assertThat(scenario.sms().certificates(scenario.sms().snapshot().licences().get(0).number()))
        .extracting(c -> c.status())
        .containsExactly(CertificateStatus.USED, CertificateStatus.EXPIRED, CertificateStatus.EXPIRED,
            CertificateStatus.CREATED);
  }
}
