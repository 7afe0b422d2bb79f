package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.testkit.junit.SmsExtension;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import io.github.sponsorsdk.sms.xml.certificate.CasCertificates;
import io.github.sponsorsdk.sms.xml.io.BdtReader;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.port.RecordOutcome;
import io.github.sponsorsdk.sms.core.port.RecordOutcomeKind;
import io.github.sponsorsdk.sms.xml.io.BdtWriter;
import io.github.sponsorsdk.sms.xml.records.BatchHeader;
import io.github.sponsorsdk.sms.xml.records.FeeUpdate;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A student sponsor uploads a BDT batch: validated by sms-xml, records become CAS through the same path as one. */
class BulkDataTest {

  @RegisterExtension
  static SmsExtension ext = SmsExtension.create();

  /** The official example "1. SELT required.xml" (licence QHDGHB91X, one CAS, a year-only date of birth). */
  static String example() throws IOException {
    try (InputStream in = BulkDataTest.class.getResourceAsStream("bdt-example-1.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  static byte[] withFullDateOfBirth() throws IOException {
    String xml = example();
    String full = xml.replace("<DateOfBirth><Year>1980</Year></DateOfBirth>",
        "<DateOfBirth><FullDate>1980-05-01</FullDate></DateOfBirth>");
    assertThat(full).isNotEqualTo(xml);
    return full.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void aValidBatchCreatesItsCasReadyToAssign() throws IOException {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.studentSponsor().licenceNumber("QHDGHB91X").grant(sms);
    SessionToken t = s.signIn();
    SmsResult<BulkUpload> r = sms.uploadBdt(t, withFullDateOfBirth());
    BulkUpload upload = r.orElseThrow();
    assertThat(upload.records()).isEqualTo(1);
    assertThat(upload.created()).hasSize(1);
    assertThat(upload.rejected()).isZero();
    Certificate cas = sms.view(t, upload.created().get(0)).orElseThrow();
    assertThat(cas.status()).isEqualTo(CertificateStatus.CREATED);
    assertThat(cas.migrant().applicantReference()).contains("1234567890ABCDEFG");
    assertThat(sms.assign(t, upload.created().get(0)).isAllowed()).isTrue();
    assertThat(sms.bulkUploadResults(t, upload.reference()).orElseThrow()).isEqualTo(upload);
    // The upload is in the snapshot and survives a restore.
    InMemorySms other = InMemorySms.builder().passwordIterations(1_000).build();
    other.restore(sms.snapshot());
    assertThat(other.snapshot().uploads()).containsExactly(upload);
  }

  /** The official example's year-only date of birth is held as it is: the CAS equals its record, field by field. */
  @Test
  void aYearOnlyDateOfBirthBecomesACasEqualToItsRecord() throws IOException {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.studentSponsor().licenceNumber("QHDGHB91X").grant(sms);
    SessionToken t = s.signIn();
    byte[] file = example().getBytes(StandardCharsets.ISO_8859_1);
    BulkUpload upload = sms.uploadBdt(t, file).orElseThrow();
    assertThat(upload.created()).hasSize(1);
    assertThat(upload.rejected()).isZero();
    Certificate cas = sms.view(t, upload.created().get(0)).orElseThrow();
    assertThat(cas.migrant().dateOfBirth().toString()).isEqualTo("1980");
    try (BdtReader r = BdtReader.open(new ByteArrayInputStream(file))) {
      assertThat(CasCertificates.toRecord(cas)).isEqualTo(r.next());
    }
  }

  /** A record the validator passes but sms-core cannot hold (not a UK postcode shape) is reported, not created. */
  @Test
  void aRecordTheSdkCannotHoldIsReportedNotCreated() throws IOException {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.studentSponsor().licenceNumber("QHDGHB91X").grant(sms);
    String xml = example().replace("<PostCode>CR0 2DY</PostCode>", "<PostCode>QQ1 1QQ</PostCode>");
    BulkUpload upload = sms.uploadBdt(s.signIn(), xml.getBytes(StandardCharsets.ISO_8859_1)).orElseThrow();
    assertThat(upload.created()).isEmpty();
    assertThat(upload.rejected()).isEqualTo(1);
    assertThat(upload.findings()).extracting(f -> f.code()).contains("testkit.BDT_RECORD_NOT_MODELLED");
  }

  /** A fee update file (Manual 5) replaces the CAS's fees and payments; one for a CAS not held is rejected. */
  @Test
  void aFeeUpdateChangesTheCasFeesAndNothingElse() throws IOException {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.studentSponsor().licenceNumber("QHDGHB91X").grant(sms);
    SessionToken t = s.signIn();
    BulkUpload upload = sms.uploadBdt(t, example().getBytes(StandardCharsets.ISO_8859_1)).orElseThrow();
    CasNumber cas = upload.created().get(0);
    Certificate before = sms.view(t, cas).orElseThrow();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (BdtWriter w = BdtWriter.create(out, BdtFileKind.FEE_UPDATE, BatchHeader.of("FEES-1"))) {
      w.write(FeeUpdate.builder().casNumber(cas.value()).courseFeesForFirstYearOnly(new BigDecimal("27000"))
          .courseFeesPaidToDate(new BigDecimal("5000")).build());
      w.write(FeeUpdate.builder().casNumber("E4G0AA0A00A0A9").courseFeesForFirstYearOnly(new BigDecimal("1"))
          .courseFeesPaidToDate(BigDecimal.ONE).build());
    }
    BulkUpload fees = sms.uploadBdt(t, out.toByteArray()).orElseThrow();
    assertThat(fees.outcomes()).extracting(RecordOutcome::kind)
        .containsExactly(RecordOutcomeKind.RECORDED, RecordOutcomeKind.REJECTED);
    assertThat(fees.outcomes().get(1).findings()).extracting(f -> f.code()).contains("testkit.BDT_CAS_NOT_HELD");
    Certificate after = sms.view(t, cas).orElseThrow();
    assertThat(after.cas().orElseThrow().finances().courseFeesForFirstYearOnly()).isEqualByComparingTo("27000");
    assertThat(after.cas().orElseThrow().finances().courseFeesPaidToDate()).contains(new BigDecimal("5000"));
    assertThat(after.withCas(before.cas())).isEqualTo(before);
  }

  @Test
  void aFileForAnotherLicenceOrNotBdtAtAllChangesNothing() throws IOException {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.studentSponsor().grant(sms);   // licence E4ABC1234, the file names QHDGHB91X
    SessionToken t = s.signIn();
    SmsSnapshot before = sms.snapshot();
    assertThat(sms.uploadBdt(t, withFullDateOfBirth()).decision().codes()).containsExactly("testkit.BDT_OTHER_LICENCE");
    assertThat(sms.uploadBdt(t, "not xml".getBytes(StandardCharsets.US_ASCII)).isRefused()).isTrue();
    assertThat(sms.snapshot().certificates()).isEqualTo(before.certificates());
    assertThat(sms.snapshot().uploads()).isEmpty();
  }

  @Test
  void aSkilledWorkerSponsorHasNoStudentsMenu() throws IOException {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    assertThat(sms.uploadBdt(s.signIn(), withFullDateOfBirth()).isRefused()).isTrue();
  }

  @Test
  void theScenarioOfAStudentSponsorWithABatch() {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.studentSponsorWithBdtBatch(sms, 5);
    assertThat(sms.certificates(s.licenceNumber())).hasSize(5)
        .allSatisfy(c -> assertThat(c.status()).isEqualTo(CertificateStatus.CREATED));
    assertThat(sms.certificates(s.licenceNumber())).extracting(c -> c.migrant().passportNumber())
        .doesNotHaveDuplicates();
  }
}
