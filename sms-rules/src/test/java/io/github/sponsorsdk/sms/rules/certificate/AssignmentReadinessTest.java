package io.github.sponsorsdk.sms.rules.certificate;

import static io.github.sponsorsdk.sms.rules.certificate.ReadinessReasonCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.PartialDate;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.job.JobDetails;
import io.github.sponsorsdk.sms.core.job.OccupationCode;
import io.github.sponsorsdk.sms.core.job.SeasonalSector;
import io.github.sponsorsdk.sms.core.job.SocVersion;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.study.CasDetails;
import io.github.sponsorsdk.sms.core.study.CasEvidence;
import io.github.sponsorsdk.sms.core.study.CasWorkPlacement;
import io.github.sponsorsdk.sms.core.study.CourseLevelComparison;
import io.github.sponsorsdk.sms.rules.testing.Fixtures;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SMS Manual 1, Troubleshooting, "I cannot assign a CoS/CAS – The Assign button is greyed out"; the content the
 * Immigration Rules ask of a CoS; the BDT schema's "CAS will not be ready to go".
 */
class AssignmentReadinessTest {

  static final AssignmentReadiness READINESS = AssignmentReadiness.defaults();
  static final LocalDate ON = LocalDate.of(2026, 1, 5);

  static List<String> codes(Decision d) {
    return d.codes();
  }

  static Certificate cos(Route route, JobDetails job) {
    return Certificate.builder().from(Fixtures.readyCos()).route(route).job(job).build();
  }

  static Certificate cas(CasDetails details) {
    return Certificate.builder().from(Fixtures.readyCas()).cas(details).build();
  }

  @Test
  void aCompleteCertificateIsReady() {
    assertThat(codes(READINESS.decide(Fixtures.readyCos()))).containsExactly(READY_TO_ASSIGN.code());
    assertThat(codes(READINESS.decide(Fixtures.readyCas()))).containsExactly(READY_TO_ASSIGN.code());
    assertThat(codes(READINESS.decide(Fixtures.readyCos(), ON))).containsExactly(READY_TO_ASSIGN.code());
    assertThat(codes(READINESS.decide(Fixtures.readyCas(), ON))).containsExactly(READY_TO_ASSIGN.code());
  }

  @Test
  void everyMissingFieldIsReportedAtOnce() {
    Certificate bare = Certificate.builder().from(Fixtures.readyCos()).migrant(Fixtures.migrant(false))
        .mainAddress(Optional.empty()).grossSalary(Optional.empty()).salaryPeriod(Optional.empty())
        .maintenanceCertified(Optional.empty()).startDate(Optional.empty()).endDate(Optional.empty())
        .job(Optional.empty()).build();
    Decision d = READINESS.decide(bare, ON);
    assertThat(codes(d)).containsExactly(GENDER_MISSING.code(), MAIN_ADDRESS_MISSING.code(),
        START_DATE_MISSING.code(), END_DATE_MISSING.code(), GROSS_SALARY_MISSING.code(),
        SALARY_PERIOD_MISSING.code(), JOB_TITLE_MISSING.code(), OCCUPATION_CODE_MISSING.code(),
        JOB_DESCRIPTION_MISSING.code(), WEEKLY_HOURS_MISSING.code(), PAYE_REFERENCE_NOT_GIVEN.code(),
        ATAS_ANSWER_MISSING.code(), MAINTENANCE_NOT_CERTIFIED.code());
    assertThat(d.refusals()).hasSize(11);
    assertThat(d.warnings()).extracting(Reason::code)
        .containsExactly(PAYE_REFERENCE_NOT_GIVEN.code(), MAINTENANCE_NOT_CERTIFIED.code());
    assertThat(d.reasons().subList(0, 2)).allSatisfy(r -> assertThat(r.citation().section()).startsWith(
        "Troubleshooting"));
  }

  /** The maintenance tick "is not mandatory": its absence warns and never blocks. */
  @Test
  void maintenanceIsAWarningOnly() {
    for (Optional<Boolean> tick : List.of(Optional.<Boolean>empty(), Optional.of(false))) {
      Decision d = READINESS.decide(Certificate.builder().from(Fixtures.readyCas()).maintenanceCertified(tick).build());
      assertThat(d.isAllowed()).isTrue();
      assertThat(codes(d)).containsExactly(READY_TO_ASSIGN.code(), MAINTENANCE_NOT_CERTIFIED.code());
      assertThat(d.reasons().get(1).severity()).isEqualTo(Severity.WARNING);
    }
  }

  @Test
  void aCasNeedsNoSalaryAndNoJob() {
    Certificate cas = Certificate.builder().from(Fixtures.readyCas()).mainAddress(Optional.empty()).build();
    assertThat(codes(READINESS.decide(cas))).containsExactly(MAIN_ADDRESS_MISSING.code());
    assertThat(READINESS.decide(cas).reasons().get(0).parameters()).containsEntry("address", "study");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234", "1234.99", "41700", "0.50"})
  void salaryAsTypedInTheSmsFormat(String typed) {
    assertThat(READINESS.decideSalaryText(typed).isAllowed()).isTrue();
    assertThat(codes(READINESS.decide(Fixtures.readyCos(), ON, Optional.of(typed))))
        .containsExactly(READY_TO_ASSIGN.code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"£1234", "1,234", "1234.9", "1234.999", "-1234", " 1234", "1234 ", "GBP 1234", "1e3", ".99"})
  void salaryWithSymbolsIsRefused(String typed) {
    Decision d = READINESS.decide(Fixtures.readyCos(), ON, Optional.of(typed));
    assertThat(codes(d)).containsExactly(GROSS_SALARY_FORMAT.code());
    assertThat(d.refusals().get(0).parameters()).containsEntry("entered", typed);
  }

  @Test
  void anEmptySalaryIsMissing() {
    assertThat(codes(READINESS.decideSalaryText(""))).containsExactly(GROSS_SALARY_MISSING.code());
  }

  @ParameterizedTest
  @CsvSource({"2136, true", "1111, true", "9269, true", "0123, false", "213, false", "21366, false", "'2136 ', false",
      "SOC2136, false", "21a6, false"})
  void anOccupationCodeAsTypedIsFourDigitsFromOneToNine(String typed, boolean ok) {
    Decision d = READINESS.decideOccupationCodeText(typed);
    assertThat(d.isAllowed()).isEqualTo(ok);
    if (!ok) {
      assertThat(codes(d)).containsExactly(OCCUPATION_CODE_FORMAT.code());
    }
    assertThat(codes(READINESS.decideOccupationCodeText(""))).containsExactly(OCCUPATION_CODE_MISSING.code());
  }

  /** SOC 2020 from 4 April 2024: a SOC 2010 code is refused from that day, not the day before. */
  @ParameterizedTest
  @CsvSource({"2024-04-03, true", "2024-04-04, false", "2026-01-05, false"})
  void aSoc2010CodeIsRefusedFromTheFourthOfApril2024(LocalDate on, boolean ready) {
    Certificate c = cos(Route.SKILLED_WORKER, Fixtures.job().withOccupation(OccupationCode.of(SocVersion.SOC_2010,
        "2136")));
    Decision d = READINESS.decide(c, on);
    assertThat(d.isAllowed()).as("on %s", on).isEqualTo(ready);
    if (!ready) {
      assertThat(codes(d)).containsExactly(OCCUPATION_CODE_EDITION.code());
      assertThat(d.refusals().get(0).parameters()).containsEntry("since", "2024-04-04");
    }
    assertThat(READINESS.decide(c).isAllowed()).as("no date, no edition check").isTrue();
  }

  @Test
  void payeIsRequiredOnScaleUpAndWarnedOnSkilledWorker() {
    JobDetails noPaye = Fixtures.job().withPayeReference(Optional.empty());
    assertThat(codes(READINESS.decide(cos(Route.SCALE_UP, noPaye), ON)))
        .containsExactly(PAYE_REFERENCE_REQUIRED.code());
    Decision sw = READINESS.decide(cos(Route.SKILLED_WORKER, noPaye), ON);
    assertThat(sw.isAllowed()).isTrue();
    assertThat(codes(sw)).containsExactly(READY_TO_ASSIGN.code(), PAYE_REFERENCE_NOT_GIVEN.code());
    assertThat(codes(READINESS.decide(cos(Route.MINISTER_OF_RELIGION, noPaye.withAtasRequired(Optional.empty())),
        ON))).containsExactly(READY_TO_ASSIGN.code());
  }

  @Test
  void theAtasAnswerIsAskedOnlyWhereTheRulesAskForIt() {
    JobDetails noAtas = Fixtures.job().withAtasRequired(Optional.empty());
    assertThat(codes(READINESS.decide(cos(Route.SKILLED_WORKER, noAtas), ON)))
        .containsExactly(ATAS_ANSWER_MISSING.code());
    assertThat(codes(READINESS.decide(cos(Route.CREATIVE_WORKER, noAtas.withPayeReference(Optional.empty())), ON)))
        .containsExactly(READY_TO_ASSIGN.code());
  }

  @Test
  void routeSpecificItemsAreNeededOnTheirRoutes() {
    JobDetails base = Fixtures.job().withAtasRequired(Optional.empty()).withPayeReference(Optional.empty());
    assertThat(codes(READINESS.decide(cos(Route.INTERNATIONAL_SPORTSPERSON, base), ON)))
        .containsExactly(SPORTS_ENDORSEMENT_MISSING.code());
    assertThat(READINESS.decide(cos(Route.INTERNATIONAL_SPORTSPERSON, base.withSportsEndorsementNumber("FA-2026-0042")),
        ON).isAllowed()).isTrue();
    JobDetails gae = base.withAtasRequired(true);
    assertThat(codes(READINESS.decide(cos(Route.GOVERNMENT_AUTHORISED_EXCHANGE, gae), ON)))
        .containsExactly(EXCHANGE_SCHEME_MISSING.code(), SUPERNUMERARY_EXPLANATION_MISSING.code());
    assertThat(codes(READINESS.decide(cos(Route.SEASONAL_WORKER, base), ON)))
        .containsExactly(SEASONAL_SECTOR_MISSING.code());
    assertThat(READINESS.decide(cos(Route.SEASONAL_WORKER, base.withSeasonalSector(SeasonalSector.HORTICULTURE)), ON)
        .isAllowed()).isTrue();
    for (Route r : List.of(Route.GBM_SERVICE_SUPPLIER, Route.GBM_SECONDMENT_WORKER)) {
      Decision d = READINESS.decide(cos(r, base.withAtasRequired(false)), ON);
      assertThat(codes(d)).containsExactly(REGISTERED_CONTRACT_MISSING.code());
      assertThat(d.refusals().get(0).parameters()).containsEntry("route", r.displayName());
    }
  }

  // ------------------------------------------------------------------ CAS: "not ready to go"

  static CasEvidence evidence() {
    return Fixtures.casDetails().evidence().orElseThrow();
  }

  /** Official examples 2 and 8: SELT not required for a reason, PreviousUKStudy not given. */
  @Test
  void examplesTwoAndEightLackThePreviousStudyAnswer() {
    Decision d = READINESS.decide(cas(Fixtures.casDetails().withEvidence(evidence()
        .withPreviousUkStudy(Optional.empty()))), ON);
    assertThat(codes(d)).containsExactly(PREVIOUS_STUDY_ANSWER_MISSING.code());
    assertThat(d.isRefused()).isTrue();
  }

  /** Official example 3: an empty evidence block. Absent and empty are the same to the rule. */
  @Test
  void exampleThreeHasAnEmptyEvidenceBlock() {
    for (Optional<CasEvidence> e : List.of(Optional.of(CasEvidence.builder().build()), Optional.<CasEvidence>empty())) {
      assertThat(codes(READINESS.decide(cas(Fixtures.casDetails().withEvidence(e)), ON)))
          .containsExactly(SELT_ANSWER_MISSING.code(), PREVIOUS_STUDY_ANSWER_MISSING.code());
    }
  }

  /** Official example 11: a work placement without its percentage. */
  @Test
  void exampleElevenLacksThePlacementPercentage() {
    CasDetails d = Fixtures.casDetails().withCourse(Fixtures.casDetails().course().withHasWorkPlacement(true))
        .withWorkPlacement(CasWorkPlacement.builder().justification("Industrial year").build());
    assertThat(codes(READINESS.decide(cas(d), ON))).containsExactly(PLACEMENT_PERCENTAGE_MISSING.code());
    assertThat(READINESS.decide(cas(d.withWorkPlacement(CasWorkPlacement.builder().percentage(BigInteger.TEN)
        .build())), ON).isAllowed()).isTrue();
  }

  @Test
  void theOtherConditionalFields() {
    assertThat(codes(READINESS.decide(cas(Fixtures.casDetails().withEvidence(evidence().withSeltRequired(true)
        .withReasonSeltNotRequired(Optional.empty()))), ON))).containsExactly(SELT_RESULT_MISSING.code());
    assertThat(codes(READINESS.decide(cas(Fixtures.casDetails().withEvidence(evidence()
        .withReasonSeltNotRequired(Optional.empty()))), ON))).containsExactly(SELT_EXEMPTION_REASON_MISSING.code());
    assertThat(codes(READINESS.decide(cas(Fixtures.casDetails().withEvidence(evidence().withPreviousUkStudy(true))),
        ON))).containsExactly(PREVIOUS_STUDY_LEVEL_MISSING.code());
    Decision same = READINESS.decide(cas(Fixtures.casDetails().withEvidence(evidence().withPreviousUkStudy(true)
        .withPreviousAcademicLevel("RQF7").withLevelComparison(CourseLevelComparison.SAME))), ON);
    assertThat(codes(same)).containsExactly(PROGRESSION_REASON_MISSING.code());
    assertThat(same.refusals().get(0).parameters()).containsEntry("comparison", "SAME");
    assertThat(READINESS.decide(cas(Fixtures.casDetails().withEvidence(evidence().withPreviousUkStudy(true)
        .withPreviousAcademicLevel("RQF6").withLevelComparison(CourseLevelComparison.HIGHER))), ON).isAllowed())
        .isTrue();
    assertThat(codes(READINESS.decide(Certificate.builder().from(Fixtures.readyCas()).cas(Optional.empty()).build(),
        ON))).containsExactly(CAS_DETAILS_MISSING.code());
  }

  @Test
  void aChildCasHasNoEvidenceToAskFor() {
    Certificate child = Certificate.builder().from(Fixtures.readyCas()).route(Route.CHILD_STUDENT)
        .migrant(Fixtures.migrant(true).withDateOfBirth(PartialDate.parse("2014-03-01")))
        .cas(Fixtures.casDetails().withEvidence(Optional.empty())).build();
    assertThat(child.kind()).isEqualTo(CertificateKind.CAS);
    assertThat(codes(READINESS.decide(child, ON))).containsExactly(READY_TO_ASSIGN.code());
  }

  // ------------------------------------------------------------------ ages and partial dates of birth

  /**
   * A year-only date of birth: 18 for certain once the whole birth year is 18 years back, under 18 for certain while
   * none of it is, and "cannot tell" in between (SW 1.3; warnings, never refusals).
   */
  @ParameterizedTest
  @CsvSource({"2008, 2026-12-31, ''", "2008, 2027-01-01, ''", "2008, 2026-06-01, AGE_REQUIREMENT_UNCONFIRMED",
      "2008, 2026-01-01, AGE_REQUIREMENT_UNCONFIRMED", "2008, 2025-12-31, AGE_REQUIREMENT_NOT_MET",
      "2008-06, 2026-06-01, AGE_REQUIREMENT_UNCONFIRMED", "2008-06, 2026-06-30, ''",
      "2008-06-15, 2026-06-14, AGE_REQUIREMENT_NOT_MET", "2008-06-15, 2026-06-15, ''",
      "2008-02-29, 2026-02-28, AGE_REQUIREMENT_NOT_MET", "2008-02-29, 2026-03-01, ''"})
  void skilledWorkerAgeWithPartialDates(String dob, LocalDate on, String expected) {
    Certificate c = Certificate.builder().from(Fixtures.readyCos())
        .migrant(Fixtures.migrant(true).withDateOfBirth(PartialDate.parse(dob))).build();
    Decision d = READINESS.decide(c, on);
    assertThat(d.isAllowed()).isTrue();
    List<String> warnings = d.warnings().stream().map(Reason::code).collect(Collectors.toList());
    if (expected.isEmpty()) {
      assertThat(warnings).isEmpty();
    } else {
      assertThat(warnings).containsExactly("readiness." + expected);
      assertThat(d.warnings().get(0).citation().section()).startsWith("SW 1.3");
    }
  }

  @ParameterizedTest
  @CsvSource({"2022, 2026-12-31, ''", "2022, 2026-06-01, AGE_REQUIREMENT_UNCONFIRMED",
      "2008, 2026-06-01, AGE_REQUIREMENT_UNCONFIRMED", "2009, 2026-06-01, ''", "2007, 2026-06-01, "
      + "AGE_REQUIREMENT_NOT_MET", "2023, 2026-06-01, AGE_REQUIREMENT_NOT_MET"})
  void childStudentsAreFourToSeventeen(String dob, LocalDate on, String expected) {
    Certificate c = Certificate.builder().from(Fixtures.readyCas()).route(Route.CHILD_STUDENT)
        .migrant(Fixtures.migrant(true).withDateOfBirth(PartialDate.parse(dob)))
        .cas(Fixtures.casDetails().withEvidence(Optional.empty())).build();
    List<String> warnings = READINESS.decide(c, on).warnings().stream().map(Reason::code).collect(Collectors.toList());
    assertThat(warnings).isEqualTo(expected.isEmpty() ? List.of() : List.of("readiness." + expected));
  }

  @Test
  void theOfficialExamplesYearOfBirthMeetsTheStudentAge() {
    Certificate c = Certificate.builder().from(Fixtures.readyCas())
        .migrant(Fixtures.migrant(true).withDateOfBirth(PartialDate.parse("1980"))).build();
    assertThat(codes(READINESS.decide(c, ON))).containsExactly(READY_TO_ASSIGN.code());
  }
}
