package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.port.CasFeeUpdate;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Manual 5 "Fee updates" and Manual 1's "bulk fee updates" of CAS through the port, one answer per line. */
class BulkFeeUpdateTest {

  @Test
  void eachLineUpdatesItsCasOrIsRefusedAloneAndSuspensionBlocksThemAll() {
    InMemorySms sms = InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 2))
        .passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build();
    Sponsor s = Scenarios.studentSponsorWithBdtBatch(sms, 2);
    SessionToken t = s.signIn();
    List<Certificate> cas = sms.certificates(s.licenceNumber());
    CasNumber first = cas.get(0).casNumber().orElseThrow();
    CasFeeUpdate ok = CasFeeUpdate.builder().cas(first).courseFeesForFirstYearOnly(Money.ofPounds(18_000))
        .courseFeesPaidToDate(Money.ofPounds(9_000)).build();
    CasFeeUpdate unknown = CasFeeUpdate.builder().cas(CasNumber.of("E4G1AB2C34D5E6"))
        .courseFeesForFirstYearOnly(Money.ofPounds(1)).build();
    List<SmsResult<Certificate>> answers = sms.updateFees(t, List.of(ok, unknown));
    assertThat(answers.get(0).isAllowed()).isTrue();
    assertThat(answers.get(0).orElseThrow().cas().orElseThrow().finances().courseFeesForFirstYearOnly())
        .isEqualByComparingTo(new BigDecimal("18000"));
    assertThat(answers.get(0).orElseThrow().cas().orElseThrow().finances().courseFeesPaidToDate())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("9000")));
    assertThat(answers.get(1).decision().codes()).contains("testkit.NOT_FOUND");
    assertThat(sms.auditTrail().toJson()).contains("FEES_UPDATED");

    sms.homeOffice().suspend(s.licenceNumber());
    t = s.signIn();
    SmsSnapshot before = sms.snapshot();
    assertThat(sms.updateFees(t, List.of(ok)).get(0).isRefused()).isTrue();
    assertThat(sms.snapshot()).isEqualTo(before);
  }
}
