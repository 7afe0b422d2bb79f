package io.github.sponsorsdk.sms.xml.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sponsorsdk.sms.xml.cli.BdtCli;
import io.github.sponsorsdk.sms.xml.testing.Realistic;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 1,000,000-record upload, written by the streaming writer into {@code target/bdt-large/}, read and validated
 * (schema, SMS rules, duplicate detection) by the command line in a separate JVM limited to {@code -Xmx64m}.
 * Takes a few minutes, so it runs only on request:
 *
 * <pre>
 * mvn -B -ntp -o verify -pl sms-xml -am -Dbdt.large=true -Dtest=MillionRecordTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class MillionRecordTest {
  static final long RECORDS = 1_000_000;

  @Test
  void millionRecordsReadAndValidatedWith64MegabytesOfHeap() throws Exception {
    assumeTrue(Boolean.getBoolean("bdt.large"), "SKIPPED: the 1,000,000-record -Xmx64m run takes minutes; "
        + "run it with -Dbdt.large=true (command in this class's Javadoc and docs/bdt.md)");
    Path dir = Files.createDirectories(Path.of("target", "bdt-large"));
    Path file = dir.resolve("upload-1m.xml");
    long t0 = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      Realistic.write(out, RECORDS, false);
    }
    long written = System.nanoTime() - t0;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        BdtCli.class.getName(), "validate", file.toString(), "--date", "2026-11-25")
        .redirectErrorStream(true).start();
    long t1 = System.nanoTime();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
    long validated = System.nanoTime() - t1;
    long bytes = Files.size(file);
    String summary = String.format("1,000,000 records, %,d bytes: written in %.1f s, validated with -Xmx64m in %.1f s"
        + " (%.1f MB/s)", bytes, written / 1e9, validated / 1e9, bytes / 1e6 / (validated / 1e9));
    System.out.println(summary);
    Files.writeString(dir.resolve("result.txt"), summary + System.lineSeparator() + output);
    assertThat(p.exitValue()).as(output).isEqualTo(BdtCli.OK);
    assertThat(output).contains("1000000 records: 1000000 ready to go, 0 not ready to go (warnings), 0 rejected");
    Files.delete(file);
  }
}
