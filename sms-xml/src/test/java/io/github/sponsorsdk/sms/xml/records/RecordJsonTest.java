package io.github.sponsorsdk.sms.xml.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.certificate.PartialDate;
import io.github.sponsorsdk.sms.core.decision.FileLocation;
import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.xml.io.ReadOptions;
import io.github.sponsorsdk.sms.xml.io.WriteOptions;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.testing.BdtGen;
import io.github.sponsorsdk.sms.xml.testing.Json;
import io.github.sponsorsdk.sms.xml.validate.CodeList;
import io.github.sponsorsdk.sms.xml.validate.CodeLists;
import io.github.sponsorsdk.sms.xml.validate.FindingCode;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Every value type survives a JSON round trip; invalid values list every violation. */
class RecordJsonTest {

  @Test
  void generatedRecordsAndHeadersRoundTrip() {
    for (long seed = 1; seed <= 20; seed++) {
      BdtGen gen = BdtGen.seeded(seed);
      for (BdtFileKind kind : BdtFileKind.values()) {
        BdtRecord r = gen.record(kind);
        assertThat(Json.roundTrip(r, r.getClass())).as("seed %d %s", seed, kind).isEqualTo(r);
        BdtHeader h = gen.header(kind);
        assertThat(Json.roundTrip(h, h.getClass())).isEqualTo(h);
      }
    }
  }

  @Test
  void optionsFindingsAndReportsRoundTrip() {
    Finding f = Finding.of(FindingCode.UNKNOWN_COUNTRY.reason(java.util.Map.of("field", "Country", "value", "'QQQ'",
        "list", "countries")),
        FileLocation.builder().recordNumber(3L).applicantId("A1").line(4).column(5).path("CAS/CourseDetails").build());
    assertThat(Json.roundTrip(f, Finding.class)).isEqualTo(f);
    ValidationReport report = ValidationReport.builder().records(4).rejectedRecords(1).notReadyRecords(0)
        .uncheckedRecords(0).readToEnd(true).errors(1).warnings(0).truncated(false).addFindings(f)
        .kind(BdtFileKind.CAS_UPLOAD_GENERAL).build();
    assertThat(Json.roundTrip(report, ValidationReport.class)).isEqualTo(report);
    assertThat(Json.roundTrip(ReadOptions.defaults(), ReadOptions.class)).isEqualTo(ReadOptions.defaults());
    assertThat(Json.roundTrip(WriteOptions.defaults(), WriteOptions.class)).isEqualTo(WriteOptions.defaults());
    assertThat(Json.roundTrip(CodeLists.defaults(), CodeLists.class)).isEqualTo(CodeLists.defaults());
    ValidationOptions o = ValidationOptions.on(LocalDate.of(2026, 11, 25));
    assertThat(Json.roundTrip(o, ValidationOptions.class)).isEqualTo(o);
  }

  @Test
  void invalidValuesListEveryViolation() {
    assertThatThrownBy(() -> UploadHeader.builder().fileId("-").category(CasCategory.GENERAL)
        .sponsorLicenceNumber("abc").build()).isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).violations()).extracting(v -> v.path())
            .contains("fileId", "sponsorLicenceNumber"));
    assertThatThrownBy(() -> GraduateNotification.of("E4X0AA0A00A0A1")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("casNumber");
    assertThatThrownBy(() -> PartialDate.parse("2023-02-29"))
        .hasMessageContaining("day");
    assertThat(PartialDate.of(Year.of(980)).toString()).isEqualTo("0980");
  }

  @Test
  void recordsMapTheirIdentifiersToSmsCoreValues() {
    GraduateNotification g = GraduateNotification.of("e4g0aa0a00a0a1".toUpperCase(java.util.Locale.ROOT));
    assertThat(g.cas()).isEqualTo(io.github.sponsorsdk.sms.core.identifier.CasNumber.of("E4G0AA0A00A0A1"));
    assertThat(Json.roundTrip(g, GraduateNotification.class)).isEqualTo(g);   // the typed view is not in the JSON
    UploadHeader guidanceAlphabet = UploadHeader.builder().fileId("F1").category(CasCategory.GENERAL)
        .sponsorLicenceNumber("QHDGHB91X").build();
    assertThat(guidanceAlphabet.licenceNumber())
        .contains(io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber.of("QHDGHB91X"));
    // The schema accepts I, L, O and S; the guidance alphabet does not, so there is no typed form.
    UploadHeader schemaOnly = UploadHeader.builder().fileId("F1").category(CasCategory.GENERAL)
        .sponsorLicenceNumber("QHDGHB1SX").build();
    assertThat(schemaOnly.licenceNumber()).isEmpty();
  }

  @Test
  void codeListsHaveTheirSourcesSizes() {
    CodeLists c = CodeLists.defaults();
    assertThat(c.academicLevels().codes().keySet()).hasSize(32).contains("RQF8_RE", "SCQF12DES", "QCF_NQF3", "C2");
    assertThat(c.degreeLevels()).hasSize(18).contains("RQF6", "SCQF9").doesNotContain("RQF5", "SCQF8", "C2");
    assertThat(c.countries().codes().keySet()).hasSize(252).contains("YUG", "GBR");
    assertThat(c.nationalities().codes().keySet()).hasSize(265).contains("\"STATELESS\"", "XXA", "BNO")
        .doesNotContain("YUG");
    assertThat(c.academicLevels().date()).isEqualTo(java.time.LocalDate.of(2023, 7, 31));
    assertThat(c.academicLevels().dateBasis()).isEqualTo(CodeList.DateBasis.EDITION);
    assertThat(c.academicLevels().unknownCodeSeverity()).isEqualTo(Severity.WARNING);
    assertThat(c.nationalities().dateBasis()).isEqualTo(CodeList.DateBasis.COPIED);
    assertThat(c.nationalities().unknownCodeSeverity()).isEqualTo(Severity.REFUSAL);
    assertThat(c.countries().source()).contains("third party");
  }
}
