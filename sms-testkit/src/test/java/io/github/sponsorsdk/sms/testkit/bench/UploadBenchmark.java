package io.github.sponsorsdk.sms.testkit.bench;

import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.RecordOutcomeKind;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.xml.testing.Realistic;
import io.github.sponsorsdk.sms.xml.validate.BdtValidator;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 10's target: uploading sms-xml's 5,000-record benchmark file ({@code Realistic.write}, the file of
 * {@code BdtReadBenchmark}) through the fake ({@code SmsBulkData.uploadBdt}: permission, validation, one CAS per
 * record through the single-CAS path, readiness, audit, the stored upload) runs at no less than 25 % of sms-xml's
 * read + validate alone ({@code BdtValidator.validate}) on the same bytes, measured in the same run.
 *
 * <p>One op = the whole file. The fake is rebuilt before every upload (outside the measurement: a new in-memory SMS,
 * the file's sponsor granted with an allocation that never runs out, a signed-in Level 1 user), so every op creates
 * the same 5,000 CAS into an empty store. Setup fails unless the validator finds the file clean and the fake creates
 * one ready-to-go CAS per record, so neither side can be measured doing less than its job.
 *
 * <p>Run (nothing installed; the profile also starts sms-rules' and sms-xml's JMH runs, which stop on a filter they
 * all miss, so run JMH on the test class path instead; see docs/benchmarks.md):
 *
 * <pre>
 * mvn -B -ntp -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/cp-test.txt -pl sms-testkit -am
 * java -cp sms-testkit/target/test-classes:sms-testkit/target/classes:$(cat sms-testkit/target/cp-test.txt) \
 *     org.openjdk.jmh.Main UploadBenchmark -f 1 -wi 5 -w 5s -i 5 -r 5s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class UploadBenchmark {
  /** The fake's first day; the validator alone checks on the same day. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @Param({"5000"})
  public int records;

  byte[] file;
  BdtValidator validator;

  /** A fresh fake for each upload. */
  @State(Scope.Thread)
  public static class Fake {
    InMemorySms sms;
    SessionToken session;

    @Setup(Level.Invocation)
    public void setUp() {
      sms = InMemorySms.builder().startingOn(TODAY).passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build();
      Sponsor s = Scenarios.studentSponsor().licenceNumber(Realistic.licenceNumber())
          .allocation(io.github.sponsorsdk.sms.core.route.Route.STUDENT, 50_000_000).grant(sms);
      session = s.signIn();
    }

    @TearDown(Level.Invocation)
    public void tearDown() {
      sms = null;
      session = null;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Realistic.write(out, records, true);
    file = out.toByteArray();
    validator = BdtValidator.of(ValidationOptions.on(TODAY));
    ValidationReport check = validator.validate(new ByteArrayInputStream(file));
    if (check.records() != records || !check.findings().isEmpty()) {
      throw new IllegalStateException("benchmark file is not clean: " + check.findings());
    }
    Fake fake = new Fake();
    fake.setUp();
    SmsResult<BulkUpload> upload = fake.sms.uploadBdt(fake.session, file);
    if (upload.isRefused() || upload.orElseThrow().outcomes().size() != records || upload.orElseThrow().outcomes()
        .stream().anyMatch(o -> o.kind() != RecordOutcomeKind.CREATED)) {
      throw new IllegalStateException("the fake did not create one ready CAS per record: " + upload.decision());
    }
  }

  /** The baseline: sms-xml's read + validate alone (schema, typed records, SMS rules, duplicates). */
  @Benchmark
  public long readAndValidate() {
    return validator.validate(new ByteArrayInputStream(file)).records();
  }

  /** The product: the same bytes uploaded through the fake's port. */
  @Benchmark
  public int fakeUpload(Fake fake) {
    return fake.sms.uploadBdt(fake.session, file).orElseThrow().created().size();
  }
}
