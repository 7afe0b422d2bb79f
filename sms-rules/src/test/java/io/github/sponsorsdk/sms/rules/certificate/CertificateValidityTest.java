package io.github.sponsorsdk.sms.rules.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.period.MonthEndPolicy;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateValidityTest {

  static final CertificateValidity VALIDITY = CertificateValidity.defaults();

  /** SW 1.2(d) (CoS, 3 months) and ST 1.2(d) (CAS, 6 months): the last day to apply, month ends included. */
  @ParameterizedTest(name = "{0} assigned {1}: last day to apply {2}")
  @CsvSource({
      "COS, 2025-01-15, 2025-04-15",  // exactly 3 months
      "COS, 2024-11-30, 2025-02-28",  // 30 Nov + 3 months: no 30 Feb
      "COS, 2023-11-30, 2024-02-29",  // leap year
      "COS, 2025-01-31, 2025-04-30",
      "COS, 2024-02-29, 2024-05-29",
      "CAS, 2025-01-15, 2025-07-15",  // exactly 6 months
      "CAS, 2024-08-31, 2025-02-28",
      "CAS, 2023-08-31, 2024-02-29",
      "CAS, 2024-02-29, 2024-08-29",
      "CAS, 2025-01-31, 2025-07-31"
  })
  void lastDayToApply(CertificateKind kind, LocalDate assignedOn, LocalDate last) {
    assertThat(VALIDITY.lastDayToApply(kind, assignedOn)).isEqualTo(last);
    assertThat(VALIDITY.decideApplication(kind, assignedOn, last).isAllowed()).isTrue();
    assertThat(VALIDITY.decideApplication(kind, assignedOn, last).has(ValidityReasonCode.VALID_FOR_APPLICATION))
        .isTrue();
    Decision dayAfter = VALIDITY.decideApplication(kind, assignedOn, last.plusDays(1));
    assertThat(dayAfter.isRefused()).isTrue();
    assertThat(dayAfter.has(ValidityReasonCode.CERTIFICATE_EXPIRED)).isTrue();
    assertThat(dayAfter.refusals().get(0).parameters()).containsEntry("lastDay", last.toString());
    assertThat(VALIDITY.isExpired(kind, assignedOn, last)).isFalse();
    assertThat(VALIDITY.isExpired(kind, assignedOn, last.plusDays(1))).isTrue();
    assertThat(VALIDITY.expiresOn(kind, assignedOn)).isEqualTo(last.plusDays(1));
  }

  @Test
  void theAssignmentDayItselfIsValidButNotTheDayBefore() {
    LocalDate on = LocalDate.of(2025, 3, 10);
    assertThat(VALIDITY.decideApplication(CertificateKind.COS, on, on).isAllowed()).isTrue();
    assertThat(VALIDITY.decideApplication(CertificateKind.COS, on, on.minusDays(1))
        .has(ValidityReasonCode.APPLICATION_BEFORE_ASSIGNMENT)).isTrue();
  }

  /** Every assignment day of 2024-2026: the last valid day is 3 (CoS) or 6 (CAS) calendar months on, never more. */
  @Test
  void everyAssignmentDayOfThreeYears() {
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
      for (CertificateKind kind : CertificateKind.values()) {
        int months = kind == CertificateKind.COS ? 3 : 6;
        LocalDate last = VALIDITY.lastDayToApply(kind, d);
        assertThat(last).isEqualTo(d.plusMonths(months));
        assertThat(last.getDayOfMonth()).isLessThanOrEqualTo(d.getDayOfMonth());
        assertThat(last.withDayOfMonth(1)).isEqualTo(d.withDayOfMonth(1).plusMonths(months));
      }
    }
  }

  @Test
  void theOtherMonthEndPolicyIsAParameter() {
    ValidityParameters roundUp = ValidityParameters.builder().from(ValidityParameters.defaults())
        .monthEndPolicy(DateEffective.of("certificate.monthEndPolicy", LocalDate.of(2020, 10, 5),
            MonthEndPolicy.FIRST_DAY_OF_NEXT_MONTH, Citation.of(Source.CALLER_DOCUMENT,
                "test: " + "counsel's reading", LocalDate.of(2020, 1, 1))))
        .build();
    CertificateValidity v = CertificateValidity.of(roundUp);
    assertThat(v.lastDayToApply(CertificateKind.COS, LocalDate.of(2024, 11, 30))).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(v.definedCosAssignBy(LocalDate.of(2025, 1, 31))).isEqualTo(LocalDate.of(2025, 5, 1));
  }

  /** A granted defined CoS must be assigned within 3 months of grant. */
  @ParameterizedTest(name = "defined CoS granted {0}: assign by {1}")
  @CsvSource({"2025-01-15, 2025-04-15", "2023-11-30, 2024-02-29", "2024-11-30, 2025-02-28", "2025-01-31, 2025-04-30"})
  void definedCosAssignmentWindow(LocalDate granted, LocalDate last) {
    assertThat(VALIDITY.definedCosAssignBy(granted)).isEqualTo(last);
    assertThat(VALIDITY.decideDefinedCosAssignment(granted, last).has(ValidityReasonCode.DEFINED_COS_ASSIGNABLE))
        .isTrue();
    assertThat(VALIDITY.decideDefinedCosAssignment(granted, last.plusDays(1))
        .has(ValidityReasonCode.DEFINED_COS_EXPIRED))
        .isTrue();
    assertThat(VALIDITY.decideDefinedCosAssignment(granted, last.plusDays(1)).isRefused()).isTrue();
  }

  /** SUI 33.1(c): a start more than 28 days after the latest permitted start date; the 28th day itself is fine. */
  @Test
  void the28thDay() {
    LocalDate start = LocalDate.of(2025, 1, 31);
    assertThat(VALIDITY.lastDayToStart(start)).isEqualTo(LocalDate.of(2025, 2, 28));
    Decision day28 = VALIDITY.decideStart(start, LocalDate.of(2025, 2, 28));
    assertThat(day28.has(ValidityReasonCode.STARTED_WITHIN_28_DAYS)).isTrue();
    Decision day29 = VALIDITY.decideStart(start, LocalDate.of(2025, 3, 1));
    assertThat(day29.has(ValidityReasonCode.START_DELAYED_OVER_28_DAYS)).isTrue();
    assertThat(day29.isAllowed()).as("a late start is to be reported, not refused").isTrue();
    assertThat(day29.warnings()).hasSize(1);
    assertThat(day29.reasons().get(0).severity()).isEqualTo(Severity.WARNING);
    // leap February: 2024-02-01 + 28 days = 2024-02-29
    assertThat(VALIDITY.lastDayToStart(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void dueToExpireStraightFromACertificate() {
    var created = io.github.sponsorsdk.sms.rules.testing.Fixtures.readyCos(); // created 2026-01-05
    var assigned = io.github.sponsorsdk.sms.core.certificate.Certificate.builder().from(created)
        .status(io.github.sponsorsdk.sms.core.certificate.CertificateStatus.ASSIGNED)
        .cosNumber(io.github.sponsorsdk.sms.core.identifier.CosNumber.of("C2G7H9K3"))
        .assignedOn(LocalDate.of(2026, 1, 31)).build();
    assertThat(VALIDITY.isDueToExpire(assigned, LocalDate.of(2026, 4, 30))).isFalse();
    assertThat(VALIDITY.isDueToExpire(assigned, LocalDate.of(2026, 5, 1))).isTrue();
    assertThat(VALIDITY.isDueToExpire(created, LocalDate.of(2027, 1, 1))).as("never assigned").isFalse();
    var used = assigned.withStatus(io.github.sponsorsdk.sms.core.certificate.CertificateStatus.USED)
        .withUsedOn(LocalDate.of(2026, 2, 1));
    assertThat(VALIDITY.isDueToExpire(used, LocalDate.of(2027, 1, 1))).as("used").isFalse();
  }

  @Test
  void parametersRoundTripThroughJson() {
    ValidityParameters p = ValidityParameters.defaults();
    assertThat(Json.roundTrip(p, ValidityParameters.class)).isEqualTo(p);
  }
}
