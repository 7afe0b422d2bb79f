package io.github.sponsorsdk.sms.xml.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.certificate.PartialDate;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The invariants of the eight record types issue 18 found unpinned, at both sides of each schema facet (values from
 * the v2.1 schema's types, as {@code BdtField} states them): a value on the edge builds, one past it fails naming the
 * field.
 */
class RecordInvariantsTest {
  static final InternationalAddress FRANCE = InternationalAddress.builder().addAddressLines("92 rue Pasteur")
      .city("Lyon").country("FRA").build();

  static List<String> fields(ThrowingCallable build) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, build);
    assertThat(e).as("expected the value to be refused").isNotNull();
    return e.violations().stream().map(Violation::path).collect(Collectors.toList());
  }

  @Test
  void batchHeaderFileIdIsTwoToFiftyCharactersAndTheLicenceNumberHasItsPattern() {
    assertThatCode(() -> BatchHeader.of("ab")).doesNotThrowAnyException();
    assertThatCode(() -> BatchHeader.of("a".repeat(50))).doesNotThrowAnyException();
    assertThat(fields(() -> BatchHeader.of("a"))).containsExactly("fileId", "fileId"); // length and pattern
    assertThat(fields(() -> BatchHeader.of("a".repeat(51)))).containsExactly("fileId");
    assertThat(fields(() -> BatchHeader.of("-ab"))).containsExactly("fileId");
    assertThatCode(() -> BatchHeader.builder().fileId("F1").sponsorLicenceNumber("QHDGHB91X").build())
        .doesNotThrowAnyException();
    assertThat(fields(() -> BatchHeader.builder().fileId("F1").sponsorLicenceNumber("QHDGHB91Y").build()))
        .containsExactly("sponsorLicenceNumber");
  }

  @Test
  void exportRowNeedsACasNumberAndAnApplicantIdOfUpToFiftyCharacters() {
    CasExportRecord.Builder ok = CasExportRecord.builder().casNumber("E4G0AA0A00A0A1").applicantId("x".repeat(50))
        .status(CasStatus.USED).statusDate(LocalDate.of(2026, 1, 5));
    assertThatCode(ok::build).doesNotThrowAnyException();
    assertThat(fields(() -> CasExportRecord.builder().from(ok.build()).applicantId("x".repeat(51)).build()))
        .containsExactly("applicantId");
    assertThat(fields(() -> CasExportRecord.builder().from(ok.build()).applicantId("").build()))
        .containsExactly("applicantId");
    assertThat(fields(() -> CasExportRecord.builder().from(ok.build()).casNumber("E4X0AA0A00A0A1").build()))
        .containsExactly("casNumber");
  }

  @Test
  void feeUpdateAmountsArePoundsSterling() {
    FeeUpdate.Builder ok = FeeUpdate.builder().casNumber("E4C1AB2C34D5E6").courseFeesForFirstYearOnly(
        new BigDecimal("999999999.99")).courseFeesPaidToDate(BigDecimal.ZERO);
    assertThatCode(ok::build).doesNotThrowAnyException();
    assertThat(fields(() -> FeeUpdate.builder().from(ok.build()).courseFeesForFirstYearOnly(
        new BigDecimal("1000000000")).build())).containsExactly("courseFeesForFirstYearOnly");
    assertThat(fields(() -> FeeUpdate.builder().from(ok.build()).courseFeesPaidToDate(new BigDecimal("-0.01"))
        .build())).containsExactly("courseFeesPaidToDate");
    assertThat(fields(() -> FeeUpdate.builder().from(ok.build()).boardingFeesPaidToDate(new BigDecimal("1.005"))
        .build())).containsExactly("boardingFeesPaidToDate");
    assertThat(fields(() -> FeeUpdate.builder().from(ok.build()).casNumber("E4C1AB2C34D5E").build()))
        .containsExactly("casNumber");
  }

  @Test
  void partnerAndOverseasInstitutionNamesAreOneToTwoHundredFiftyCharacters() {
    assertThatCode(() -> PartnerInstitution.builder().name("x".repeat(250)).sponsorLicenceNumber("QHDGHB91X")
        .address(FRANCE).build()).doesNotThrowAnyException();
    assertThat(fields(() -> PartnerInstitution.builder().name("x".repeat(251)).sponsorLicenceNumber("qhdghb91x")
        .address(FRANCE).build())).containsExactly("name", "sponsorLicenceNumber");
    assertThatCode(() -> OverseasInstitution.builder().name("x").address(FRANCE).build()).doesNotThrowAnyException();
    assertThat(fields(() -> OverseasInstitution.builder().name("").address(FRANCE).build())).containsExactly("name");
    assertThat(fields(() -> OverseasInstitution.builder().name("x".repeat(251)).address(FRANCE).build()))
        .containsExactly("name");
  }

  @Test
  void activityReportNotesAreUpToTwoThousandCharacters() {
    StudentActivityReport.Builder ok = StudentActivityReport.builder().casNumber("E4G0AA0A00A0A1")
        .expectedEnrolmentDate(LocalDate.of(2026, 10, 1)).notes("n".repeat(2000));
    assertThatCode(ok::build).doesNotThrowAnyException();
    assertThat(fields(() -> StudentActivityReport.builder().from(ok.build()).notes("n".repeat(2001)).build()))
        .containsExactly("notes");
    assertThat(fields(() -> StudentActivityReport.builder().from(ok.build()).notes("").build()))
        .containsExactly("notes");
  }

  /** The report names its CAS by the schema's CASNumberType: E4G or E4C and 14 characters; anything else fails. */
  @Test
  void activityReportCasNumberHasTheSchemasPattern() {
    StudentActivityReport.Builder ok = StudentActivityReport.builder().casNumber("E4C0AA0A00A0A1")
        .expectedEnrolmentDate(LocalDate.of(2026, 10, 1));
    assertThat(ok.build().cas().isChildStudent()).isTrue();
    for (String bad : List.of("E4G0AA0A00A0A", "E4G0AA0A00A0A11", "E4X0AA0A00A0A1", "e4g0aa0a00a0a1", "")) {
      assertThat(fields(() -> StudentActivityReport.builder().from(ok.build()).casNumber(bad).build())).as(bad)
          .containsExactly("casNumber");
    }
  }

  /** The percentage is an unbounded integer in the schema; 0..100 is an SMS rule, not an invariant. */
  @Test
  void workPlacementJustificationIsOneToTwoThousandCharacters() {
    assertThatCode(() -> WorkPlacement.builder().percentage(java.math.BigInteger.valueOf(-5))
        .justification("j".repeat(2000)).build()).doesNotThrowAnyException();
    assertThat(fields(() -> WorkPlacement.builder().justification("j".repeat(2001)).build()))
        .containsExactly("justification");
    assertThat(fields(() -> WorkPlacement.builder().justification("").build())).containsExactly("justification");
  }

  @Test
  void ukAddressHasOneToThreeLinesATownAndABs7666Postcode() {
    UkAddress.Builder ok = UkAddress.builder().addAddressLines("1", "2", "3").city("c".repeat(35)).postCode("CR0 2DY");
    assertThatCode(ok::build).doesNotThrowAnyException();
    assertThat(fields(() -> UkAddress.builder().city("Leeds").postCode("LS1 1AA").build()))
        .containsExactly("addressLines");
    assertThat(fields(() -> UkAddress.builder().addAddressLines("1", "2", "3", "4").city("Leeds").postCode("LS1 1AA")
        .build())).containsExactly("addressLines");
    assertThat(fields(() -> UkAddress.builder().addAddressLines("a".repeat(36)).city("c".repeat(36))
        .postCode("CR02DY").build())).containsExactly("addressLines[0]", "city", "postCode");
    assertThat(fields(() -> UkAddress.builder().addAddressLines("1").city("Leeds").postCode("GIR 0AA")
        .countyAreaDistrict("").build())).containsExactly("countyAreaDistrict");
  }

  /** Personal data never reaches an exception message: the value is hidden, its length given. */
  @Test
  void violationsHidePersonalData() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Applicant.builder()
        .applicantId("A1").familyName("Q".repeat(36)).nationality("zz").gender(Gender.FEMALE).countryOfBirth("IRL")
        .dateOfBirth(PartialDate.of(LocalDate.of(2000, 1, 1))).passportOrTravelDocumentNumber("P1").build());
    assertThat(e.violations()).extracting(Violation::path).containsExactly("familyName", "nationality");
    assertThat(e.getMessage()).doesNotContain("QQQ").doesNotContain("'zz'").contains("[hidden: 36 characters]")
        .contains("[hidden: 2 characters]");
    assertThat(Optional.of(e.violations().get(0).rejectedValue())).contains("[hidden: 36 characters]");
  }
}
