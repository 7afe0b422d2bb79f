package io.github.sponsorsdk.sms.xml.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.PartialDate;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import io.github.sponsorsdk.sms.xml.io.BdtReader;
import io.github.sponsorsdk.sms.xml.records.CasCategory;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.testing.BdtGen;
import io.github.sponsorsdk.sms.xml.testing.Fixtures;
import io.github.sponsorsdk.sms.xml.io.BdtWriter;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@link CasCertificates}: a BDT CAS record and a CAS certificate map to each other without loss, both ways. */
class CasCertificatesTest {
  private static final SmsUserId OWNER = SmsUserId.of("DJDON0001");
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

  private static CasRecord fixture() {
    try (BdtReader r = BdtReader.open(Fixtures.bytes(Fixtures.generalReady()))) {
      return (CasRecord) r.next();
    }
  }

  @Test
  void theFixtureRecordTravelsToACertificateAndBack() {
    CasRecord record = fixture();
    Certificate cas = CasCertificates.toCertificate(record, CasCategory.GENERAL, OWNER, TODAY);
    assertThat(cas.route()).isEqualTo(Route.STUDENT);
    assertThat(cas.migrant().applicantReference()).contains(record.applicant().applicantId());
    assertThat(cas.startDate()).contains(record.course().startDate());
    assertThat(cas.cas().orElseThrow().course().title()).isEqualTo(record.course().title());
    assertThat(CasCertificates.toRecord(cas)).isEqualTo(record);
    CertificateDraft draft = CasCertificates.toDraft(record, CasCategory.GENERAL);
    assertThat(CasCertificates.toDraft(CasCertificates.toRecord(draft), CasCategory.GENERAL)).isEqualTo(draft);
  }

  /** A year-only date of birth, as in every official example, is held as it is. */
  @Test
  void aPartialDateOfBirthIsHeldAsWritten() {
    CasRecord record = fixture();
    CasRecord yearOnly = record.withApplicant(record.applicant().withDateOfBirth(PartialDate.of(Year.of(1980))));
    Certificate cas = CasCertificates.toCertificate(yearOnly, CasCategory.GENERAL, OWNER, TODAY);
    assertThat(cas.migrant().dateOfBirth().toString()).isEqualTo("1980");
    assertThat(CasCertificates.toRecord(cas)).isEqualTo(yearOnly);
  }

  /**
   * Generated records (BdtGen, seeded through Instancio; the seed is in the message on failure), General and Child:
   * each one sms-core can hold maps back to itself (a lower-case postcode comes back upper-case, the one documented
   * normalisation), and each it cannot hold is refused for one of the documented reasons only (blank text, not a UK postcode, a course ending before it starts).
   */
  @Test
  void generatedRecordsMapBackToThemselves() {
    List<Violation> undocumented = new java.util.ArrayList<>();
    Set<String> refusedRules = new TreeSet<>();
    int mapped = 0;
    int total = 0;
    for (long seed = 1; seed <= 40; seed++) {
      BdtGen gen = BdtGen.seeded(20261205L + seed);
      for (int i = 0; i < 25; i++) {
        boolean child = i % 5 == 0;
        CasCategory category = child ? CasCategory.CHILD : CasCategory.GENERAL;
        CasRecord record = gen.cas(child);
        total++;
        CertificateDraft draft;
        try {
          draft = CasCertificates.toDraft(record, category);
        } catch (InvalidValueException e) {
          for (Violation v : e.violations()) {
            refusedRules.add(v.rule());
            if (!v.rule().equals("DateOrder") && !v.message().contains("blank")) {
              undocumented.add(v);
            }
          }
          continue;
        }
        mapped++;
        CasRecord back = CasCertificates.toRecord(draft);
        assertThat(back).as("seed %s record %s", seed, i).isEqualTo(upperCasePostcode(record));
        assertThat(CasCertificates.toDraft(back, category)).as("seed %s record %s", seed, i).isEqualTo(draft);
        Certificate cas = CasCertificates.toCertificate(record, category, OWNER, TODAY);
        assertThat(CasCertificates.toRecord(cas)).as("seed %s record %s", seed, i).isEqualTo(back);
      }
    }
    assertThat(mapped).as("records mapped of %s", total).isGreaterThan(total / 2);
    assertThat(undocumented).as("refusals other than blank text or a course ending before it starts").isEmpty();
    assertThat(refusedRules).as("the generator reaches both documented refusals").contains("DateOrder", "NotBlank");
  }

  /**
   * Generated General records (seeded) whose own upload file the official v2.1 XSD accepts: the file written from
   * the certificate each maps to is accepted by the official XSD too, and is the same file, byte for byte.
   */
  @Test
  void filesWrittenFromCertificatesPassTheOfficialSchema() throws Exception {
    Schema official = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(CasCertificatesTest.class.getResource("/official/BulkDataCASUpload-General-v2.1.xsd"));
    BdtHeader header;
    try (BdtReader r = BdtReader.open(Fixtures.bytes(Fixtures.generalReady()))) {
      header = r.header();
    }
    int checked = 0;
    for (long seed = 1; seed <= 20; seed++) {
      BdtGen gen = BdtGen.seeded(7_2026L + seed);
      for (int i = 0; i < 20; i++) {
        CasRecord record = upperCasePostcode(gen.cas(false));
        byte[] original = file(header, record);
        if (!accepts(official, original)) {
          continue;
        }
        Certificate cas;
        try {
          cas = CasCertificates.toCertificate(record, CasCategory.GENERAL, OWNER, TODAY);
        } catch (InvalidValueException e) {
          continue;
        }
        byte[] written = file(header, CasCertificates.toRecord(cas));
        assertThat(accepts(official, written)).as("seed %s record %s", seed, i).isTrue();
        assertThat(written).as("seed %s record %s", seed, i).isEqualTo(original);
        checked++;
      }
    }
    assertThat(checked).as("generated records the official schema accepts").isGreaterThan(20);
  }

  private static byte[] file(BdtHeader header, CasRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BdtWriter w = BdtWriter.create(out, BdtFileKind.CAS_UPLOAD_GENERAL, header)) {
      w.write(record);
    }
    return out.toByteArray();
  }

  private static boolean accepts(Schema schema, byte[] file) throws IOException {
    try {
      schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
      return true;
    } catch (SAXException e) {
      return false;
    }
  }

  private static CasRecord upperCasePostcode(CasRecord r) {
    return r.withCourse(r.course().withMainSiteOfStudy(r.course().mainSiteOfStudy().withPostCode(
        r.course().mainSiteOfStudy().postCode().toUpperCase(Locale.ROOT))));
  }

  @Test
  void aRecordSmsCoreCannotHoldIsRefusedWithEveryViolationMasked() {
    CasRecord record = fixture();
    CasRecord bad = record.withApplicant(record.applicant().withFamilyName("   ").withPassportOrTravelDocumentNumber(
        " ")).withCourse(record.course().withMainSiteOfStudy(record.course().mainSiteOfStudy()
        .withPostCode("QQ1 1QQ")));
    assertThatThrownBy(() -> CasCertificates.toDraft(bad, CasCategory.GENERAL))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).violations()).extracting(Violation::path)
            .contains("migrant.familyName", "migrant.passportNumber", "mainAddress.postcode"));
  }

  @Test
  void aCertificateWithoutWhatARecordNeedsIsRefusedWithEveryGap() {
    Certificate cas = CasCertificates.toCertificate(fixture(), CasCategory.GENERAL, OWNER, TODAY);
    Certificate thin = cas.withMainAddress(java.util.Optional.empty()).withStartDate(java.util.Optional.empty())
        .withCas(java.util.Optional.empty());
    assertThatThrownBy(() -> CasCertificates.toRecord(thin)).isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).violations()).extracting(Violation::path)
            .containsExactly("mainAddress", "startDate", "cas"));
  }

  @Test
  void categoriesAndRoutes() {
    assertThat(CasCertificates.route(CasCategory.CHILD)).isEqualTo(Route.CHILD_STUDENT);
    assertThat(CasCertificates.route(CasCategory.GENERAL)).isEqualTo(Route.STUDENT);
    assertThat(CasCertificates.category(Route.CHILD_STUDENT)).isEqualTo(CasCategory.CHILD);
    assertThatThrownBy(() -> CasCertificates.category(Route.SKILLED_WORKER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CoS");
  }
}
