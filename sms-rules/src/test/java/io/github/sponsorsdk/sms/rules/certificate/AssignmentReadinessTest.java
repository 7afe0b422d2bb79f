package io.github.sponsorsdk.sms.rules.certificate;

import static io.github.sponsorsdk.sms.rules.certificate.ReadinessReasonCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.rules.testing.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SMS Manual 1, Troubleshooting, "I cannot assign a CoS/CAS – The Assign button is greyed out". */
class AssignmentReadinessTest {

  @Test
  void aCompleteCertificateIsReady() {
    assertThat(AssignmentReadiness.defaults().decide(Fixtures.readyCos()).codes()).containsExactly(READY_TO_ASSIGN.code());
    assertThat(AssignmentReadiness.defaults().decide(Fixtures.readyCas()).codes()).containsExactly(READY_TO_ASSIGN.code());
  }

  @Test
  void everyMissingFieldIsReportedAtOnce() {
    Certificate bare = Certificate.builder().from(Fixtures.readyCos()).migrant(Fixtures.migrant(false))
        .mainAddress(Optional.empty()).grossSalary(Optional.empty()).salaryPeriod(Optional.empty())
        .maintenanceCertified(Optional.empty()).build();
    Decision d = AssignmentReadiness.defaults().decide(bare);
    assertThat(d.codes()).containsExactly(GENDER_MISSING.code(), MAIN_ADDRESS_MISSING.code(),
        GROSS_SALARY_MISSING.code(), SALARY_PERIOD_MISSING.code(), MAINTENANCE_NOT_CERTIFIED.code());
    assertThat(d.refusals()).hasSize(4);
    assertThat(d.warnings()).extracting(r -> r.code()).containsExactly(MAINTENANCE_NOT_CERTIFIED.code());
    assertThat(d.reasons()).allSatisfy(r -> assertThat(r.citation().section()).startsWith("Troubleshooting"));
  }

  /** The maintenance tick "is not mandatory": its absence warns and never blocks. */
  @Test
  void maintenanceIsAWarningOnly() {
    for (Optional<Boolean> tick : java.util.List.of(Optional.<Boolean>empty(), Optional.of(false))) {
      Decision d = AssignmentReadiness.defaults().decide(Certificate.builder().from(Fixtures.readyCas())
          .maintenanceCertified(tick).build());
      assertThat(d.isAllowed()).isTrue();
      assertThat(d.codes()).containsExactly(READY_TO_ASSIGN.code(), MAINTENANCE_NOT_CERTIFIED.code());
      assertThat(d.reasons().get(1).severity()).isEqualTo(Severity.WARNING);
    }
  }

  @Test
  void aCasNeedsNoSalary() {
    Certificate cas = Certificate.builder().from(Fixtures.readyCas()).mainAddress(Optional.empty()).build();
    assertThat(AssignmentReadiness.defaults().decide(cas).codes()).containsExactly(MAIN_ADDRESS_MISSING.code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234", "1234.99", "41700", "0.50"})
  void salaryAsTypedInTheSmsFormat(String typed) {
    assertThat(AssignmentReadiness.defaults().decideSalaryText(typed).isAllowed()).isTrue();
    assertThat(AssignmentReadiness.defaults().decide(Fixtures.readyCos(), Optional.of(typed)).codes())
        .containsExactly(READY_TO_ASSIGN.code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"£1234", "1,234", "1234.9", "1234.999", "-1234", " 1234", "1234 ", "GBP 1234", "1e3", ".99"})
  void salaryWithSymbolsIsRefused(String typed) {
    Decision d = AssignmentReadiness.defaults().decide(Fixtures.readyCos(), Optional.of(typed));
    assertThat(d.codes()).containsExactly(GROSS_SALARY_FORMAT.code());
    assertThat(d.refusals().get(0).parameters()).containsEntry("entered", typed);
  }

  @Test
  void anEmptySalaryIsMissing() {
    assertThat(AssignmentReadiness.defaults().decideSalaryText("").codes()).containsExactly(GROSS_SALARY_MISSING.code());
  }
}
