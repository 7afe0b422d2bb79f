package io.github.sponsorsdk.sms.xml.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.xml.io.BdtReadException.Problem;
import io.github.sponsorsdk.sms.xml.testing.Fixtures;
import io.github.sponsorsdk.sms.xml.validate.BdtValidator;
import io.github.sponsorsdk.sms.xml.validate.FindingCode;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus: each file is refused with a clear, stable problem, by the reader (exception) and by the
 * validator (one FILE_UNREADABLE finding), without expanding an entity, touching the network or the disk, or running
 * out of memory.
 */
class HostileInputTest {
  static final String BASE = Fixtures.generalReady();
  static final String ROOT_OPEN = BASE.substring(BASE.indexOf("<ns2:"), BASE.indexOf("<Header>"));

  static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static Stream<Arguments> corpus() {
    byte[] invalidUtf8 = latin1("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + BASE.substring(BASE.indexOf("<ns2:")));
    byte[] control = latin1(BASE.replace("Galway", "Gal\u0001way"));
    String billion = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        + " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        + " <!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n]>\n"
        + ROOT_OPEN + "&lol9;</ns2:BulkFileUploadGeneralRootElement>";
    String deep = BASE.replace("<GivenName>", "<a>".repeat(200) + "</a>".repeat(200) + "<GivenName>");
    return Stream.of(
        Arguments.of("XXE (external entity to a local file)", latin1("<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + BASE.substring(BASE.indexOf("<ns2:")).replace("Galway", "&xxe;")), Problem.DOCTYPE_FORBIDDEN),
        Arguments.of("billion laughs", latin1(billion), Problem.DOCTYPE_FORBIDDEN),
        Arguments.of("external DTD", latin1("<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/x.dtd\">\n"
            + BASE.substring(BASE.indexOf("<ns2:"))), Problem.DOCTYPE_FORBIDDEN),
        Arguments.of("oversized text node", latin1(BASE.replace("Leaving Certificate", "x".repeat(50_000))),
            Problem.LIMIT_EXCEEDED),
        Arguments.of("deep nesting", latin1(deep), Problem.LIMIT_EXCEEDED),
        Arguments.of("deep nesting of a valid shape", latin1(BASE), Problem.LIMIT_EXCEEDED),
        Arguments.of("a very wide record", latin1(BASE.replace("<GivenName>", "<x/>".repeat(30_000) + "<GivenName>")),
            Problem.LIMIT_EXCEEDED),
        Arguments.of("invalid bytes for the declared encoding", invalidUtf8, Problem.ENCODING),
        Arguments.of("control character", control, Problem.MALFORMED),
        Arguments.of("wrong namespace", latin1(BASE.replace("bulk-cas-upload-200910", "bulk-cas-upload-209910")),
            Problem.UNKNOWN_ROOT),
        Arguments.of("wrong root", latin1("<?xml version=\"1.0\"?><Students><Student/></Students>"),
            Problem.UNKNOWN_ROOT),
        Arguments.of("truncated file", Arrays.copyOf(latin1(BASE), BASE.length() / 2), Problem.MALFORMED),
        Arguments.of("empty file", new byte[0], Problem.EMPTY),
        Arguments.of("only an XML declaration", latin1("<?xml version=\"1.0\"?>\n"), Problem.EMPTY),
        Arguments.of("text after the root", latin1(BASE + "trailing"), Problem.MALFORMED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readerRefusesWithAClearProblem(String name, byte[] file, Problem problem) {
    BdtReadException e = catchThrowableOfType(BdtReadException.class, () -> {
      try (BdtReader r = BdtReader.open(new ByteArrayInputStream(file), limits(name), java.util.Optional.empty())) {
        r.forEachRemaining(x -> { });
      }
    });
    assertThat(e).as(name).isNotNull();
    // the reader stops at the first problem: misplaced elements are a structure error before they are deep
    boolean structureFirst = name.equals("deep nesting") || name.equals("a very wide record");
    assertThat(e.problem()).as(e.getMessage()).isEqualTo(structureFirst ? Problem.STRUCTURE : problem);
    assertThat(e.line()).isPositive();
    assertThat(e.getMessage()).doesNotContain("root:x:0:0");
  }

  /**
   * The validator reports each file with one clear finding, and, where the stream allows, reads on: a bad byte or
   * an over-long field is a finding on its record, not the end of the file.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validatorReportsOneClearFinding(String name, byte[] file, Problem problem) {
    ValidationReport r = BdtValidator.of(ValidationOptions.builder().evaluationDate(LocalDate.of(2026, 11, 25))
        .limits(limits(name)).build()).validate(new ByteArrayInputStream(file));
    if (problem == Problem.ENCODING) {
      assertThat(r.findings()).extracting(Finding::code).as(name).containsExactly(FindingCode.ENCODING_INVALID.code());
      assertThat(r.findings().get(0).message()).startsWith("Wrong encoding: declared UTF-8, byte 0xED at offset ")
          .contains("looks like ISO-8859-1 '\u00ed'");
      assertThat(r.readToEnd()).isTrue();
      assertThat(r.records()).isEqualTo(1);
      assertThat(r.rejectedRecords()).isEqualTo(1);
      return;
    }
    if (name.equals("oversized text node")) {
      assertThat(r.findings()).extracting(Finding::code).containsExactly(FindingCode.FIELD_TOO_LONG.code());
      assertThat(r.findings().get(0).location().path()).isEqualTo("CAS/Documentation/DocumentsUsedToObtainOffer");
      assertThat(r.readToEnd()).isTrue();
      assertThat(r.rejectedRecords()).isEqualTo(1);
      return;
    }
    Finding last = r.findings().get(r.findings().size() - 1);
    assertThat(last.code()).as(name).isEqualTo(FindingCode.FILE_UNREADABLE.code());
    assertThat(last.reason().parameters()).containsEntry("problem", problem.name());
    assertThat(last.message()).startsWith("The file cannot be read any further (" + problem.name() + "): ")
        .doesNotContain(problem.name() + " at");
    assertThat(r.findings()).filteredOn(f -> f.is(FindingCode.FILE_UNREADABLE)).hasSize(1);
    assertThat(r.accepted()).isFalse();
    assertThat(r.readToEnd()).isFalse();
    if (last.location().recordNumber().isPresent()) { // reading stopped inside the (only) record: never counted ready
      assertThat(r.uncheckedRecords()).isEqualTo(1);
      assertThat(r.readyRecords()).isZero();
    }
  }

  /**
   * The command line on the hostile corpus: the exit code and the first line a person (or a script) sees, and
   * nothing on standard error, not even the JDK's own {@code [Fatal Error]} printing.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void commandLineGivesExitCodeAndAPlainFirstLine(String name, byte[] file, Problem problem,
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("upload.xml");
    java.nio.file.Files.write(f, file);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream jvmErr = new java.io.ByteArrayOutputStream();
    java.io.PrintStream realErr = System.err;
    int code;
    System.setErr(new java.io.PrintStream(jvmErr, true, StandardCharsets.UTF_8));
    try {
      code = new io.github.sponsorsdk.sms.xml.cli.BdtCli(new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
          new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
          java.time.Clock.fixed(java.time.Instant.parse("2026-11-25T10:00:00Z"), java.time.ZoneOffset.UTC))
          .run("validate", f.toString());
    } finally {
      System.setErr(realErr);
    }
    String first = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
    assertThat(first).as(name).matches(FIRST_LINES.get(name));
    assertThat(code).as(name).isEqualTo(name.equals("deep nesting of a valid shape")
        ? io.github.sponsorsdk.sms.xml.cli.BdtCli.OK : io.github.sponsorsdk.sms.xml.cli.BdtCli.ERRORS);
    assertThat(err.toString(StandardCharsets.UTF_8)).as(name).isEmpty();
    assertThat(jvmErr.toString(StandardCharsets.UTF_8)).as(name).isEmpty();
  }

  /** The lead-in of every {@code bdt.FILE_UNREADABLE} message, as a regular expression. */
  static final String STOPPED = "The file cannot be read any further ";

  /** The first line the command line prints for each file of the corpus (regular expressions). */
  static final java.util.Map<String, String> FIRST_LINES = java.util.Map.ofEntries(
      java.util.Map.entry("XXE (external entity to a local file)", "ERROR bdt.FILE_UNREADABLE at 2:\\d+: " + STOPPED
          + "\\(DOCTYPE_FORBIDDEN\\): a DOCTYPE is not allowed in a BDT file \\(no DTDs, no entities\\)"),
      java.util.Map.entry("billion laughs", "ERROR bdt.FILE_UNREADABLE at 7:\\d+: " + STOPPED
          + "\\(DOCTYPE_FORBIDDEN\\): a DOCTYPE is not allowed in a BDT file \\(no DTDs, no entities\\)"),
      java.util.Map.entry("external DTD", "ERROR bdt.FILE_UNREADABLE at 2:\\d+: " + STOPPED
          + "\\(DOCTYPE_FORBIDDEN\\): a DOCTYPE is not allowed in a BDT file \\(no DTDs, no entities\\)"),
      java.util.Map.entry("oversized text node", "ERROR bdt.FIELD_TOO_LONG record 1 \\(ApplicantID APP-0001\\) at"
          + " \\d+:\\d+ CAS/Documentation/DocumentsUsedToObtainOffer: DocumentsUsedToObtainOffer is longer than"
          + " 10000 characters: its type \\(a restriction of PBSMultiLineStringType\\) allows at most 2000"
          + " characters; the record was not read further"),
      java.util.Map.entry("deep nesting", "ERROR bdt.FILE_UNREADABLE record 1 \\(ApplicantID APP-0001\\) at \\d+:\\d+"
          + " CAS/ApplicantData(/a)+: " + STOPPED + "\\(LIMIT_EXCEEDED\\): the file has elements nested deeper"
          + " than 16"),
      java.util.Map.entry("deep nesting of a valid shape", "upload.xml: CAS_UPLOAD_GENERAL, evaluated on 2026-11-25:"
          + " 1 record: 1 ready to go, 0 not ready to go \\(warnings\\), 0 rejected; 0 errors, 0 warnings"),
      java.util.Map.entry("a very wide record", "ERROR bdt.FILE_UNREADABLE record 1 \\(ApplicantID APP-0001\\) at"
          + " \\d+:\\d+ CAS/ApplicantData/x: " + STOPPED + "\\(LIMIT_EXCEEDED\\): the file has a record of more than"
          + " 20000 XML events"),
      java.util.Map.entry("invalid bytes for the declared encoding", "ERROR bdt.ENCODING_INVALID record 1"
          + " \\(ApplicantID APP-0001\\) at \\d+:\\d+: Wrong encoding: declared UTF-8, byte 0xED at offset \\d+ is not"
          + " UTF-8; it looks like ISO-8859-1 '\u00ed' .*"),
      java.util.Map.entry("control character", "ERROR bdt.FILE_UNREADABLE record 1 \\(ApplicantID APP-0001\\) at"
          + " \\d+:\\d+ CAS/ApplicantData/PlaceOfBirth: " + STOPPED + "\\(MALFORMED\\): An invalid XML character"
          + " \\(Unicode: 0x1\\) was found in the element content of the document\\."),
      java.util.Map.entry("wrong namespace", "ERROR bdt.FILE_UNREADABLE at 2:\\d+: " + STOPPED + "\\(UNKNOWN_ROOT\\):"
          + " root element \\{http://homeoffice.gov.uk/immigration/migrant/cas/bulk-cas-upload-209910\\}"
          + "BulkFileUploadGeneralRootElement is not one of .*"),
      java.util.Map.entry("wrong root", "ERROR bdt.FILE_UNREADABLE at 1:\\d+: " + STOPPED + "\\(UNKNOWN_ROOT\\):"
          + " root element Students is not one of .*"),
      java.util.Map.entry("truncated file", "ERROR bdt.FILE_UNREADABLE record 1 \\(ApplicantID APP-0001\\) at"
          + " \\d+:\\d+ CAS/.*: " + STOPPED + "\\(MALFORMED\\): .*"),
      java.util.Map.entry("empty file", "ERROR bdt.FILE_UNREADABLE at 1:1: " + STOPPED + "\\(EMPTY\\): the file is"
          + " empty"),
      java.util.Map.entry("only an XML declaration", "ERROR bdt.FILE_UNREADABLE at 2:1: " + STOPPED + "\\(EMPTY\\):"
          + " the file has no root element"),
      java.util.Map.entry("text after the root", "ERROR bdt.FILE_UNREADABLE at \\d+:1: " + STOPPED
          + "\\(MALFORMED\\): Content is not allowed in trailing section\\."));

  /** The fixture's deepest element is 6 levels down; a limit of 5 shows the depth check on a well-shaped file. */
  static ReadOptions limits(String name) {
    return name.equals("deep nesting of a valid shape") ? ReadOptions.builder().maxDepth(5).build()
        : ReadOptions.defaults();
  }

  @Test
  void fileSizeAndRecordCountLimits() {
    String three = Fixtures.repeat(BASE, 3, (i, cas) -> cas.replace("APP-0001", "APP-" + i));
    BdtReadException size = catchThrowableOfType(BdtReadException.class, () -> {
      try (BdtReader r = BdtReader.open(Fixtures.bytes(three), ReadOptions.builder().maxFileBytes(4000).build(),
          java.util.Optional.empty())) {
        r.forEachRemaining(x -> { });
      }
    });
    assertThat(size.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(size.getMessage()).contains("4000 bytes");
    BdtReadException count = catchThrowableOfType(BdtReadException.class, () -> {
      try (BdtReader r = BdtReader.open(Fixtures.bytes(three), ReadOptions.builder().maxRecords(2).build(),
          java.util.Optional.empty())) {
        r.forEachRemaining(x -> { });
      }
    });
    assertThat(count.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(count.getMessage()).contains("more than 2 records");
  }

  /** A schemaLocation hint in the file is ignored: nothing is fetched, the bundled schema decides. */
  @Test
  void schemaLocationHintsAreNotFollowed() {
    String hinted = BASE.replace("xmlns=\"http://homeoffice.gov.uk/immigration/migrant/cas/bulk-cas-common-200910\"",
        "xmlns=\"http://homeoffice.gov.uk/immigration/migrant/cas/bulk-cas-common-200910\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
            + "http://homeoffice.gov.uk/immigration/migrant/cas/bulk-cas-upload-200910 http://127.0.0.1:9/evil.xsd\"");
    ValidationReport r = BdtValidator.of(ValidationOptions.on(LocalDate.of(2026, 11, 25))).validate(
        Fixtures.bytes(hinted));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void expectedKindIsEnforced() {
    BdtReadException e = catchThrowableOfType(BdtReadException.class, () -> BdtReader.open(Fixtures.bytes(BASE),
        ReadOptions.defaults(), java.util.Optional.of(io.github.sponsorsdk.sms.xml.schema.BdtFileKind.FEE_UPDATE)));
    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_ROOT);
    assertThat(e.getMessage()).contains("BulkFileUpdateRootElement");
  }
}
