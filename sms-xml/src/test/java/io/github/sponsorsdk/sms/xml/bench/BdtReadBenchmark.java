package io.github.sponsorsdk.sms.xml.bench;

import io.github.sponsorsdk.sms.xml.internal.SecureXml;
import io.github.sponsorsdk.sms.xml.io.BdtReader;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.schema.BdtSchemas;
import io.github.sponsorsdk.sms.xml.testing.Realistic;
import io.github.sponsorsdk.sms.xml.validate.BdtValidator;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.w3c.dom.Document;

/**
 * Read + validate throughput of a BDT upload against two baselines measured in the same run:
 *
 * <ul>
 *   <li>{@code rawStaxScan}: the same secure StAX reader pulling every event and doing nothing (the ceiling);
 *   <li>{@code domThenValidate}: DOM parse, then {@code javax.xml.validation} over the DOM with the same bundled
 *       schema (the usual way, and no record mapping or SMS rules at all).
 * </ul>
 *
 * <p>{@code readAndValidate} is the product: schema validation fed from StAX, typed records, every SMS rule and
 * duplicate detection. {@code readOnly} is the plain {@link BdtReader}. One op = the whole file (ready-to-go records,
 * indented like the official examples). Targets: readAndValidate at least 50% of rawStaxScan and 3x domThenValidate.
 *
 * <p>Install the modules once (into a private local repository if others share {@code ~/.m2}), then run this module
 * alone: with {@code -am} the filter would also reach sms-rules, whose benchmarks all miss it, and JMH stops there.
 *
 * <pre>
 * mvn -B -ntp -DskipTests -Dmaven.repo.local=/tmp/m2 install -pl sms-xml -am
 * mvn -B -ntp -o -Pbench -DskipTests -Dmaven.repo.local=/tmp/m2 verify -pl sms-xml -Djmh.include=BdtReadBenchmark \
 *     -Djmh.args="-f 1 -wi 3 -w 2s -i 5 -r 2s"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BdtReadBenchmark {

  @Param({"5000"})
  public int records;

  private byte[] file;
  private BdtValidator validator;
  private DocumentBuilderFactory dom;

  @Setup
  public void setUp() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Realistic.write(out, records, true);
    file = out.toByteArray();
    validator = BdtValidator.of(ValidationOptions.on(LocalDate.of(2026, 11, 25)));
    ValidationReport check = validator.validate(new ByteArrayInputStream(file));
    if (check.records() != records || !check.findings().isEmpty()) {
      throw new IllegalStateException("benchmark file is not clean: " + check.findings());
    }
    dom = DocumentBuilderFactory.newInstance();
    dom.setNamespaceAware(true);
    dom.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    dom.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
  }

  @Benchmark
  public long rawStaxScan() throws Exception {
    return rawScan(file);
  }

  /** The raw scan's baseline: the same secure reader, every event pulled, nothing done (also InterleavedScanRun's). */
  static long rawScan(byte[] file) throws Exception {
    XMLStreamReader r = SecureXml.input().createXMLStreamReader(new ByteArrayInputStream(file));
    long n = 0;
    for (int ev = r.next(); ev != XMLStreamConstants.END_DOCUMENT; ev = r.next()) {
      n += ev;
    }
    r.close();
    return n;
  }

  @Benchmark
  public long readAndValidate() {
    return validator.validate(new ByteArrayInputStream(file)).records();
  }

  @Benchmark
  public long readOnly() {
    long n = 0;
    try (BdtReader r = BdtReader.open(new ByteArrayInputStream(file))) {
      while (r.hasNext()) {
        r.next();
        n++;
      }
    }
    return n;
  }

  @Benchmark
  public Object domThenValidate() throws Exception {
    DocumentBuilder b = dom.newDocumentBuilder();
    Document doc = b.parse(new ByteArrayInputStream(file));
    Validator v = BdtSchemas.schema(BdtFileKind.CAS_UPLOAD_GENERAL).newValidator();
    v.validate(new DOMSource(doc));
    return doc;
  }

  /** The DOM baseline given the same regex-free schema the streaming validator uses, for a like-for-like view. */
  @Benchmark
  public Object domThenValidateStreamingSchema() throws Exception {
    DocumentBuilder b = dom.newDocumentBuilder();
    Document doc = b.parse(new ByteArrayInputStream(file));
    Validator v = BdtSchemas.streamingSchema(BdtFileKind.CAS_UPLOAD_GENERAL).newValidator();
    v.validate(new DOMSource(doc));
    return doc;
  }
}
