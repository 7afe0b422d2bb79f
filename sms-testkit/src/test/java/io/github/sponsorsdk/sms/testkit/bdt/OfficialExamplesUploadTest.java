package io.github.sponsorsdk.sms.testkit.bdt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.RecordOutcome;
import io.github.sponsorsdk.sms.core.port.RecordOutcomeKind;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.junit.SmsExtension;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.xml.certificate.CasCertificates;
import io.github.sponsorsdk.sms.xml.io.BdtReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10's measure: the Home Office's own BDT upload examples (schema v2.1, checksummed in sms-xml's test data,
 * docs/sources.md#bdt-example-files) uploaded to the in-memory SMS create 12 CAS, 8 ready to go and 4 not ready to go
 * (examples 2, 3, 8 and 11, whose names or content say so), each equal field by field to its record; example 13's
 * graduate notifications are accepted and recorded.
 */
class OfficialExamplesUploadTest {
  static final Path EXAMPLES = Path.of("..", "sms-xml", "src", "test", "resources", "official", "examples");

  @RegisterExtension
  final SmsExtension ext = SmsExtension.create();

  /** The examples by their number (1 to 13). */
  static Map<Integer, Path> examples() throws IOException {
    Map<Integer, Path> out = new TreeMap<>();
    try (var files = Files.list(EXAMPLES)) {
      files.forEach(p -> out.put(Integer.parseInt(p.getFileName().toString().split("\\.")[0]), p));
    }
    assertThat(out.keySet()).hasSize(13);
    return out;
  }

  @Test
  void theTwelveUploadExamplesCreateTwelveCasEightReadyToGo() throws IOException {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.studentSponsor().licenceNumber("QHDGHB91X").grant(sms);
    SessionToken t = s.signIn();
    List<Integer> notReady = new ArrayList<>();
    int created = 0;
    for (Map.Entry<Integer, Path> e : examples().entrySet()) {
      if (e.getKey() == 13) {
        continue;
      }
      byte[] file = Files.readAllBytes(e.getValue());
      BulkUpload upload = sms.uploadBdt(t, file).orElseThrow();
      assertThat(upload.rejected()).as("example %s: %s", e.getKey(), upload.findings()).isZero();
      assertThat(upload.created()).as("example %s", e.getKey()).hasSize(1);
      RecordOutcome outcome = upload.outcomes().get(0);
      assertThat(outcome.recordNumber()).isEqualTo(1);
      Certificate cas = sms.view(t, upload.created().get(0)).orElseThrow();
      assertThat(cas.migrant().dateOfBirth().toString()).isEqualTo("1980");
      try (BdtReader r = BdtReader.open(new ByteArrayInputStream(file))) {
        assertThat(CasCertificates.toRecord(cas)).as("example %s field by field", e.getKey()).isEqualTo(r.next());
      }
      if (outcome.kind() == RecordOutcomeKind.CREATED_NOT_READY_TO_GO) {
        notReady.add(e.getKey());
        assertThat(outcome.findings()).as("example %s says why", e.getKey()).isNotEmpty();
        assertThat(sms.assign(t, upload.created().get(0)).isRefused()).as("example %s", e.getKey()).isTrue();
        // Supplying what it lacks online (the update operation) makes it ready; then it can be assigned.
        Certificate fixed = sms.update(t, upload.created().get(0), Drafts.readyToGo(cas)).orElseThrow();
        assertThat(fixed.number()).isEqualTo(cas.number());
        assertThat(sms.assign(t, upload.created().get(0)).isAllowed()).as("example %s fixed", e.getKey()).isTrue();
        assertThat(sms.update(t, upload.created().get(0), Drafts.readyToGo(cas)).decision().codes())
            .as("no edit once assigned").contains("lifecycle.NOT_ALLOWED_IN_STATUS");
      } else {
        assertThat(outcome.kind()).isEqualTo(RecordOutcomeKind.CREATED);
        assertThat(sms.assign(t, upload.created().get(0)).isAllowed()).as("example %s", e.getKey()).isTrue();
      }
      created++;
    }
    assertThat(created).isEqualTo(12);
    assertThat(notReady).containsExactly(2, 3, 8, 11);
  }

  @Test
  void theGraduateNotificationsAreAcceptedAndRecorded() throws IOException {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.studentSponsor().licenceNumber("QHDGHB91X").grant(sms);
    BulkUpload upload = sms.uploadBdt(s.signIn(), Files.readAllBytes(examples().get(13))).orElseThrow();
    assertThat(upload.records()).isEqualTo(4);
    assertThat(upload.rejected()).isZero();
    assertThat(upload.outcomes()).extracting(RecordOutcome::kind).containsOnly(RecordOutcomeKind.RECORDED);
    assertThat(upload.outcomes()).extracting(o -> o.cas().orElseThrow().value())
        .containsExactly("E4G0AA0A00A0A1", "E4G0AA0A00A0A2", "E4G0AA0A00A0A3", "E4G0AA0A00A0A4");
    assertThat(upload.outcomes()).extracting(RecordOutcome::recordNumber).containsExactly(1L, 2L, 3L, 4L);
    // The fake holds none of these CAS: each is recorded with a warning saying so.
    assertThat(upload.outcomes()).allSatisfy(o -> assertThat(o.findings()).extracting(f -> f.code())
        .contains("testkit.BDT_CAS_NOT_HELD"));
    assertThat(sms.bulkUploadResults(s.signIn(), upload.reference()).orElseThrow()).isEqualTo(upload);
  }
}
