package io.github.sponsorsdk.sms.xml.bench;

import io.github.sponsorsdk.sms.xml.internal.SecureXml;
import io.github.sponsorsdk.sms.xml.testing.Realistic;
import io.github.sponsorsdk.sms.xml.validate.BdtValidator;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The large-file harness (not a test, not JMH): writes a 1,000,000-record General upload with the streaming writer
 * into {@code target/bdt-large/}, scans it once with the bare secure StAX reader (the baseline, same JVM) and then
 * reads and validates it with {@link BdtValidator} (schema, SMS rules, duplicate detection), all in a JVM whose heap
 * is at most 64 MB (an {@code OutOfMemoryError} would end it with a failure). It refuses to run with a larger heap, fails (exit 1) unless every record is read and ready to go,
 * prints the figures, keeps them in {@code target/bdt-large/result.txt} and deletes the 2.8 GB file.
 *
 * <p>Run it with the {@code large-file} profile, which starts it with {@code -Xmx64m} (a few minutes; nothing is
 * installed; an optional record count goes in {@code -Dbdt.records}):
 *
 * <pre>
 * mvn -B -ntp -Plarge-file -DskipTests verify -pl sms-xml -am
 * </pre>
 */
public final class MillionRecordRun {

  private MillionRecordRun() {}

  /**
   * Runs the harness.
   *
   * @param args optionally the number of records (default 1,000,000)
   * @throws Exception when the file cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    long records = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    long maxHeap = Runtime.getRuntime().maxMemory();
    if (maxHeap > 64L * 1024 * 1024) {
      System.err.printf("MillionRecordRun measures a 64 MB heap; this JVM has %,d bytes (start it with -Xmx64m)%n",
          maxHeap);
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of("target", "bdt-large"));
    Path file = dir.resolve("upload-" + records + ".xml");

    long t0 = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      Realistic.write(out, records, false);
    }
    double written = (System.nanoTime() - t0) / 1e9;
    long bytes = Files.size(file);

    long t1 = System.nanoTime();
    long events = rawScan(file);
    double scanned = (System.nanoTime() - t1) / 1e9;

    long t2 = System.nanoTime();
    ValidationReport report = BdtValidator.of(ValidationOptions.on(LocalDate.of(2026, 11, 25))).validate(file);
    double validated = (System.nanoTime() - t2) / 1e9;

    List<String> lines = new ArrayList<>();
    lines.add(String.format("%,d records, %,d bytes, heap limit %,d bytes (-Xmx64m)", records, bytes, maxHeap));
    lines.add(String.format("written in %.1f s", written));
    lines.add(String.format("raw StAX scan (baseline): %.1f s, %.1f MB/s, %,d events", scanned,
        bytes / 1e6 / scanned, events));
    lines.add(String.format("read + validate: %.1f s, %.1f MB/s = %.0f %% of the raw scan's throughput",
        validated, bytes / 1e6 / validated, 100 * scanned / validated));
    lines.add(String.format("report: %,d records, %,d ready to go, %,d not ready, %,d rejected, %,d not checked, "
        + "read to end %s, %,d errors, %,d warnings", report.records(), report.readyRecords(),
        report.notReadyRecords(), report.rejectedRecords(), report.uncheckedRecords(), report.readToEnd(),
        report.errors(), report.warnings()));
    lines.forEach(System.out::println);
    Files.write(dir.resolve("result.txt"), lines);
    Files.delete(file);
    boolean allReady = report.records() == records && report.readyRecords() == records && report.accepted();
    if (!allReady) {
      System.err.println("FAILED: not every record was read and ready to go: " + report.findings());
      System.exit(1);
    }
  }

  private static long rawScan(Path file) throws Exception {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      XMLStreamReader r = SecureXml.input().createXMLStreamReader(in);
      long n = 0;
      for (int ev = r.next(); ev != XMLStreamConstants.END_DOCUMENT; ev = r.next()) {
        n++;
      }
      r.close();
      return n;
    }
  }
}
