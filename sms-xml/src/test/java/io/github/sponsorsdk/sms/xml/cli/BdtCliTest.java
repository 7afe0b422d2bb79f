package io.github.sponsorsdk.sms.xml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.xml.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a records team and a CI pipeline use it: exit codes, first lines, options, JSON. */
class BdtCliTest {
  @TempDir
  Path dir;

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final BdtCli cli = new BdtCli(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8),
      Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

  Path file(String doc) throws IOException {
    Path p = Files.createTempFile(dir, "bdt", ".xml");
    Files.write(p, doc.getBytes(StandardCharsets.ISO_8859_1));
    return p;
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  String firstLine() {
    return out().lines().findFirst().orElse("");
  }

  int run(String... args) {
    out.reset();
    err.reset();
    return cli.run(args);
  }

  @Test
  void validateExitCodesAndLines() throws Exception {
    String base = Fixtures.generalReady();
    assertThat(run("validate", file(base).toString())).isEqualTo(BdtCli.OK);
    assertThat(firstLine()).endsWith(": CAS_UPLOAD_GENERAL, evaluated on 2026-11-25: 1 record: 1 ready to go,"
        + " 0 not ready to go (warnings), 0 rejected; 0 errors, 0 warnings");
    assertThat(run("validate", file(Fixtures.remove(base, "PreviousUKStudy")).toString()))
        .isEqualTo(BdtCli.WARNINGS);
    assertThat(firstLine()).isEqualTo("WARNING bdt.PREVIOUS_UK_STUDY_MISSING record 1 (ApplicantID APP-0001) at 12:6"
        + " CAS/EvidenceDetails: Give PreviousUKStudy (true or false)");
    assertThat(run("validate", file(Fixtures.set(base, "FamilyName", "x".repeat(40))).toString()))
        .isEqualTo(BdtCli.ERRORS);
    assertThat(firstLine()).startsWith("ERROR bdt.SCHEMA_INVALID record 1 (ApplicantID APP-0001) at ")
        .endsWith("CAS/ApplicantData/FamilyName: The schema rejects the content: FamilyName is 40 characters long;"
            + " NameType allows at most 35");
    assertThat(run("validate", file("").toString())).isEqualTo(BdtCli.ERRORS);
    assertThat(firstLine()).isEqualTo("ERROR bdt.FILE_UNREADABLE at 1:1: The file cannot be read any further (EMPTY):"
        + " the file is empty");
    assertThat(err()).isEmpty();
  }

  /** The start of the line an I/O problem gives: no record, no position. */
  static final String UNREADABLE = "ERROR bdt.FILE_UNREADABLE: The file cannot be read any further (IO): ";

  /** Every I/O problem is a finding with exit 2, never a stack trace or a usage error. */
  @Test
  void missingFileAndDirectoryAreUnreadableFiles() throws Exception {
    Path missing = dir.resolve("missing.xml");
    assertThat(run("validate", missing.toString())).isEqualTo(BdtCli.ERRORS);
    assertThat(firstLine()).isEqualTo(UNREADABLE + "no such file: " + missing);
    assertThat(out()).contains("missing.xml: not checked: the file could not be read (1 error)");
    assertThat(run("validate", dir.toString())).isEqualTo(BdtCli.ERRORS);
    assertThat(firstLine()).isEqualTo(UNREADABLE + dir + " is a directory, not a file");
    assertThat(run("describe", dir.toString())).isEqualTo(BdtCli.ERRORS);
    assertThat(out()).contains(UNREADABLE + dir + " is a directory, not a file");
    assertThat(err()).isEmpty();
  }

  /**
   * A file this user may not read: run as a user who cannot read it (the tests may run as root, who can read
   * anything, so then the command line runs in a separate JVM as nobody through {@code setpriv}).
   */
  @Test
  void unreadableFileIsAFindingWithExitTwo() throws Exception {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path world = Files.createDirectories(dir.resolve("world"));
    Files.setPosixFilePermissions(world, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path secret = world.resolve("secret.xml");
    Files.writeString(secret, Fixtures.generalReady(), StandardCharsets.ISO_8859_1);
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    if (!Files.isReadable(secret)) { // not root: the permission holds in this JVM
      assertThat(run("validate", secret.toString())).isEqualTo(BdtCli.ERRORS);
      assertThat(firstLine()).isEqualTo(UNREADABLE + "permission denied: " + secret + " cannot be read by this user");
      return;
    }
    Path setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv").map(Path::of).filter(Files::isExecutable)
        .findFirst().orElse(null);
    if (setpriv == null) { // root and no way to drop privileges: the same failure, simulated at the stream
      var report = io.github.sponsorsdk.sms.xml.validate.BdtValidator.of(
          io.github.sponsorsdk.sms.xml.validate.ValidationOptions.on(java.time.LocalDate.of(2026, 11, 25)))
          .validate(new InputStream() {
            @Override
            public int read() throws IOException {
              throw new AccessDeniedException(secret.toString());
            }
          });
      assertThat(report.findings().get(0).message()).startsWith("The file cannot be read any further (IO): ");
      assertThat(report.readToEnd()).isFalse();
      return;
    }
    Path cp = Files.createDirectories(world.resolve("cp"));
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path src = Path.of(e);
      String name = src.getFileName().toString();
      if (!Files.exists(src) || name.matches("(junit|assertj|archunit|instancio|jmh|opentest4j|apiguardian|byte-buddy"
          + "|jopt|commons-math|surefire).*")) {
        continue;
      }
      Path dst = cp.resolve((n++) + "-" + name);
      copy(src, dst);
      entries.add(dst.toString());
    }
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups", javaBin,
        "-cp", String.join(java.io.File.pathSeparator, entries), BdtCli.class.getName(), "validate",
        secret.toString(), "--date", "2026-11-25").start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(stdout + stderr).isEqualTo(BdtCli.ERRORS);
    assertThat(stdout.lines().findFirst().orElse("")).isEqualTo(UNREADABLE + "permission denied: " + secret
        + " cannot be read by this user");
    assertThat(stderr).isEmpty();
  }

  private static void copy(Path src, Path dst) throws IOException {
    if (Files.isDirectory(src)) {
      try (Stream<Path> all = Files.walk(src)) {
        for (Path s : (Iterable<Path>) all::iterator) {
          Path d = dst.resolve(src.relativize(s).toString());
          if (Files.isDirectory(s)) {
            Files.createDirectories(d);
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
          } else {
            Files.copy(s, d);
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rw-r--r--"));
          }
        }
      }
    } else {
      Files.copy(src, dst);
      Files.setPosixFilePermissions(dst, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  @Test
  void helpAndVersionGoToStandardOutputWithExitZero() {
    assertThat(run("--help")).isZero();
    assertThat(firstLine()).isEqualTo("Usage: sms-xml [-hV] [COMMAND]");
    assertThat(out()).contains("validate", "describe", "Exit codes: 0 no findings");
    assertThat(run("validate", "--help")).isZero();
    assertThat(out()).contains("--code-lists=DIR", "--format=text|json", "--show-personal-data", "--relax=CODE",
        "--unknown-codes=error|warning", "--date=YYYY-MM-DD", "--max-findings=N");
    assertThat(run("--version")).isZero();
    assertThat(firstLine()).startsWith("sms-xml ").doesNotContain("unknown");
    assertThat(err()).isEmpty();
  }

  @Test
  void usageErrorsExit64WithAMessageOnStandardError() throws Exception {
    Path f = file(Fixtures.generalReady());
    String[][] wrong = {{}, {"check", f.toString()}, {"validate"}, {"validate", f.toString(), "--date", "yesterday"},
        {"validate", f.toString(), "--max-findings", "many"}, {"validate", f.toString(), "--max-findings", "0"},
        {"validate", f.toString(), "--format", "xml"}, {"validate", f.toString(), "--relax", "UNKNOWN_NATIONALITY"},
        {"validate", f.toString(), "--relax", "NO_SUCH_CODE"},
        {"validate", f.toString(), "--relax", "bdt.UNKNOWN_NATIONALITY"}, {"validate", f.toString(), "--relax",
            "login.COURSE_ENDS_BEFORE_START"}, {"validate", f.toString(), "--code-lists",
            dir.resolve("none").toString()}, {"validate", f.toString(), "--frobnicate"}};
    for (String[] args : wrong) {
      assertThat(run(args)).as(String.join(" ", args)).isEqualTo(BdtCli.USAGE);
      assertThat(err()).as(String.join(" ", args)).startsWith("sms-xml: ");
      assertThat(out()).as(String.join(" ", args)).isEmpty();
    }
  }

  /** The evaluation date picks the rules in force: the first day the work-placement rules exist is 31 March 2009. */
  @Test
  void dateOptionSetsTheEvaluationDate() throws Exception {
    Path f = file(Fixtures.generalReady());
    assertThat(run("validate", f.toString(), "--date", "2009-03-30")).isEqualTo(BdtCli.USAGE);
    assertThat(err()).contains("2009-03-31");
    assertThat(run("validate", f.toString(), "--date", "2009-03-31")).isEqualTo(BdtCli.OK);
    assertThat(out()).contains("evaluated on 2009-03-31");
    assertThat(run("validate", f.toString())).isEqualTo(BdtCli.OK);
    assertThat(out()).contains("evaluated on 2026-11-25"); // today, from the clock
  }

  @Test
  void maxFindingsCapsWhatIsShownNotWhatIsCounted() throws Exception {
    String five = Fixtures.repeat(Fixtures.generalReady(), 5, (i, cas) -> Fixtures.set(Fixtures.set(cas,
        "Nationality", "ZZZ"), "ApplicantID", "A" + i));
    Path f = file(five);
    assertThat(run("validate", f.toString(), "--max-findings", "2")).isEqualTo(BdtCli.ERRORS);
    List<String> lines = out().lines().collect(java.util.stream.Collectors.toList());
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).contains("bdt.UNKNOWN_NATIONALITY record 1");
    assertThat(lines.get(1)).contains("bdt.UNKNOWN_NATIONALITY record 2");
    assertThat(lines.get(2)).isEqualTo("... only the first 2 findings are shown (--max-findings)");
    assertThat(lines.get(3)).contains("5 records: 0 ready to go, 0 not ready to go (warnings), 5 rejected; 5 errors");
    assertThat(run("validate", f.toString(), "--max-findings", "5")).isEqualTo(BdtCli.ERRORS);
    assertThat(out()).doesNotContain("only the first");
  }

  /**
   * The edges of --max-findings: 1 is the smallest accepted value (0 is a usage error, above); with five findings, a
   * cap of 4 hides one and says so, a cap of 5 hides none. The summary always counts all five.
   */
  @Test
  void maxFindingsAtItsEdges() throws Exception {
    String five = Fixtures.repeat(Fixtures.generalReady(), 5, (i, cas) -> Fixtures.set(Fixtures.set(cas,
        "Nationality", "ZZZ"), "ApplicantID", "A" + i));
    Path f = file(five);
    assertThat(run("validate", f.toString(), "--max-findings", "1")).isEqualTo(BdtCli.ERRORS);
    assertThat(err()).isEmpty();
    List<String> one = out().lines().collect(java.util.stream.Collectors.toList());
    assertThat(one).hasSize(3);
    assertThat(one.get(0)).contains("bdt.UNKNOWN_NATIONALITY record 1");
    assertThat(one.get(1)).isEqualTo("... only the first 1 findings are shown (--max-findings)");
    assertThat(one.get(2)).contains("5 rejected; 5 errors");
    assertThat(run("validate", f.toString(), "--max-findings", "4")).isEqualTo(BdtCli.ERRORS);
    List<String> four = out().lines().collect(java.util.stream.Collectors.toList());
    assertThat(four).hasSize(6);
    assertThat(four.get(3)).contains("bdt.UNKNOWN_NATIONALITY record 4");
    assertThat(four.get(4)).isEqualTo("... only the first 4 findings are shown (--max-findings)");
  }

  @Test
  void jsonForACiPipeline() throws Exception {
    String doc = Fixtures.repeat(Fixtures.generalReady(), 2, (i, cas) -> i == 1
        ? Fixtures.set(Fixtures.set(cas, "Nationality", "ZZZ"), "ApplicantID", "A2") : cas);
    assertThat(run("validate", file(doc).toString(), "--format", "json")).isEqualTo(BdtCli.ERRORS);
    JsonNode j = new ObjectMapper().readTree(out());
    assertThat(j.get("kind").asText()).isEqualTo("CAS_UPLOAD_GENERAL");
    assertThat(j.get("schema").asText()).isEqualTo("OFFICIAL");
    assertThat(j.get("records").asLong()).isEqualTo(2);
    assertThat(j.get("readyRecords").asLong()).isEqualTo(1);
    assertThat(j.get("rejectedRecords").asLong()).isEqualTo(1);
    assertThat(j.get("exitCode").asInt()).isEqualTo(BdtCli.ERRORS);
    assertThat(j.get("evaluationDate").asText()).isEqualTo("2026-11-25");
    JsonNode f = j.get("findings").get(0);
    assertThat(f.get("code").asText()).isEqualTo("bdt.UNKNOWN_NATIONALITY");
    assertThat(f.get("record").asLong()).isEqualTo(2);
    assertThat(f.get("applicantId").asText()).isEqualTo("A2");
    assertThat(f.get("path").asText()).isEqualTo("CAS/ApplicantData/Nationality");
    assertThat(f.get("message").asText()).doesNotContain("ZZZ"); // nationality is personal data: hidden
    assertThat(run("describe", file(doc).toString(), "--format", "json")).isEqualTo(BdtCli.OK);
    assertThat(new ObjectMapper().readTree(out()).get("recordsByKind").get("CasRecord").asLong()).isEqualTo(2);
  }

  /** Personal data is hidden by default and shown only on request. */
  @Test
  void personalDataIsHiddenUnlessAskedFor() throws Exception {
    Path f = file(Fixtures.set(Fixtures.set(Fixtures.generalReady(), "ApplicantPassportOrTravelDocumentNumber",
        "P" + "9".repeat(39)), "Nationality", "ZZZ"));
    assertThat(run("validate", f.toString())).isEqualTo(BdtCli.ERRORS);
    assertThat(out()).doesNotContain("P999").doesNotContain("ZZZ").contains("[hidden: 3 characters]")
        .contains("ApplicantPassportOrTravelDocumentNumber is 40 characters long");
    assertThat(run("validate", f.toString(), "--show-personal-data")).isEqualTo(BdtCli.ERRORS);
    assertThat(out()).contains("'ZZZ'");
  }

  /** An updated list replaces the bundled one; the severity of unknown codes is a parameter. */
  @Test
  void codeListsFromADirectoryAndUnknownCodeSeverity() throws Exception {
    Path lists = Files.createDirectories(dir.resolve("lists"));
    Files.writeString(lists.resolve("nationalities.txt"), "# list: nationalities\n# version: test 1\n"
        + "# date: 2027-01-01\n# date-basis: edition\n# source: a test\n# unknown-code: ERROR\nZZZ\tZed\n");
    Path f = file(Fixtures.set(Fixtures.generalReady(), "Nationality", "ZZZ"));
    assertThat(run("validate", f.toString())).isEqualTo(BdtCli.ERRORS);
    assertThat(out()).contains("UNKNOWN_NATIONALITY");
    assertThat(run("validate", f.toString(), "--code-lists", lists.toString())).isEqualTo(BdtCli.OK);
    Path g = file(Fixtures.set(Fixtures.generalReady(), "CountryOfBirth", "QQQ"));
    assertThat(run("validate", g.toString(), "--unknown-codes", "warning")).isEqualTo(BdtCli.WARNINGS);
    assertThat(firstLine()).startsWith("WARNING bdt.UNKNOWN_COUNTRY record 1");
    Files.writeString(lists.resolve("nationality.txt"), "misspelt");
    assertThat(run("validate", f.toString(), "--code-lists", lists.toString())).isEqualTo(BdtCli.USAGE);
    assertThat(err()).contains("nationality.txt").contains("is not a code list");
  }

  @Test
  void relaxTurnsAProjectRuleIntoAWarning() throws Exception {
    Path f = file(Fixtures.set(Fixtures.generalReady(), "ExpectedCourseEndDate", "2027-09-19"));
    assertThat(run("validate", f.toString())).isEqualTo(BdtCli.ERRORS);
    assertThat(firstLine()).startsWith("ERROR bdt.COURSE_ENDS_BEFORE_START").contains("Project rule:");
    assertThat(run("validate", f.toString(), "--relax", "COURSE_ENDS_BEFORE_START")).isEqualTo(BdtCli.WARNINGS);
    assertThat(firstLine()).startsWith("WARNING bdt.COURSE_ENDS_BEFORE_START");
    // the qualified code the output prints is accepted too
    assertThat(run("validate", f.toString(), "--relax", "bdt.COURSE_ENDS_BEFORE_START,bdt.HEADER_INCONSISTENT"))
        .isEqualTo(BdtCli.WARNINGS);
    assertThat(firstLine()).startsWith("WARNING bdt.COURSE_ENDS_BEFORE_START");
  }

  @Test
  void describeCountsRecordsByKindAndNamesTheSchema() throws Exception {
    String three = Fixtures.repeat(Fixtures.generalReady(), 3, (i, cas) -> cas.replace("APP-0001", "APP-" + i));
    assertThat(run("describe", file(three).toString())).isEqualTo(BdtCli.OK);
    assertThat(out()).contains("kind:    CAS_UPLOAD_GENERAL (official Home Office schema v2.1)")
        .contains("records: 3").contains("CasRecord: 3").contains("CasRecord with WorkPlacementDetails: 3")
        .contains("sponsor AB12CD34X");
  }
}
