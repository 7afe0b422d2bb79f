package io.github.sponsorsdk.sms.xml.validate;

import static io.github.sponsorsdk.sms.xml.testing.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.xml.io.BdtWriter;
import io.github.sponsorsdk.sms.xml.records.BatchHeader;
import io.github.sponsorsdk.sms.xml.records.FeeUpdate;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The SMS rules issue 18 found unpinned, each pinned by its meaning: the fee-update rules, the duplicate key, the
 * not-ready count, the blank check on every required text field, and the work-placement percentage at its edges.
 */
class RulePinsTest {
  static final ValidationOptions ON = ValidationOptions.on(LocalDate.of(2026, 11, 25));
  static final String BASE = Fixtures.generalReady();

  static ValidationReport validate(String doc) {
    return BdtValidator.of(ON).validate(Fixtures.bytes(doc));
  }

  static List<String> codes(String doc) {
    return validate(doc).findings().stream().map(Finding::code).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- fee updates

  static ValidationReport feeUpdate(FeeUpdate... records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BdtWriter w = BdtWriter.create(out, BdtFileKind.FEE_UPDATE, BatchHeader.of("FEES-1"))) {
      for (FeeUpdate f : records) {
        w.write(f);
      }
    }
    return BdtValidator.of(ON).validate(new ByteArrayInputStream(out.toByteArray()));
  }

  static FeeUpdate.Builder fee() {
    return FeeUpdate.builder().casNumber("E4G0AA0A00A0A1").courseFeesForFirstYearOnly(new BigDecimal("9000"));
  }

  /** Oracle PBI "Update Extract Fields": one of the Fees Paid fields must be present; any one of the three will do. */
  @Test
  void aFeeUpdateNeedsOnePaidAmountAndTheCoursePaidMayNotPassTheFee() {
    ValidationReport none = feeUpdate(fee().build());
    assertThat(none.findings()).extracting(Finding::code).containsExactly(FindingCode.FEE_UPDATE_NOTHING_PAID.code());
    assertThat(none.findings().get(0).location().path()).isEqualTo("CAS/FinancialDetails");
    assertThat(none.rejectedRecords()).isEqualTo(1);
    assertThat(feeUpdate(fee().courseFeesPaidToDate(BigDecimal.ZERO).build()).findings()).isEmpty();
    assertThat(feeUpdate(fee().accommodationFeesPaidToDate(BigDecimal.ONE).build()).findings()).isEmpty();
    assertThat(feeUpdate(fee().boardingFeesPaidToDate(BigDecimal.ONE).build()).findings()).isEmpty();
    assertThat(feeUpdate(fee().courseFeesPaidToDate(new BigDecimal("9000.00")).build()).findings()).isEmpty();
    ValidationReport over = feeUpdate(fee().courseFeesPaidToDate(new BigDecimal("9000.01")).build());
    assertThat(over.findings()).extracting(Finding::code).containsExactly(FindingCode.FEES_INCONSISTENT.code());
    assertThat(over.notReadyRecords()).isEqualTo(1);
    assertThat(over.kind().orElseThrow().isOfficial()).isFalse();
  }

  // ---------------------------------------------------------------- duplicates

  /** The key is course title, course ID, start date and ApplicantID: a change to any one makes a new record. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"CourseCurriculumTitle,BSc (Hons) Marine Ecology", "CourseID,MB-2028", "CourseStartDate,2027-09-27",
      "ApplicantID,APP-0002"})
  void everyPartOfTheDuplicateKeyCounts(String element, String other) {
    String same = Fixtures.repeat(BASE, 2, (i, cas) -> cas);
    assertThat(codes(same)).containsExactly(FindingCode.DUPLICATE_RECORD.code());
    String different = Fixtures.repeat(BASE, 2, (i, cas) -> i == 1 ? set(cas, element, other) : cas);
    assertThat(codes(different)).isEmpty();
  }

  /** A record without a CourseID and one with it are different keys; two without are the same. */
  @Test
  void anAbsentCourseIdIsPartOfTheKey() {
    String noId = Fixtures.remove(BASE, "CourseID");
    assertThat(codes(Fixtures.repeat(noId, 2, (i, cas) -> cas))).containsExactly(FindingCode.DUPLICATE_RECORD.code());
    assertThat(codes(Fixtures.repeat(BASE, 2, (i, cas) -> i == 1 ? Fixtures.remove(cas, "CourseID") : cas)))
        .isEmpty();
  }

  // ---------------------------------------------------------------- counts

  /** Ready, not ready (warnings only) and rejected (any error) are counted per record, each once. */
  @Test
  void recordsAreCountedReadyNotReadyOrRejected() {
    String doc = Fixtures.repeat(BASE, 4, (i, cas) -> {
      String c = cas.replace("APP-0001", "APP-000" + i);
      switch (i) {
        case 1:
          return Fixtures.remove(c, "PreviousUKStudy"); // one warning
        case 2:
          return set(Fixtures.remove(c, "PreviousUKStudy"), "Nationality", "ZZZ"); // a warning and an error
        case 3:
          return Fixtures.remove(Fixtures.remove(c, "PreviousUKStudy"), "TestProvider"); // two warnings
        default:
          return c;
      }
    });
    ValidationReport r = validate(doc);
    assertThat(r.readyRecords()).isEqualTo(1);
    assertThat(r.notReadyRecords()).isEqualTo(2);
    assertThat(r.rejectedRecords()).isEqualTo(1);
    assertThat(r.errors()).isEqualTo(1);
    assertThat(r.warnings()).isEqualTo(4);
  }

  // ---------------------------------------------------------------- blank required text

  /** Every required text field of the schema, blank (the schema accepts spaces): an error at that field's path. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"ApplicantID,CAS/ApplicantData/ApplicantID",
      "FamilyName,CAS/ApplicantData/FamilyName",
      "ApplicantPassportOrTravelDocumentNumber,CAS/ApplicantData/ApplicantPassportOrTravelDocumentNumber",
      "Name,CAS/NonSponsorEducationInstitutionData/OverseasHigherEducationInstitutionDetails/Name",
      "CourseCurriculumTitle,CAS/CourseDetails/CourseCurriculumTitle",
      "DocumentsUsedToObtainOffer,CAS/Documentation/DocumentsUsedToObtainOffer"})
  void aBlankRequiredTextFieldIsAnError(String element, String path) {
    ValidationReport r = validate(set(BASE, element, "   "));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.BLANK_REQUIRED_TEXT.code());
      assertThat(f.location().path()).isEqualTo(path);
      assertThat(f.message()).startsWith(element + " holds only spaces. Project rule:");
    });
    assertThat(validate(set(BASE, element, "x")).findings()).isEmpty();
  }

  /** Addresses: the first line and the town are required; a blank second line is not an error. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"<AddressLine>1 Quay Road</AddressLine>,<AddressLine> </AddressLine>,"
      + "CAS/CourseDetails/MainSiteOfStudy/AddressLine",
      "<City>Plymouth</City><PostCode>PL4,<City> </City><PostCode>PL4,CAS/CourseDetails/MainSiteOfStudy/City",
      "<AddressLine>92 rue Pasteur</AddressLine>,<AddressLine> </AddressLine>,"
      + "CAS/NonSponsorEducationInstitutionData/OverseasHigherEducationInstitutionDetails/Address/AddressLine",
      "<City>Lyon</City>,<City>  </City>,"
      + "CAS/NonSponsorEducationInstitutionData/OverseasHigherEducationInstitutionDetails/Address/City",
      "<AddressLine>Marine Lab</AddressLine>,<AddressLine> </AddressLine>,"
      + "CAS/WorkPlacementDetails/WorkPlacementAddress/AddressLine"})
  void blankAddressLinesAndTowns(String from, String to, String path) {
    ValidationReport r = validate(BASE.replace(from, to));
    assertThat(r.findings()).extracting(f -> f.location().path()).containsExactly(path);
    assertThat(r.findings()).extracting(Finding::code).containsExactly(FindingCode.BLANK_REQUIRED_TEXT.code());
    assertThat(validate(BASE.replace("<AddressLine>1 Quay Road</AddressLine>",
        "<AddressLine>1 Quay Road</AddressLine><AddressLine> </AddressLine>")).findings()).isEmpty();
  }

  // ---------------------------------------------------------------- work placement edges

  /** The fixture is degree level (RQF6): 0% and 50% need nothing, 100% needs a justification, -1 and 101 are errors. */
  @ParameterizedTest(name = "{0}%")
  @CsvSource({"0,", "1,", "50,", "51,WORK_PLACEMENT_JUSTIFICATION_MISSING", "100,WORK_PLACEMENT_JUSTIFICATION_MISSING",
      "-1,WORK_PLACEMENT_PERCENTAGE_RANGE", "101,WORK_PLACEMENT_PERCENTAGE_RANGE"})
  void workPlacementPercentageAtItsEdges(String percentage, String code) {
    List<String> found = codes(set(BASE, "WorkPlacementPercentage", percentage));
    assertThat(found).isEqualTo(code == null ? List.of() : List.of(FindingCode.valueOf(code).code()));
  }

  @Test
  void aJustifiedHundredPercentAndABelowDegreeThresholdOfOneThird() {
    UnaryOperator<String> justified = d -> d.replace("<WorkPlacementAddress>",
        "<WorkPlacementJustificationText>Sandwich year</WorkPlacementJustificationText><WorkPlacementAddress>");
    assertThat(codes(justified.apply(set(BASE, "WorkPlacementPercentage", "100")))).isEmpty();
    String belowDegree = set(set(set(BASE, "AcademicLevel", "RQF5"), "CourseIsFullTime", "false"),
        "CourseHoursPerWeek", "15");
    assertThat(codes(set(belowDegree, "WorkPlacementPercentage", "0"))).isEmpty();
    assertThat(codes(set(belowDegree, "WorkPlacementPercentage", "33"))).isEmpty();
    assertThat(codes(set(belowDegree, "WorkPlacementPercentage", "34")))
        .containsExactly(FindingCode.WORK_PLACEMENT_JUSTIFICATION_MISSING.code());
    assertThat(validate(set(belowDegree, "WorkPlacementPercentage", "34")).findings().get(0).message())
        .contains("above the 33% threshold for below-degree courses");
    // the flag off and a 0% placement is no contradiction; any positive share is
    assertThat(codes(set(set(BASE, "ApplicantHasWorkPlacement", "false"), "WorkPlacementPercentage", "0"))).isEmpty();
    assertThat(codes(set(set(BASE, "ApplicantHasWorkPlacement", "false"), "WorkPlacementPercentage", "1")))
        .containsExactly(FindingCode.WORK_PLACEMENT_CONTRADICTION.code());
  }
}
