package io.github.sponsorsdk.sms.xml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.xml.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BdtCliTest {
  @TempDir
  Path dir;

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final BdtCli cli = new BdtCli(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8),
      Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

  Path file(String doc) throws Exception {
    Path p = Files.createTempFile(dir, "bdt", ".xml");
    Files.write(p, doc.getBytes(StandardCharsets.ISO_8859_1));
    return p;
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validateExitCodes() throws Exception {
    String base = Fixtures.generalReady();
    assertThat(cli.run("validate", file(base).toString())).isEqualTo(BdtCli.OK);
    assertThat(out()).contains("1 records: 1 ready to go");
    assertThat(cli.run("validate", file(Fixtures.remove(base, "PreviousUKStudy")).toString()))
        .isEqualTo(BdtCli.WARNINGS);
    assertThat(out())
        .contains("WARNING bdt.PREVIOUS_UK_STUDY_MISSING record 1 (ApplicantID APP-0001) at 12:6 CAS/EvidenceDetails: "
        + "Give PreviousUKStudy (true or false)");
    assertThat(cli.run("validate", file(Fixtures.set(base, "FamilyName", "x".repeat(40))).toString()))
        .isEqualTo(BdtCli.ERRORS);
    assertThat(out()).contains("ERROR bdt.SCHEMA_INVALID record 1").contains("CAS/ApplicantData/FamilyName");
    assertThat(cli.run("validate", file("").toString())).isEqualTo(BdtCli.ERRORS);
    assertThat(out()).contains("FILE_UNREADABLE");
  }

  @Test
  void describeCountsRecordsByKind() throws Exception {
    String three = Fixtures.repeat(Fixtures.generalReady(), 3, (i, cas) -> cas.replace("APP-0001", "APP-" + i));
    assertThat(cli.run("describe", file(three).toString())).isEqualTo(BdtCli.OK);
    assertThat(out()).contains("kind:    CAS_UPLOAD_GENERAL").contains("records: 3").contains("CasRecord: 3")
        .contains("CasRecord with WorkPlacementDetails: 3").contains("sponsor AB12CD34X");
  }

  @Test
  void usageErrors() throws Exception {
    assertThat(cli.run()).isEqualTo(BdtCli.USAGE);
    assertThat(cli.run("check", "x")).isEqualTo(BdtCli.USAGE);
    assertThat(cli.run("validate", dir.resolve("missing.xml").toString())).isEqualTo(BdtCli.USAGE);
    Path f = file(Fixtures.generalReady());
    assertThat(cli.run("validate", f.toString(), "--date", "yesterday")).isEqualTo(BdtCli.USAGE);
    assertThat(cli.run("validate", f.toString(), "--date", "2008-01-01")).isEqualTo(BdtCli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("sms-xml:");
  }
}
