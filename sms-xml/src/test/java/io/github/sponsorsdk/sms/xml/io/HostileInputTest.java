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
        Arguments.of("invalid bytes for the declared encoding", invalidUtf8, Problem.MALFORMED),
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validatorReportsOneUnreadableFinding(String name, byte[] file, Problem problem) {
    ValidationReport r = BdtValidator.of(ValidationOptions.builder().evaluationDate(LocalDate.of(2026, 11, 25))
        .limits(limits(name)).build()).validate(new ByteArrayInputStream(file));
    Finding last = r.findings().get(r.findings().size() - 1);
    assertThat(last.code()).as(name).isEqualTo(FindingCode.FILE_UNREADABLE.code());
    assertThat(last.reason().parameters()).containsEntry("problem", problem.name());
    assertThat(last.message()).startsWith("The file cannot be read any further (" + problem.name() + "): ");
    assertThat(r.findings()).filteredOn(f -> f.is(FindingCode.FILE_UNREADABLE)).hasSize(1);
    assertThat(r.accepted()).isFalse();
  }

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
