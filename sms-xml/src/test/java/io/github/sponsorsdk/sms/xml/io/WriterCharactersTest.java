package io.github.sponsorsdk.sms.xml.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.Applicant;
import io.github.sponsorsdk.sms.xml.records.Course;
import io.github.sponsorsdk.sms.xml.records.UkAddress;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.testing.BdtGen;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer emits ISO 8859-1 and refuses, or on request transliterates, characters outside a field's range. */
class WriterCharactersTest {
  static final BdtGen GEN = BdtGen.seeded(7);

  static CasRecord withFamilyName(String name) {
    CasRecord c = GEN.cas(false);
    return c.withApplicant(c.applicant().withFamilyName(name));
  }

  static CasRecord withCity(String city) {
    CasRecord c = GEN.cas(false);
    return c.withCourse(c.course().withMainSiteOfStudy(
        c.course().mainSiteOfStudy().withCity(city)));
  }

  static byte[] write(WriteOptions options, BdtRecord... records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BdtWriter w = BdtWriter.create(out, BdtFileKind.CAS_UPLOAD_GENERAL,
        GEN.header(BdtFileKind.CAS_UPLOAD_GENERAL), options)) {
      for (BdtRecord r : records) {
        w.write(r);
      }
    }
    return out.toByteArray();
  }

  static CasRecord readBack(byte[] bytes, int index) {
    try (BdtReader r = BdtReader.open(new ByteArrayInputStream(bytes))) {
      List<BdtRecord> all = r.records().collect(java.util.stream.Collectors.toList());
      return (CasRecord) all.get(index);
    }
  }

  @Test
  void latin1IsWrittenAsLatin1Bytes() {
    byte[] bytes = write(WriteOptions.defaults(), withFamilyName("Zo\u00eb \u00d8st\u00e9"));
    String head = new String(bytes, 0, 60, StandardCharsets.ISO_8859_1);
    assertThat(head).startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"");
    assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("Zo\u00eb \u00d8st\u00e9");
    assertThat(readBack(bytes, 0).applicant().familyName()).isEqualTo("Zo\u00eb \u00d8st\u00e9");
  }

  @Test
  void outsideLatin1IsRefusedNamingRecordFieldAndCharacter() {
    BdtWriteException e = catchThrowableOfType(BdtWriteException.class, () -> write(WriteOptions.defaults(),
        withFamilyName("Smith"), withFamilyName("\u0141ukasz")));
    assertThat(e.recordNumber()).hasValue(2);
    assertThat(e.field()).isEqualTo("CAS/ApplicantData/FamilyName");
    assertThat(e.getMessage()).contains("U+0141").contains("record 2");
  }

  @Test
  void addressFieldsRefuseAccentsAndPunctuationTheSchemaForbids() {
    BdtWriteException e = catchThrowableOfType(BdtWriteException.class, () -> write(WriteOptions.defaults(),
        withCity("Z\u00fcrich")));
    assertThat(e.field()).isEqualTo("CAS/CourseDetails/MainSiteOfStudy/City");
    assertThat(catchThrowableOfType(BdtWriteException.class, () -> write(WriteOptions.defaults(),
        withCity("No #5"))).getMessage()).contains("U+0023");
  }

  @Test
  void transliterationIsExplicitAndReadable() {
    WriteOptions t = WriteOptions.builder().characters(WriteOptions.Characters.TRANSLITERATE).build();
    byte[] bytes = write(t, withFamilyName("\u0141ukasz \u201cOla\u201d \u0152uvre \u2013 Dvo\u0159\u00e1k"),
        withCity("Z\u00fcrich"));
    assertThat(readBack(bytes, 0).applicant().familyName()).isEqualTo("Lukasz \"Ola\" OEuvre - Dvor\u00e1k");
    assertThat(readBack(bytes, 1).course().mainSiteOfStudy().city()).isEqualTo("Zurich");
    BdtWriteException e = catchThrowableOfType(BdtWriteException.class, () -> write(t, withFamilyName("\u674e")));
    assertThat(e.getMessage()).contains("U+674E").contains("no spelling");
  }

  @Test
  void transliterationThatOverrunsTheLengthIsRefused() {
    WriteOptions t = WriteOptions.builder().characters(WriteOptions.Characters.TRANSLITERATE).build();
    BdtWriteException e = catchThrowableOfType(BdtWriteException.class, () -> write(t,
        withFamilyName("x".repeat(34) + "\u0153")));
    assertThat(e.getMessage()).contains("more than 35");
  }

  @Test
  void recordsOfTheWrongKindAreRefused() {
    BdtWriteException e = catchThrowableOfType(BdtWriteException.class, () -> write(WriteOptions.defaults(),
        GEN.record(BdtFileKind.GRADUATE_NOTIFICATION)));
    assertThat(e.getMessage()).contains("CasRecord");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BdtWriter child = BdtWriter.create(out, BdtFileKind.CAS_UPLOAD_CHILD, GEN.header(BdtFileKind.CAS_UPLOAD_CHILD));
    CasRecord general = GEN.cas(false).withEvidence(
        io.github.sponsorsdk.sms.xml.records.Evidence.builder().build());
    assertThat(catchThrowableOfType(BdtWriteException.class, () -> child.write(general)).getMessage())
        .contains("Child CAS");
  }
}
