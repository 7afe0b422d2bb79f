package io.github.sponsorsdk.sms.xml.validate;

import static io.github.sponsorsdk.sms.xml.testing.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.xml.io.BdtReadException;
import io.github.sponsorsdk.sms.xml.io.BdtReader;
import io.github.sponsorsdk.sms.xml.records.UploadHeader;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.schema.SchemaProvenance;
import io.github.sponsorsdk.sms.xml.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item by item: what a student-records team checking files before upload needs the report to say, on the
 * project's fixture (one ready-to-go Student CAS).
 */
class TrustworthyChecksTest {
  static final ValidationOptions ON = ValidationOptions.on(LocalDate.of(2026, 11, 25));
  static final String BASE = Fixtures.generalReady();

  /** A schema finding's own words, without the template's lead-in. */
  static String detail(Finding f) {
    return String.valueOf(f.reason().parameters().get("detail"));
  }

  static ValidationReport validate(byte[] doc) {
    return BdtValidator.of(ON).validate(new ByteArrayInputStream(doc));
  }

  static ValidationReport validate(String doc) {
    return validate(doc.getBytes(StandardCharsets.ISO_8859_1));
  }

  static List<String> codes(ValidationReport r) {
    return r.findings().stream().map(Finding::code).collect(Collectors.toList());
  }

  static String three() {
    return Fixtures.repeat(BASE, 3, (i, cas) -> cas.replace("APP-0001", "APP-000" + (i + 1)));
  }

  // ---------------------------------------------------------------- 2, 3: honest summaries, encoding diagnosis

  /** The issue's case: three records, a byte of ISO-8859-1 in record 2 of a file declared UTF-8. */
  @Test
  void aBadByteInRecordTwoIsReportedThereAndTheOtherRecordsAreStillChecked() {
    String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + three().substring(three().indexOf("<ns2:"))
        .replace("N\u00ed Bhriain", "Nolan").replace("Zo\u00eb", "Zoe").replace("Universit\u00e9", "University");
    doc = doc.replaceFirst("(APP-0002</ApplicantID>[\\s\\S]*?<FamilyName>)Nolan", "$1Barr\u00e9");
    byte[] bytes = doc.getBytes(StandardCharsets.ISO_8859_1);
    int offset = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u00e9');
    ValidationReport r = validate(bytes);
    assertThat(codes(r)).containsExactly(FindingCode.ENCODING_INVALID.code());
    Finding f = r.findings().get(0);
    assertThat(f.location().recordNumber()).contains(2L);
    assertThat(f.location().applicantId()).contains("APP-0002");
    assertThat(f.message()).isEqualTo("Wrong encoding: declared UTF-8, byte 0xE9 at offset " + offset + " is not"
        + " UTF-8; it looks like ISO-8859-1 '\u00e9' (save the file as UTF-8, or declare the encoding it was written"
        + " in)");
    assertThat(r.records()).isEqualTo(3);
    assertThat(r.readToEnd()).isTrue();
    assertThat(r.rejectedRecords()).isEqualTo(1);
    assertThat(r.readyRecords()).isEqualTo(2);
  }

  /** A reader (not a validator) refuses the repaired value rather than hand out a name with U+FFFD in it. */
  @Test
  void theReaderRefusesBadBytesWithTheDiagnosis() {
    byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + BASE.substring(BASE.indexOf("<ns2:")))
        .getBytes(StandardCharsets.ISO_8859_1);
    BdtReadException e = catchThrowableOfType(BdtReadException.class, () -> {
      try (BdtReader reader = BdtReader.open(new ByteArrayInputStream(bytes))) {
        reader.forEachRemaining(x -> { });
      }
    });
    assertThat(e.problem()).isEqualTo(BdtReadException.Problem.ENCODING);
    assertThat(e.recordNumber()).hasValue(1);
    assertThat(e.detail()).startsWith("declared UTF-8, byte 0xED at offset ");
  }

  /** A UTF-8 file declared ISO-8859-1: "BarrÃ©" is valid text, so it is a warning, and the CAS is still ready. */
  @Test
  void utf8BytesInAnIso88591FileAreMojibake() {
    String doc = BASE.replace("N\u00ed Bhriain", "Barr\u00c3\u00a9");
    ValidationReport r = validate(doc);
    assertThat(codes(r)).containsExactly(FindingCode.ENCODING_SUSPECT.code());
    assertThat(r.findings().get(0).message()).contains("declared ISO-8859-1, bytes 0xC3 0xA9 at offset ")
        .contains("read as '\u00c3\u00a9' look like UTF-8 for '\u00e9'");
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(r.readyRecords()).isEqualTo(1);
    assertThat(r.notReadyRecords()).isZero();
    // a genuine ISO-8859-1 name with the same letters apart is not flagged
    assertThat(validate(BASE.replace("N\u00ed Bhriain", "\u00c3 \u00a9")).findings()).isEmpty();
  }

  /** Reading stops inside record 3: records 1 and 2 were checked, record 3 was not, and is never counted ready. */
  @Test
  void aFileCutInRecordThreeCountsTwoCheckedAndOneNotChecked() {
    String doc = three();
    String cut = doc.substring(0, doc.lastIndexOf("<CourseDetails>"));
    ValidationReport r = validate(cut);
    assertThat(r.records()).isEqualTo(3);
    assertThat(r.readToEnd()).isFalse();
    assertThat(r.uncheckedRecords()).isEqualTo(1);
    assertThat(r.readyRecords()).isEqualTo(2);
    assertThat(r.accepted()).isFalse();
    Finding f = r.findings().get(r.findings().size() - 1);
    assertThat(f.code()).isEqualTo(FindingCode.FILE_UNREADABLE.code());
    assertThat(f.location().recordNumber()).contains(3L);
    assertThat(f.location().applicantId()).contains("APP-0003");
    assertThat(f.message()).startsWith("The file cannot be read any further (MALFORMED): ")
        .doesNotContain("MALFORMED at");
  }

  // ---------------------------------------------------------------- 1: I/O problems through the API

  @Test
  void aMissingFileOrADirectoryIsAFindingNotAnException(@TempDir Path dir) throws Exception {
    ValidationReport missing = BdtValidator.of(ON).validate(dir.resolve("nope.xml"));
    assertThat(codes(missing)).containsExactly(FindingCode.FILE_UNREADABLE.code());
    assertThat(missing.findings().get(0).message()).isEqualTo("The file cannot be read any further (IO): no such"
        + " file: " + dir.resolve("nope.xml"));
    assertThat(missing.readToEnd()).isFalse();
    ValidationReport directory = BdtValidator.of(ON).validate(dir);
    assertThat(directory.findings().get(0).message()).isEqualTo("The file cannot be read any further (IO): " + dir
        + " is a directory, not a file");
    BdtReadException e = catchThrowableOfType(BdtReadException.class, () -> BdtReader.open(dir.resolve("nope.xml")));
    assertThat(e.problem()).isEqualTo(BdtReadException.Problem.IO);
    assertThat(e.getMessage()).isEqualTo("IO: no such file: " + dir.resolve("nope.xml"));
    Path empty = Files.createFile(dir.resolve("empty.xml"));
    assertThat(BdtValidator.of(ON).validate(empty).findings().get(0).message())
        .isEqualTo("The file cannot be read any further (EMPTY): the file is empty");
  }

  // ---------------------------------------------------------------- 5: schema messages

  @Test
  void schemaMessagesUseOfficialTypeNamesOnceEach() {
    ValidationReport r = validate(set(BASE, "GivenName", "x".repeat(36)));
    assertThat(r.findings()).hasSize(1);
    assertThat(r.findings().get(0).message()).isEqualTo("The schema rejects the content: GivenName is 36 characters"
        + " long; NameType allows at most 35");
    assertThat(r.findings().get(0).reason().parameters()).containsOnlyKeys("detail");
    assertThat(validate(set(BASE, "City", "Plymouth#")).findings()).extracting(TrustworthyChecksTest::detail)
        .containsExactly("City holds U+0023 '#', which AddressLineType does not allow ([A-Za-z0-9"
            + " ~!@%()*+,-./:;=?^_{}&']+)");
    assertThat(validate(set(BASE, "CourseHoursPerWeek", "168.5")).findings()).extracting(TrustworthyChecksTest::detail)
        .containsExactly("CourseHoursPerWeek '168.5' is above 168.0, the largest its type (a restriction of"
            + " xs:decimal) allows");
  }

  /** A missing element is reported at its parent, not at the neighbour where the validator noticed it. */
  @Test
  void aMissingElementIsReportedAtItsParent() {
    ValidationReport r = validate(Fixtures.remove(BASE, "FamilyName"));
    assertThat(r.findings()).extracting(f -> f.location().path()).containsExactly("CAS/ApplicantData");
    assertThat(detail(r.findings().get(0))).isEqualTo("ApplicantData: FamilyName is missing (or out of order):"
        + " GivenName came where FamilyName was expected");
    ValidationReport end = validate(Fixtures.remove(BASE, "Country"));
    assertThat(end.findings()).extracting(f -> f.location().path())
        .containsExactly("CAS/NonSponsorEducationInstitutionData/OverseasHigherEducationInstitutionDetails/Address");
    assertThat(detail(end.findings().get(0))).isEqualTo("Address is incomplete: Country is missing");
  }

  // ---------------------------------------------------------------- 6: rules on what was read

  /** The issue's case: a bad nationality is reported even though the same record fails the schema. */
  @Test
  void fieldRulesRunOnARecordTheSchemaRejects() {
    ValidationReport r = validate(set(set(set(BASE, "FamilyName", "x".repeat(36)), "Nationality", "ZZZ"), "City",
        "  "));
    assertThat(codes(r)).containsExactlyInAnyOrder(FindingCode.SCHEMA_INVALID.code(),
        FindingCode.UNKNOWN_NATIONALITY.code(), FindingCode.BLANK_REQUIRED_TEXT.code());
    assertThat(r.rejectedRecords()).isEqualTo(1);
    // a field the schema already rejects is not judged again by its list
    assertThat(codes(validate(set(set(BASE, "FamilyName", "x".repeat(36)), "Nationality", "ZZ"))))
        .containsExactly(FindingCode.SCHEMA_INVALID.code(), FindingCode.SCHEMA_INVALID.code());
  }

  // ---------------------------------------------------------------- 7: code lists

  @Test
  void aPaddedCodeIsReportedAsSuchNotAsUnknown() {
    ValidationReport r = validate(set(BASE, "AcademicLevel", "RQF6 "));
    assertThat(codes(r)).containsExactly(FindingCode.CODE_PADDED.code());
    assertThat(r.findings().get(0).message()).isEqualTo("AcademicLevel 'RQF6 ' has spaces around the code 'RQF6' of"
        + " list academic-levels: the SMS compares codes as written");
    assertThat(codes(validate(set(BASE, "TestProvider", " IELTS")))).containsExactly(FindingCode.CODE_PADDED.code());
  }

  @Test
  void codeListsAreDatedVersionedAndReplaceable(@TempDir Path dir) throws Exception {
    CodeList providers = CodeLists.defaults().testProviders();
    assertThat(providers.version()).contains("version 16");
    assertThat(providers.date()).isEqualTo(LocalDate.of(2023, 7, 31));
    assertThat(providers.source()).contains("reference data values");
    Files.writeString(dir.resolve("test-providers.txt"), "# list: test-providers\n# version: 17\n# date: 2027-01-01\n"
        + "# date-basis: edition\n# source: a newer edition\n# unknown-code: WARNING\nIELTS\nETS\tETS TOEFL\n");
    CodeLists updated = CodeLists.load(dir);
    assertThat(updated.testProviders().codes()).containsOnlyKeys("IELTS", "ETS");
    assertThat(updated.nationalities()).isEqualTo(CodeLists.defaults().nationalities());
    ValidationReport r = BdtValidator.of(ValidationOptions.builder().from(ON).codeLists(updated).build())
        .validate(Fixtures.bytes(set(BASE, "TestProvider", "ETS")));
    assertThat(r.findings()).isEmpty();
    ValidationReport unknown = BdtValidator.of(ValidationOptions.builder().from(ON).codeLists(updated).build())
        .validate(Fixtures.bytes(set(BASE, "TestProvider", "PEARSON")));
    assertThat(unknown.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.UNKNOWN_TEST_PROVIDER.code());
      assertThat(f.severity()).isEqualTo(Severity.WARNING); // the list's own setting
      assertThat(f.message()).contains("test-providers (17, 2027-01-01)");
    });
    ValidationReport allErrors = BdtValidator.of(ValidationOptions.builder().from(ON)
        .codeLists(CodeLists.defaults().withUnknownCodeSeverity(Severity.REFUSAL)).build())
        .validate(Fixtures.bytes(set(BASE, "AcademicLevel", "Bachelor")));
    assertThat(allErrors.findings()).extracting(Finding::severity).containsExactly(Severity.REFUSAL);
  }

  @Test
  void aBadListFileIsRefusedWithEveryProblemListed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("countries.txt"), "# list: nations\n# date: soon\nGBR\nGBR\n FRA\n");
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> CodeLists.load(dir));
    assertThat(e.violations()).extracting(v -> v.message()).contains("the code is listed twice",
        "the code has spaces around it; write 'FRA'", "the header line '# version: ...' is missing",
        "the header line '# source: ...' is missing", "date must be yyyy-mm-dd",
        "the file declares list 'nations' but is read as 'countries'");
  }

  // ---------------------------------------------------------------- 8: project rules

  @Test
  void projectRulesCarryTheirReasoningAndCanBeRelaxed() {
    ValidationReport r = validate(set(BASE, "ExpectedCourseEndDate", "2027-09-19"));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.COURSE_ENDS_BEFORE_START.code());
      assertThat(f.message()).contains("Project rule: the schema does not compare the dates");
      assertThat(f.severity()).isEqualTo(Severity.REFUSAL);
    });
    ValidationOptions relaxed = ValidationOptions.builder().from(ON)
        .addRelaxedRules(FindingCode.COURSE_ENDS_BEFORE_START, FindingCode.HEADER_INCONSISTENT).build();
    ValidationReport w = BdtValidator.of(relaxed).validate(Fixtures.bytes(set(BASE, "ExpectedCourseEndDate",
        "2027-09-19")));
    assertThat(w.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(w.rejectedRecords()).isZero();
    assertThat(Set.of(FindingCode.values())).filteredOn(FindingCode::isProjectRule).containsExactlyInAnyOrder(
        FindingCode.BLANK_REQUIRED_TEXT, FindingCode.COURSE_ENDS_BEFORE_START, FindingCode.HEADER_INCONSISTENT,
        FindingCode.WORK_PLACEMENT_PERCENTAGE_RANGE);
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> ValidationOptions.builder()
        .from(ON).addRelaxedRules(FindingCode.UNKNOWN_NATIONALITY).build());
    assertThat(e.getMessage()).contains("only project-decided rules can be relaxed");
    // a relaxed header inconsistency keeps the header as its Category names it
    String childHeader = BASE.replace("T4General Ready To Go", "T4Child Ready To Go")
        .replace("<Category>General", "<Category>Child");
    ValidationReport h = BdtValidator.of(relaxed).validate(Fixtures.bytes(childHeader));
    assertThat(h.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(h.header()).hasValueSatisfying(x -> assertThat(((UploadHeader) x).schemaId())
        .isEqualTo("T4Child Ready To Go"));
    assertThat(validate(childHeader).header()).isEmpty();
  }

  // ---------------------------------------------------------------- 9: XSD agreement at the edges

  /** xsi:type is honoured as the XSD does: the official type names, their derivations, nothing else. */
  @Test
  void xsiTypeIsJudgedAsTheOfficialSchemaJudgesIt() {
    String ns = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:c=\"http://homeoffice.gov.uk/"
        + "immigration/migrant/cas/bulk-cas-common-200910\"";
    assertThat(validate(BASE.replace("<FamilyName>", "<FamilyName" + ns + " xsi:type=\"c:NameType\">")).findings())
        .isEmpty();
    assertThat(validate(BASE.replace("<City>Plymouth</City>", "<City" + ns + " xsi:type=\"c:TownType\">Plymouth"
        + "</City>")).findings()).isEmpty();
    ValidationReport unknownType = validate(BASE.replace("<FamilyName>", "<FamilyName" + ns
        + " xsi:type=\"c:Text35\">"));
    assertThat(codes(unknownType)).containsExactly(FindingCode.SCHEMA_INVALID.code());
    assertThat(detail(unknownType.findings().get(0))).startsWith("FamilyName: the xsi:type it names is not a type"
        + " of the BDT schema");
    ValidationReport notDerived = validate(BASE.replace("<FamilyName>", "<FamilyName" + ns
        + " xsi:type=\"c:CountryType\">"));
    assertThat(notDerived.findings()).extracting(TrustworthyChecksTest::detail).anyMatch(m -> m.startsWith(
        "FamilyName: the xsi:type it names is not derived from NameType"));
  }

  @Test
  void anXml11DeclarationIsAcceptedAsTheSchemaAcceptsIt() {
    String doc = BASE.replace("<?xml version=\"1.0\"", "<?xml version=\"1.1\"");
    assertThat(validate(doc).findings()).isEmpty();
    // in XML 1.1 a NEL (0x85) is a line end, so it is a line feed in multi-line text...
    assertThat(validate(doc.replace("Leaving Certificate", "Leaving\u0085Certificate")).findings()).isEmpty();
    // ...and in XML 1.0 it is a character outside PBSMultiLineStringType
    assertThat(codes(validate(BASE.replace("Leaving Certificate", "Leaving\u0085Certificate"))))
        .containsExactly(FindingCode.SCHEMA_INVALID.code());
  }

  /** A field without maxLength past the reader's 10,000 characters: a finding on that field; the file goes on. */
  @Test
  void aFieldOverTheReaderLimitIsAFindingAndTheFileGoesOn() {
    String doc = Fixtures.repeat(BASE, 2, (i, cas) -> i == 0 ? set(cas, "TestProvider", "I".repeat(10_001))
        : cas.replace("APP-0001", "APP-0002"));
    ValidationReport r = validate(doc);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.FIELD_TOO_LONG.code());
      assertThat(f.location().recordNumber()).contains(1L);
      assertThat(f.location().path()).isEqualTo("CAS/EvidenceDetails/TestProvider");
      assertThat(f.message()).isEqualTo("TestProvider is longer than 10000 characters: the schema sets no limit for"
          + " it, but this reader reads at most 10000 characters of one field (ReadOptions.maxTextLength); the"
          + " record was not read further");
    });
    assertThat(r.readToEnd()).isTrue();
    assertThat(r.readyRecords()).isEqualTo(1);
    assertThat(validate(set(BASE, "TestProvider", "I".repeat(10_000))).findings()).extracting(Finding::code)
        .containsExactly(FindingCode.UNKNOWN_TEST_PROVIDER.code());
  }

  // ---------------------------------------------------------------- 10: personal data

  @Test
  void personalDataIsMaskedUnlessShown() {
    String doc = set(set(BASE, "ApplicantPassportOrTravelDocumentNumber", "PX" + "7".repeat(40)), "Nationality",
        "ZZZ");
    String masked = validate(doc).findings().toString();
    assertThat(masked).doesNotContain("PX777").doesNotContain("ZZZ").contains("[hidden: 3 characters]");
    String shown = BdtValidator.of(ValidationOptions.builder().from(ON).personalData(PersonalData.SHOWN).build())
        .validate(Fixtures.bytes(doc)).findings().toString();
    assertThat(shown).contains("'ZZZ'");
    // building a value: the exception names the field and hides the value
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> io.github.sponsorsdk.sms.xml.records.Applicant.builder().from(Fixtures.readyCas().applicant())
            .familyName("Secretname-Thatis-Much-Too-Long-For-NameType").build());
    assertThat(e.getMessage()).contains("familyName").contains("[hidden: 44 characters]").doesNotContain("Secret");
  }

  // ---------------------------------------------------------------- 11, 12: limits and provenance

  /**
   * The 4 GiB file limit is stated as what it holds: two million records (the record limit) of the largest official
   * example, indented as the examples are.
   */
  @Test
  void theFileLimitHoldsTheRecordLimitOfOfficialSizedRecords() throws Exception {
    long largest = 0;
    try (var files = Files.list(io.github.sponsorsdk.sms.xml.testing.Reference.bdt().resolve("examples"))) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String doc = Files.readString(p, StandardCharsets.ISO_8859_1);
        int from = doc.indexOf("<CAS>");
        if (from >= 0) {
          largest = Math.max(largest, doc.indexOf("</CAS>") + "</CAS>".length() + 2 - from);
        }
      }
    }
    io.github.sponsorsdk.sms.xml.io.ReadOptions limits = io.github.sponsorsdk.sms.xml.io.ReadOptions.defaults();
    assertThat(largest).isBetween(3_000L, 4_000L);
    assertThat(largest * limits.maxRecords()).isLessThan(limits.maxFileBytes());
    assertThat(limits.maxFileBytes()).isEqualTo(8L << 30);
  }

  @Test
  void onlyTheGeneralUploadHasAnOfficialSchema() {
    assertThat(Set.of(BdtFileKind.values())).filteredOn(BdtFileKind::isOfficial)
        .containsExactly(BdtFileKind.CAS_UPLOAD_GENERAL);
    assertThat(BdtFileKind.CAS_UPLOAD_CHILD.provenance()).isEqualTo(SchemaProvenance.OFFICIAL_CONTENT_INFERRED_ROOT);
    assertThat(BdtFileKind.GRADUATE_NOTIFICATION.provenance()).isEqualTo(SchemaProvenance.RECONSTRUCTED_FROM_EXAMPLE);
    assertThat(BdtFileKind.FEE_UPDATE.provenance()).isEqualTo(SchemaProvenance.RECONSTRUCTED);
    assertThat(BdtFileKind.FEE_UPDATE.reconstructed()).isTrue();
    assertThat(BdtFileKind.CAS_UPLOAD_CHILD.reconstructed()).isFalse();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var w = io.github.sponsorsdk.sms.xml.io.BdtWriter.create(out, BdtFileKind.FEE_UPDATE,
        io.github.sponsorsdk.sms.xml.records.BatchHeader.of("F1"))) {
      assertThat(w.kind().isOfficial()).isFalse();
    }
    try (BdtReader reader = BdtReader.open(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(reader.kind().provenance()).isEqualTo(SchemaProvenance.RECONSTRUCTED);
    }
  }
}
