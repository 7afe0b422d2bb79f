package io.github.sponsorsdk.sms.xml.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.xml.io.BdtReader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.GraduateNotification;
import io.github.sponsorsdk.sms.xml.records.UploadHeader;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.testing.Reference;
import io.github.sponsorsdk.sms.xml.validate.BdtValidator;
import io.github.sponsorsdk.sms.xml.validate.FindingCode;
import io.github.sponsorsdk.sms.xml.validate.FindingLayer;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 13 official GOV.UK example files (docs/sources.md#bdt-example-files, 14 March 2021) read and validate with the
 * project's reader and schemas, and each produces exactly the SMS findings its name announces.
 */
class OfficialExamplesTest {
  static final ValidationOptions ON = ValidationOptions.on(LocalDate.of(2026, 11, 25));

  static List<String> codes(ValidationReport r) {
    return r.findings().stream().map(f -> f.reason().name()).collect(Collectors.toList());
  }

  /**
   * Example 2 is byte-identical to example 8 but for the ApplicantID, so it carries the same "progression not
   * provided" warning; example 3 has no PreviousUKStudy either.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1. SELT required.xml|",
      "2. SELT not required.xml|PREVIOUS_UK_STUDY_MISSING",
      "3. WARNING - SELT not provided.xml|SELT_REQUIRED_MISSING PREVIOUS_UK_STUDY_MISSING",
      "4. Previously UK student - progression HIGHER.xml|",
      "5. Previously UK student - progression SAME.xml|",
      "6. Previously UK student - progression LOWER.xml|",
      "7. Not previously UK student.xml|",
      "8. WARNING - progression not provided.xml|PREVIOUS_UK_STUDY_MISSING",
      "9. Work placement - below threshold.xml|",
      "10. Work placement - above threshold.xml|",
      "11. Work placement - no details.xml|WORK_PLACEMENT_PERCENTAGE_MISSING",
      "12. No work placement.xml|"})
  void uploadExampleReadsValidatesAndWarnsAsNamed(String file, String expected) throws Exception {
    Path path = Reference.bdt().resolve("examples").resolve(file);
    List<BdtRecord> records = new ArrayList<>();
    try (BdtReader reader = BdtReader.open(path)) {
      assertThat(reader.kind()).isEqualTo(BdtFileKind.CAS_UPLOAD_GENERAL);
      assertThat(reader.header()).isInstanceOf(UploadHeader.class);
      reader.forEachRemaining(records::add);
    }
    assertThat(records).hasSize(1).allMatch(r -> r instanceof CasRecord);

    ValidationReport report = BdtValidator.of(ON).validate(path);
    assertThat(report.findings()).noneMatch(f -> FindingCode.layerOf(f).orElseThrow() != FindingLayer.SMS_RULE);
    List<String> want = expected == null ? List.of() : List.of(expected.split(" "));
    assertThat(codes(report)).as(report.findings().toString()).containsExactlyInAnyOrderElementsOf(want);
    assertThat(report.records()).isEqualTo(1);
    assertThat(report.findings()).allSatisfy(f -> {
      assertThat(f.location().recordNumber()).contains(1L);
      assertThat(f.reason().namespace()).isEqualTo("bdt");
      assertThat(f.location().applicantId()).hasValueSatisfying(a -> assertThat(a).startsWith("1234567890ABCDEF"));
    });
  }

  @Test
  void graduateNotificationsReadWithTheReconstructedSchema() throws Exception {
    Path path = Reference.bdt().resolve("examples").resolve("13. Graduate Notifications.xml");
    try (BdtReader reader = BdtReader.open(path)) {
      assertThat(reader.kind()).isEqualTo(BdtFileKind.GRADUATE_NOTIFICATION);
      assertThat(reader.header().fileId()).isEqualTo("1234");
      assertThat(reader.records().map(r -> ((GraduateNotification) r).casNumber()))
          .containsExactly("E4G0AA0A00A0A1", "E4G0AA0A00A0A2", "E4G0AA0A00A0A3", "E4G0AA0A00A0A4");
    }
    ValidationReport report = BdtValidator.of(ON).validate(path);
    assertThat(report.findings()).isEmpty();
    assertThat(report.records()).isEqualTo(4);
  }
}
