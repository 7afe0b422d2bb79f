package io.github.sponsorsdk.sms.xml.validate;

import static io.github.sponsorsdk.sms.xml.testing.Fixtures.bytes;
import static io.github.sponsorsdk.sms.xml.testing.Fixtures.remove;
import static io.github.sponsorsdk.sms.xml.testing.Fixtures.removeBlock;
import static io.github.sponsorsdk.sms.xml.testing.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.xml.io.BdtReader;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.UploadHeader;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.testing.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of the 13 official example files, and every rule, on the project's own fixture: each edit of the
 * ready-to-go CAS must produce exactly the findings listed (no more: rules never fire on their neighbours' cases).
 */
class FixtureScenariosTest {
  static final ValidationOptions ON = ValidationOptions.on(LocalDate.of(2026, 11, 25));
  static final String BASE = Fixtures.generalReady();

  static ValidationReport validate(String doc) {
    return BdtValidator.of(ON).validate(bytes(doc));
  }

  static List<String> codes(String doc) {
    return validate(doc).findings().stream().map(Finding::code).collect(Collectors.toList());
  }

  static void expect(UnaryOperator<String> edit, FindingCode... codes) {
    String doc = edit.apply(BASE);
    ValidationReport r = validate(doc);
    assertThat(r.findings().stream().map(Finding::code).collect(Collectors.toList())).as(r.findings().toString())
        .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(codes).map(FindingCode::code)
            .collect(Collectors.toList()));
  }

  static String seltNotRequired(String d) {
    return d.replaceFirst("(?s)<SELTRequired>.*</TestProvider>",
        "<SELTRequired>false</SELTRequired><ReasonSELTNotRequired>ENG_COUNTRY</ReasonSELTNotRequired>");
  }

  static String belowDegree(String d) {
    return set(set(set(d, "AcademicLevel", "RQF5"), "CourseIsFullTime", "false"), "CourseHoursPerWeek", "15");
  }

  @Test
  void readyFixtureReadsAndHasNoFindings() {
    try (BdtReader reader = BdtReader.open(bytes(BASE))) {
      assertThat(reader.kind()).isEqualTo(BdtFileKind.CAS_UPLOAD_GENERAL);
      assertThat(((UploadHeader) reader.header()).sponsorLicenceNumber()).isEqualTo("AB12CD34X");
      CasRecord cas = (CasRecord) reader.next();
      assertThat(cas.applicant().familyName()).isEqualTo("N\u00ed Bhriain");
      assertThat(cas.applicant().givenName()).contains("Zo\u00eb");
      assertThat(cas.finances().accommodationProvided()).isEmpty();
      assertThat(cas.documentation().documentsUsedToObtainOffer()).contains("\n");
      assertThat(reader.hasNext()).isFalse();
    }
    ValidationReport r = validate(BASE);
    assertThat(r.findings()).isEmpty();
    assertThat(r.readyRecords()).isEqualTo(1);
  }

  // Official examples 1-13 by scenario, on our fixture.
  @Test
  void seltScenarios() {
    expect(d -> d);                                                              // 1. SELT required
    expect(FixtureScenariosTest::seltNotRequired);                               // 2. SELT not required
    expect(d -> d.replaceFirst("(?s)\\s*<SELTRequired>.*</TestProvider>", ""),   // 3. WARNING - SELT not provided
        FindingCode.SELT_REQUIRED_MISSING);
    expect(d -> remove(remove(d, "TestProvider"), "EnglishLanguageLevelAttained"), FindingCode.SELT_DETAILS_MISSING);
    expect(d -> remove(seltNotRequired(d), "ReasonSELTNotRequired"), FindingCode.SELT_REASON_MISSING);
    expect(d -> removeBlock(d, "EvidenceDetails"), FindingCode.SELT_REQUIRED_MISSING,
        FindingCode.PREVIOUS_UK_STUDY_MISSING);
  }

  @Test
  void progressionScenarios() {
    expect(d -> d);                                                              // 4. progression HIGHER
    expect(d -> set(d, "CurrentPreviousCourseLevelComparison", "SAME"),          // 5. SAME, no justification
        FindingCode.PROGRESSION_JUSTIFICATION_MISSING);
    expect(d -> set(d, "CurrentPreviousCourseLevelComparison", "SAME").replace("</EvidenceDetails>",
        "<ProgressionJustification>Changing field</ProgressionJustification></EvidenceDetails>"));
    expect(d -> set(d, "CurrentPreviousCourseLevelComparison", "LOWER").replace("</EvidenceDetails>", // 6. LOWER
        "<ProgressionJustification>Conversion course</ProgressionJustification></EvidenceDetails>"));
    expect(d -> remove(remove(set(d, "PreviousUKStudy", "false"), "PreviousAcademicLevel"),       // 7. not previously
        "CurrentPreviousCourseLevelComparison"));
    expect(d -> remove(remove(remove(d, "PreviousUKStudy"), "PreviousAcademicLevel"),             // 8. WARNING
        "CurrentPreviousCourseLevelComparison"), FindingCode.PREVIOUS_UK_STUDY_MISSING);
    expect(d -> remove(d, "PreviousAcademicLevel"), FindingCode.PREVIOUS_STUDY_DETAILS_MISSING);
  }

  /** Thresholds: 50% at degree level, one third (33%) below (Tier 4 policy guidance); boundaries exactly. */
  @Test
  void workPlacementScenarios() {
    expect(d -> d);                                                              // 9. below threshold (25%)
    expect(d -> set(d, "WorkPlacementPercentage", "50"));
    expect(d -> set(d, "WorkPlacementPercentage", "51"), FindingCode.WORK_PLACEMENT_JUSTIFICATION_MISSING);
    expect(d -> set(d, "WorkPlacementPercentage", "100").replace("<WorkPlacementAddress>",  // 10. above, justified
        "<WorkPlacementJustificationText>Sandwich year</WorkPlacementJustificationText><WorkPlacementAddress>"));
    expect(d -> set(belowDegree(d), "WorkPlacementPercentage", "33"));
    expect(d -> set(belowDegree(d), "WorkPlacementPercentage", "34"),
        FindingCode.WORK_PLACEMENT_JUSTIFICATION_MISSING);
    expect(d -> remove(d, "WorkPlacementPercentage"), FindingCode.WORK_PLACEMENT_PERCENTAGE_MISSING); // 11.
    expect(d -> removeBlock(set(d, "ApplicantHasWorkPlacement", "false"), "WorkPlacementDetails"));  // 12.
    expect(d -> set(d, "ApplicantHasWorkPlacement", "false"), FindingCode.WORK_PLACEMENT_CONTRADICTION);
    expect(d -> set(d, "WorkPlacementPercentage", "101"), FindingCode.WORK_PLACEMENT_PERCENTAGE_RANGE);
  }

  @Test
  void workPlacementThresholdIsDateEffective() {
    var params = BdtParameters.of(
        io.github.sponsorsdk.sms.rules.effective.DateEffective.of("below", BdtParameters.TIER_4_START, 33,
            Citation.of(Source.CALLER_DOCUMENT, "test", LocalDate.of(2020, 1, 1))),
        io.github.sponsorsdk.sms.rules.effective.DateEffective.of("degree", BdtParameters.TIER_4_START, 50,
            Citation.of(Source.CALLER_DOCUMENT, "test", LocalDate.of(2020, 1, 1)))
            .then(LocalDate.of(2027, 1, 1), 20, Citation.of(Source.CALLER_DOCUMENT, "t", LocalDate.of(2020, 1, 1))));
    String doc = BASE; // 25% at RQF6
    ValidationOptions before = ValidationOptions.builder().evaluationDate(LocalDate.of(2026, 12, 31))
        .parameters(params).build();
    ValidationOptions after = ValidationOptions.builder().from(before).evaluationDate(LocalDate.of(2027, 1, 1))
        .build();
    assertThat(BdtValidator.of(before).validate(bytes(doc)).findings()).isEmpty();
    assertThat(BdtValidator.of(after).validate(bytes(doc)).findings()).extracting(Finding::code)
        .containsExactly(FindingCode.WORK_PLACEMENT_JUSTIFICATION_MISSING.code());
  }

  @Test
  void graduateScenario() {
    String doc = "<bulk:BulkReportingRootElement xmlns:bulk=\"http://homeoffice.gov.uk/immigration/migrant/cas/"
        + "bulk-cas-reporting-graduated-202102\"><bulk:BulkReportingFileHeader><bulk:BulkReportingId>G-1"
        + "</bulk:BulkReportingId></bulk:BulkReportingFileHeader><bulk:BulkReportingCASData><bulk:CASReport>GRADUATED"
        + "</bulk:CASReport><bulk:BulkReportingCASGraduation><bulk:CASNumber>E4G1AB2C34D5E6</bulk:CASNumber>"
        + "</bulk:BulkReportingCASGraduation></bulk:BulkReportingCASData><bulk:BulkReportingCASData><bulk:CASReport>"
        + "GRADUATED</bulk:CASReport><bulk:BulkReportingCASGraduation><bulk:CASNumber>E4G1AB2C34D5E"
        + "</bulk:CASNumber></bulk:BulkReportingCASGraduation></bulk:BulkReportingCASData>"
        + "</bulk:BulkReportingRootElement>";
    ValidationReport r = validate(doc);
    assertThat(r.kind()).contains(BdtFileKind.GRADUATE_NOTIFICATION);
    assertThat(r.records()).isEqualTo(2);
    assertThat(r.findings()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.location().recordNumber()).as("the second record, counted from 1").contains(2L);
      assertThat(f.code()).isEqualTo(FindingCode.SCHEMA_INVALID.code());
      assertThat(f.location().path()).isEqualTo("BulkReportingCASData/BulkReportingCASGraduation/CASNumber");
    });
  }

  @Test
  void courseAndCodeListRules() {
    expect(d -> set(set(belowDegree(d), "CourseHoursPerWeek", "0.0"), "WorkPlacementPercentage", "10"),
        FindingCode.COURSE_HOURS_MISSING);
    expect(d -> set(set(belowDegree(d), "CourseIsFullTime", "true"), "WorkPlacementPercentage", "10"),
        FindingCode.FULL_TIME_BELOW_DEGREE);
    expect(d -> set(d, "Nationality", "ZZZ"), FindingCode.UNKNOWN_NATIONALITY);
    expect(d -> set(d, "Nationality", "\"STATELESS\""));
    expect(d -> set(d, "Nationality", "XXA"));
    expect(d -> set(d, "CountryOfBirth", "QQQ"), FindingCode.UNKNOWN_COUNTRY);
    expect(d -> d.replace("<Country>FRA</Country>", "<Country>QQQ</Country>"), FindingCode.UNKNOWN_COUNTRY);
    expect(d -> set(d, "AcademicLevel", "Bachelor"), FindingCode.UNKNOWN_ACADEMIC_LEVEL);
    expect(d -> set(d, "PreviousAcademicLevel", "GCSE"), FindingCode.UNKNOWN_ACADEMIC_LEVEL);
    expect(d -> set(d, "TestProvider", "ETS"), FindingCode.UNKNOWN_TEST_PROVIDER);
    expect(d -> set(d, "EnglishLanguageLevelAttained", "D1"), FindingCode.UNKNOWN_ENGLISH_LEVEL);
    expect(d -> set(seltNotRequired(d), "ReasonSELTNotRequired", "BECAUSE"), FindingCode.UNKNOWN_SELT_REASON);
    expect(d -> set(d, "FamilyName", "   "), FindingCode.BLANK_REQUIRED_TEXT);
    expect(d -> set(d, "Name", "  "), FindingCode.BLANK_REQUIRED_TEXT);
    expect(d -> set(d, "ExpectedCourseEndDate", "2027-09-19"), FindingCode.COURSE_ENDS_BEFORE_START);
    expect(d -> set(d, "ExpectedCourseEndDate", "2027-09-20"));
    expect(d -> set(d, "CourseFeesPaidToDate", "24500.01"), FindingCode.FEES_INCONSISTENT);
    expect(d -> set(d, "CourseFeesPaidToDate", "24500"));
    expect(d -> d.replace("</FinancialAndAccommodationDetails>",
        "<BoardingFeesPaidToDate>10</BoardingFeesPaidToDate></FinancialAndAccommodationDetails>"),
        FindingCode.FEES_INCONSISTENT);
  }

  @Test
  void duplicatesAreTitleCourseIdStartDateAndApplicant() {
    String twice = Fixtures.repeat(BASE, 3, (i, cas) -> i == 2 ? cas.replace("APP-0001", "APP-0002") : cas);
    ValidationReport r = validate(twice);
    assertThat(r.findings()).extracting(Finding::code).containsExactly(FindingCode.DUPLICATE_RECORD.code());
    assertThat(r.findings().get(0).location().recordNumber()).contains(2L);
    assertThat(r.findings().get(0).location().applicantId()).contains("APP-0001");
    assertThat(r.rejectedRecords()).isEqualTo(1);
    assertThat(r.readyRecords()).isEqualTo(2);
    String otherStart = Fixtures.repeat(BASE, 2, (i, cas) -> i == 1 ? set(cas, "CourseStartDate", "2027-09-21")
        : cas);
    assertThat(validate(otherStart).findings()).isEmpty();
  }

  /** Every problem is collected, each attributed to its record with line, column and path. */
  @Test
  void schemaErrorsAreCollectedPerRecordWithLocation() {
    String doc = Fixtures.repeat(BASE, 4, (i, cas) -> {
      switch (i) {
        case 0:
          return set(cas, "FamilyName", "x".repeat(36));
        case 2:
          return set(set(cas.replace("PL4 8AA", "PL48AA"), "Gender", "3"), "Country", "FR");
        case 3:
          return removeBlock(cas, "Documentation");
        default:
          return cas;
      }
    });
    List<Long> mapped = new ArrayList<>();
    ValidationReport r = BdtValidator.of(ON).validate(bytes(doc), (i, rec, f) -> {
      if (rec.isPresent()) {
        mapped.add(i);
      }
    });
    assertThat(r.records()).isEqualTo(4);
    assertThat(mapped).as("record numbers counted from 1").containsExactly(2L);
    assertThat(r.rejectedRecords()).isEqualTo(3);
    assertThat(r.findings()).allSatisfy(f -> {
      assertThat(f.location().line()).isPositive();
      assertThat(f.location().column()).isPositive();
      assertThat(f.location().applicantId()).contains("APP-0001");
      assertThat(FindingCode.layerOf(f).orElseThrow()).isIn(FindingLayer.SCHEMA, FindingLayer.READER);
      assertThat(f.isError()).isTrue();
      assertThat(f.severity()).isEqualTo(Severity.REFUSAL);
    });
    var first = r.findings().get(0);
    assertThat(first.location().recordNumber()).contains(1L);
    assertThat(first.code()).isEqualTo(FindingCode.SCHEMA_INVALID.code());
    assertThat(first.location().path()).isEqualTo("CAS/ApplicantData/FamilyName");
    assertThat(first.message()).contains("36").startsWith("The schema rejects the content: ");
    assertThat(first.reason().parameters()).containsOnlyKeys("detail");
    assertThat(r.findings().stream().filter(f -> f.location().recordNumber().equals(java.util.Optional.of(3L))))
        .extracting(f -> f.location().path()).contains("CAS/ApplicantData/Gender",
            "CAS/CourseDetails/MainSiteOfStudy/PostCode");
    assertThat(r.findings().stream().filter(f -> f.location().recordNumber().equals(java.util.Optional.of(4L))))
        .isNotEmpty();
    assertThat(r.findings()).noneMatch(f -> f.location().recordNumber().equals(java.util.Optional.of(2L)));
  }

  @Test
  void findingsAreCappedButCounted() {
    String doc = Fixtures.repeat(BASE, 10, (i, cas) -> set(set(cas, "Nationality", "ZZZ"), "ApplicantID", "A" + i));
    ValidationReport r = BdtValidator.of(ValidationOptions.builder().from(ON).maxFindings(3).build())
        .validate(bytes(doc));
    assertThat(r.findings()).hasSize(3);
    assertThat(r.truncated()).isTrue();
    assertThat(r.errors()).isEqualTo(10);
    assertThat(r.rejectedRecords()).isEqualTo(10);
  }

  @Test
  void childUploadHasNoEvidenceAndNeedsNoHours() {
    String child = removeBlock(removeBlock(BASE, "EvidenceDetails"), "WorkPlacementDetails")
        .replace("BulkFileUploadGeneralRootElement", "BulkFileUploadChildRootElement")
        .replace("T4General Ready To Go", "T4Child Ready To Go").replace("<Category>General", "<Category>Child");
    String doc = set(set(set(child, "AcademicLevel", "RQF3"), "CourseIsFullTime", "false"), "ApplicantHasWorkPlacement",
        "false");
    ValidationReport r = validate(doc);
    assertThat(r.kind()).contains(BdtFileKind.CAS_UPLOAD_CHILD);
    assertThat(r.findings()).isEmpty();
    try (BdtReader reader = BdtReader.open(bytes(doc))) {
      CasRecord cas = (CasRecord) reader.next();
      assertThat(cas.evidence()).isEmpty();
      assertThat(cas.workPlacement()).isEmpty();
    }
    // evidence in a Child file is a schema error
    assertThat(codes(removeBlock(BASE, "WorkPlacementDetails").replace("BulkFileUploadGeneralRootElement",
        "BulkFileUploadChildRootElement").replace("T4General Ready To Go", "T4Child Ready To Go")
        .replace("<Category>General", "<Category>Child"))).contains(FindingCode.SCHEMA_INVALID.code());
  }

  @Test
  void headerInconsistentWithRootIsReported() {
    ValidationReport r = validate(BASE.replace("T4General Ready To Go", "T4Child Ready To Go")
        .replace("<Category>General", "<Category>Child"));
    assertThat(r.findings()).extracting(Finding::code).containsExactly(FindingCode.HEADER_INCONSISTENT.code());
    assertThat(r.findings().get(0).location().recordNumber()).isEmpty();
    assertThat(r.findings().get(0).message()).contains("does not match the root element");
    assertThat(r.header()).isEmpty();
    assertThat(r.records()).isEqualTo(1);
  }
}
