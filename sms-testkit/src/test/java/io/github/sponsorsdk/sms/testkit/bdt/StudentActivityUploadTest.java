package io.github.sponsorsdk.sms.testkit.bdt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.event.StudentDidNotEnrol;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.port.ActivityReport;
import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.RecordOutcome;
import io.github.sponsorsdk.sms.core.port.RecordOutcomeKind;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.rules.reporting.DutyStatus;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.junit.SmsExtension;
import io.github.sponsorsdk.sms.testkit.scenario.BdtBatches;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.ReportRecord;
import io.github.sponsorsdk.sms.xml.records.BatchHeader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.records.StudentActivityReport;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.io.BdtWriter;
import io.github.sponsorsdk.sms.xml.testing.BdtGen;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Student activity report files (BDT, the reconstructed "did not arrive" report) uploaded through the port: each
 * record is validated, then reported as {@code reportActivity} would report a {@link StudentDidNotEnrol} for its
 * CAS on its expected enrolment date, through the same rules, its outcome numbered from 1. The Home Office
 * published no example of this file (the 13 official examples are CAS uploads and graduate notifications), so the
 * files here are written with the SDK's writer, by hand and from seeded generated records.
 */
class StudentActivityUploadTest {

  @RegisterExtension
  final SmsExtension ext = SmsExtension.create();

  /** A Student sponsor whose first {@code used} of {@code n} uploaded CAS are assigned and used in an application. */
  static List<CasNumber> casOf(InMemorySms sms, Sponsor s, SessionToken t, int n, int used) {
    BulkUpload upload = sms.uploadBdt(t, BdtBatches.casBatch(s.licenceNumber(), n)).orElseThrow();
    List<CasNumber> cas = upload.created();
    for (int i = 0; i < n; i++) {
      assertThat(sms.assign(t, cas.get(i)).isAllowed()).isTrue();
      if (i < used) {
        sms.homeOffice().recordUse(cas.get(i));
      }
    }
    return cas;
  }

  static byte[] file(List<? extends BdtRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (BdtWriter w = BdtWriter.create(out, BdtFileKind.STUDENT_ACTIVITY_REPORT, BatchHeader.of("ACT-1"))) {
      records.forEach(w::write);
    }
    return out.toByteArray();
  }

  static StudentActivityReport report(CasNumber cas, LocalDate expected, Optional<String> notes) {
    return StudentActivityReport.builder().casNumber(cas.value()).expectedEnrolmentDate(expected).notes(notes)
        .build();
  }

  @Test
  void eachRecordIsReportedThroughTheRulesOfReportActivity() {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.studentSponsor().grant(sms);
    SessionToken t = s.signIn();
    List<CasNumber> cas = casOf(sms, s, t, 3, 2);
    LocalDate expected = LocalDate.of(2026, 9, 28);
    CasNumber notHeld = CasNumber.of("E4G0AA0A00A0A9");
    List<StudentActivityReport> records = List.of(
        report(cas.get(0), expected, Optional.of("Visa delayed; expected to arrive in October")),
        report(cas.get(1), expected, Optional.empty()),
        report(cas.get(2), expected, Optional.empty()),
        report(notHeld, expected, Optional.empty()));

    BulkUpload upload = sms.uploadBdt(t, file(records)).orElseThrow();

    assertThat(upload.records()).isEqualTo(4);
    assertThat(upload.created()).isEmpty();
    assertThat(upload.rejected()).isEqualTo(2);
    assertThat(upload.outcomes()).extracting(RecordOutcome::recordNumber).containsExactly(1L, 2L, 3L, 4L);
    assertThat(upload.outcomes()).extracting(RecordOutcome::kind).containsExactly(RecordOutcomeKind.RECORDED,
        RecordOutcomeKind.RECORDED, RecordOutcomeKind.REJECTED, RecordOutcomeKind.REJECTED);
    assertThat(upload.outcomes()).extracting(RecordOutcome::cas)
        .containsExactly(Optional.of(cas.get(0)), Optional.of(cas.get(1)), Optional.empty(), Optional.empty());

    // The two recorded: the reports reportActivity would have made, the first with the record's notes.
    List<ActivityReport> reports = sms.reports().stream().map(ReportRecord::report).collect(Collectors.toList());
    assertThat(reports).hasSize(2);
    for (int i = 0; i < 2; i++) {
      ActivityReport r = reports.get(i);
      assertThat(r.event()).isEqualTo(StudentDidNotEnrol.builder().cas(cas.get(i)).occurredOn(expected).build());
      assertThat(r.reportedBy()).isEqualTo(s.level1());
      assertThat(r.reportedOn()).isEqualTo(sms.clock().today());
    }
    assertThat(reports.get(0).notes()).contains("Visa delayed; expected to arrive in October");
    assertThat(reports.get(1).notes()).isEmpty();

    // The two rejected: the very reasons reportActivity gives for the same event, and nothing recorded.
    for (int i = 2; i < 4; i++) {
      CasNumber number = records.get(i).cas();
      long recordNumber = i + 1;
      SmsResult<ActivityReport> online = sms.reportActivity(t,
          StudentDidNotEnrol.builder().cas(number).occurredOn(expected).build());
      assertThat(online.isRefused()).isTrue();
      assertThat(upload.outcomes().get(i).findings()).extracting(Finding::reason)
          .containsExactlyElementsOf(online.decision().refusals());
      assertThat(upload.outcomes().get(i).findings()).allSatisfy(f -> assertThat(f.location().recordNumber())
          .contains(recordNumber));
    }
    assertThat(upload.outcomes().get(3).findings()).extracting(Finding::message)
        .contains("No CAS were found for the search criteria given.");
    assertThat(sms.reports()).hasSize(2);
  }

  @Test
  void aReportedRecordDischargesTheDutyItsEventCreated() {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.studentSponsor().grant(sms);
    SessionToken t = s.signIn();
    CasNumber cas = casOf(sms, s, t, 1, 1).get(0);
    LocalDate expected = sms.clock().today().minusDays(3);
    StudentDidNotEnrol event = StudentDidNotEnrol.builder().cas(cas).occurredOn(expected).build();
    sms.recordOccurrence(s.licenceNumber(), event, UkNation.ENGLAND_AND_WALES);
    assertThat(sms.duties(s.licenceNumber())).extracting(Duty::status).doesNotContain(DutyStatus.REPORTED);

    BulkUpload upload = sms.uploadBdt(t, file(List.of(report(cas, expected, Optional.empty())))).orElseThrow();

    assertThat(upload.outcomes()).extracting(RecordOutcome::kind).containsExactly(RecordOutcomeKind.RECORDED);
    assertThat(sms.duties(s.licenceNumber())).isNotEmpty().extracting(Duty::status)
        .containsOnly(DutyStatus.REPORTED);
  }

  @Test
  void aFileTheSchemaRejectsRecordsNothing() {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.studentSponsor().grant(sms);
    SessionToken t = s.signIn();
    CasNumber cas = casOf(sms, s, t, 1, 1).get(0);
    String xml = new String(file(List.of(report(cas, LocalDate.of(2026, 9, 28), Optional.empty()))),
        java.nio.charset.StandardCharsets.ISO_8859_1).replace("2026-09-28", "28/09/2026");
    SmsResult<BulkUpload> r = sms.uploadBdt(t, xml.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    if (r.isAllowed()) {
      assertThat(r.orElseThrow().outcomes()).extracting(RecordOutcome::kind)
          .containsExactly(RecordOutcomeKind.REJECTED);
      assertThat(r.orElseThrow().outcomes().get(0).findings()).extracting(Finding::code)
          .contains("bdt.SCHEMA_INVALID");
    } else {
      assertThat(r.decision().codes()).contains("bdt.SCHEMA_INVALID");
    }
    assertThat(sms.reports()).isEmpty();
  }

  /**
   * Generated records (seeded): every record about a used CAS of the licence is recorded with its own date and
   * notes, every record about a CAS the licence does not hold is rejected, each outcome at its place in the file.
   */
  @Test
  void generatedFilesAreReportedRecordByRecord() {
    InMemorySms sms = ext.get();
    Sponsor s = Scenarios.studentSponsor().grant(sms);
    SessionToken t = s.signIn();
    List<CasNumber> used = casOf(sms, s, t, 4, 4);
    BdtGen gen = BdtGen.seeded(20261205L);
    List<StudentActivityReport> records = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      StudentActivityReport g = (StudentActivityReport) gen.record(BdtFileKind.STUDENT_ACTIVITY_REPORT);
      boolean ours = i % 3 != 2;
      records.add(ours ? g.withCasNumber(used.get(i % used.size()).value()) : g);
    }

    BulkUpload upload = sms.uploadBdt(t, file(records)).orElseThrow();

    assertThat(upload.outcomes()).hasSize(records.size());
    List<ActivityReport> reports = sms.reports().stream().map(ReportRecord::report).collect(Collectors.toList());
    int next = 0;
    for (int i = 0; i < records.size(); i++) {
      RecordOutcome o = upload.outcomes().get(i);
      StudentActivityReport rec = records.get(i);
      assertThat(o.recordNumber()).isEqualTo(i + 1);
      boolean ours = used.contains(rec.cas());
      assertThat(o.cas()).isEqualTo(ours ? Optional.of(rec.cas()) : Optional.empty());
      assertThat(o.kind()).as("record %s", i + 1)
          .isEqualTo(ours ? RecordOutcomeKind.RECORDED : RecordOutcomeKind.REJECTED);
      if (ours) {
        ActivityReport r = reports.get(next++);
        assertThat(r.event()).isEqualTo(StudentDidNotEnrol.builder().cas(rec.cas())
            .occurredOn(rec.expectedEnrolmentDate()).build());
        assertThat(r.notes()).isEqualTo(rec.notes());
      } else {
        assertThat(o.findings()).extracting(Finding::reason).extracting(Reason::code)
            .contains("testkit.NOT_FOUND");
      }
    }
    assertThat(reports).hasSize(next);
    assertThat(next).isBetween(1, records.size() - 1);
  }
}
