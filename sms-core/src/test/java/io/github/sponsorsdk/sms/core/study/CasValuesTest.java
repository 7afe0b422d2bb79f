package io.github.sponsorsdk.sms.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.InternationalAddress;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.testing.Examples;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The CAS content values hold what the BDT schema v2.1 holds: facets, spellings kept as written, an empty evidence
 * block apart from none, amounts with their own decimals; JSON with Jackson 2 and 3.
 */
class CasValuesTest {

  /** Official example "1. SELT required.xml", as sms-core holds it. */
  static CasDetails exampleOne() {
    InternationalAddress partner = InternationalAddress.builder().addLine("Lovelace Road").townOrCity("     Bracknell   ")
        .county("Berkshire").postcode("RG12 8SN").country("AFG").build();
    return CasDetails.builder()
        .partnerInstitution(CasPartnerInstitution.builder().name("Partnered Institution Name").address(partner).build())
        .course(CasCourse.builder().title("Footballing Studies").courseId("FOOT3456").academicLevel("SCQF10")
            .secondaryAcademicLevel("HND2").latestDateForAcceptance(LocalDate.of(2013, 12, 27)).fullTime(true)
            .hoursPerWeek(new BigDecimal("30")).hasWorkPlacement(true).build())
        .workPlacement(CasWorkPlacement.builder().percentage(BigInteger.valueOf(100))
            .justification("reason work placement percentage exceeds the level in guidance")
            .address(InternationalAddress.builder().addLine("1 High Street").townOrCity("Any City")
                .county("Any County").postcode("L1 2GH").country("GBR").build()).build())
        .documentation(CasDocumentation.builder().documentsUsedToObtainOffer("    Exam Results       ")
            .courseRequiresAtas(false).postgraduateDeanCertificateRequired(true).build())
        .evidence(CasEvidence.builder().seltRequired(true).englishLanguageLevelAttained("B1").seltSpeakingLevel("5.5")
            .seltListeningLevel("5.5").seltReadingLevel("5.5").seltWritingLevel("5.5").testProvider("TCLUK")
            .previousUkStudy(true).previousAcademicLevel("SCQF10").levelComparison(CourseLevelComparison.SAME)
            .progressionJustification("Reason why the student is not following a progressive education path").build())
        .finances(CasFinances.builder().accommodationProvided(true).courseFeeIncludesAccommodationCosts(false)
            .courseFeesForFirstYearOnly(new BigDecimal("7000")).boardingFeesForFirstYearOnly(new BigDecimal("12000"))
            .boardingFeesPaidToDate(new BigDecimal("2000")).build())
        .build();
  }

  @Test
  void exampleOneHoldsAsWrittenAndRoundTrips() {
    CasDetails d = exampleOne();
    assertThat(d.partnerInstitution().orElseThrow().address().townOrCity()).isEqualTo("     Bracknell   ");
    assertThat(d.finances().courseFeesForFirstYearOnly()).isEqualTo(new BigDecimal("7000"));
    assertThat(d.finances().courseFeesForFirstYearOnly()).isNotEqualTo(new BigDecimal("7000.00"));
    assertThat(d.finances().courseFees()).isEqualTo(Money.ofPounds(7000));
    assertThat(Json.roundTrip(d, CasDetails.class)).isEqualTo(d);
    CasDetails extras = d.withSeltReference("TCL-2026-000123").withEnglishAssessmentMethod("Interview")
        .withAccommodationCost(Money.ofPounds(6200));
    assertThat(Json.roundTrip(extras, CasDetails.class)).isEqualTo(extras);
    Certificate cas = Certificate.builder().from(Examples.usedCas()).cas(d).build();
    assertThat(Json.roundTrip(cas, Certificate.class)).isEqualTo(cas);
    assertThat(CertificateDraft.of(cas).cas()).contains(d);
  }

  @Test
  void anEmptyEvidenceBlockIsNotNone() {
    CasDetails empty = exampleOne().withEvidence(CasEvidence.builder().build());
    CasDetails none = exampleOne().withEvidence(Optional.empty());
    assertThat(empty).isNotEqualTo(none);
    assertThat(Json.roundTrip(empty, CasDetails.class)).isEqualTo(empty);
    assertThat(Json.roundTrip(none, CasDetails.class)).isEqualTo(none);
  }

  @Test
  void theSchemasFacetsAreCheckedAllAtOnce() {
    assertThatThrownBy(() -> CasCourse.builder().title("T".repeat(251)).courseId("").academicLevel("RQF6")
        .fullTime(false).hoursPerWeek(new BigDecimal("168.1")).hasWorkPlacement(false).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsOnly("title", "courseId", "hoursPerWeek"));
    assertThat(CasCourse.builder().title("T").academicLevel("RQF6").fullTime(false)
        .hoursPerWeek(new BigDecimal("168.0")).hasWorkPlacement(false).build().hoursPerWeek()).isNotNull();
    assertThatThrownBy(() -> CasFinances.builder().from(exampleOne().finances())
        .courseFeesForFirstYearOnly(new BigDecimal("1000000000")).courseFeesPaidToDate(new BigDecimal("1.234"))
        .boardingFeesPaidToDate(new BigDecimal("-1")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("courseFeesForFirstYearOnly", "courseFeesPaidToDate",
                "boardingFeesPaidToDate"));
    assertThatThrownBy(() -> CasDetails.builder().from(exampleOne()).ucasPersonalId("2234567890")
        .applicationId("A".repeat(51)).accommodationCost(Money.ofPounds(-1)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactlyInAnyOrder("ucasPersonalId", "applicationId",
                "accommodationCost"));
    assertThatThrownBy(() -> CasPartnerInstitution.builder().name("N").sponsorLicenceNumber("ABC")
        .address(exampleOne().partnerInstitution().orElseThrow().address()).build())
        .hasMessageContaining("sponsorLicenceNumber");
    assertThatThrownBy(() -> InternationalAddress.builder().townOrCity("#").country("gb").postcode("\u20AC").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactlyInAnyOrder("lines", "townOrCity", "country", "postcode"));
  }

  @Test
  void aChildCasHasNoPlacementAndNoEvidence() {
    Certificate child = Certificate.builder().from(Examples.usedCas()).route(Route.CHILD_STUDENT)
        .casNumber(io.github.sponsorsdk.sms.core.identifier.CasNumber.of("E4C0AA0A00A0A1")).build();
    assertThatThrownBy(() -> child.withCas(exampleOne())).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.violations()).extracting(Violation::path)
            .containsExactlyInAnyOrder("cas.workPlacement", "cas.evidence"));
    assertThat(child.withCas(exampleOne().withWorkPlacement(Optional.empty()).withEvidence(Optional.empty()))
        .cas()).isPresent();
    assertThatThrownBy(() -> Examples.assignedCos().withCas(exampleOne())).hasMessageContaining("a CoS has no course");
  }
}
