package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.FileLocation;
import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.RecordOutcome;
import io.github.sponsorsdk.sms.core.port.RecordOutcomeKind;
import io.github.sponsorsdk.sms.core.study.CasDetails;
import io.github.sponsorsdk.sms.core.study.CasFinances;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.rules.certificate.AssignmentReadiness;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.state.CertificateRecord;
import io.github.sponsorsdk.sms.xml.records.BatchHeader;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.records.CasCategory;
import io.github.sponsorsdk.sms.xml.records.FeeUpdate;
import io.github.sponsorsdk.sms.xml.records.GraduateNotification;
import io.github.sponsorsdk.sms.xml.records.StudentActivityReport;
import io.github.sponsorsdk.sms.core.event.StudentDidNotEnrol;
import io.github.sponsorsdk.sms.core.port.ActivityReport;
import java.util.LinkedHashMap;
import io.github.sponsorsdk.sms.core.port.SmsBulkData;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.certificate.CasCertificates;
import io.github.sponsorsdk.sms.xml.records.UploadHeader;
import io.github.sponsorsdk.sms.xml.validate.BdtValidator;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link SmsBulkData}: the file is validated by sms-xml's {@link BdtValidator} (schema, code lists, the SMS's own
 * checks); every record without an error is processed, the others are rejected. The upload's results keep every
 * {@link Finding} as the validator located it (record number counted from 1, ApplicantID, line, column, path) and say
 * what became of each record ({@link RecordOutcome}); the call's decision holds the findings' reasons.
 * <ul>
 *   <li>A CAS upload record becomes a CAS through the same path as a single CAS, mapped by sms-xml's
 *       {@link CasCertificates} without loss. A CAS that {@link AssignmentReadiness} would not let be assigned is
 *       created "not ready to go" (the BDT schema's "CAS will not be ready to go and will require correction
 *       online"): its outcome lists what it lacks, and it cannot be assigned until that is supplied.
 *   <li>A graduate notification is recorded against its CAS number (audit {@code GRADUATE_NOTIFIED}); one for a CAS
 *       the fake does not hold is recorded with a {@code testkit.BDT_CAS_NOT_HELD} warning.
 *   <li>A fee update replaces the CAS's first-year course fees and the amounts paid to date the record gives (audit
 *       {@code FEES_UPDATED}); one for a CAS the licence does not hold is rejected.
 *   <li>A student activity report record is reported activity, as {@code reportActivity} would report it: the
 *       student did not enrol ({@link StudentDidNotEnrol}) on the record's expected enrolment date, against its CAS,
 *       through the same rules (the licence's CAS, USED, a Level 2 user's own), notes kept with the
 *       {@link ActivityReport}; a record those rules refuse is rejected with their reasons.
 * </ul>
 * A record sms-core cannot hold, or of a kind the fake does not take, is a {@code testkit.BDT_RECORD_NOT_MODELLED}
 * finding located at the record (line and column 0: the fake names the record, not a place in it). The permission
 * engine decides who may upload ({@code UPLOAD_CAS_BDT}).
 */
final class BulkDataService implements SmsBulkData {
  private final InMemorySms sms;
  private final Store store;
  private final CertificateService certificates;
  private final ReportingService reporting;

  BulkDataService(InMemorySms sms, CertificateService certificates, ReportingService reporting) {
    this.sms = sms;
    this.store = sms.store();
    this.certificates = certificates;
    this.reporting = reporting;
  }

  @Override
  public SmsResult<BulkUpload> uploadBdt(SessionToken session, byte[] file) {
    byte[] copy = file.clone();
    return sms.authorised(Operation.UPLOAD_BDT, session, SmsAction.UPLOAD_CAS_BDT, (tx, caller) -> {
      Licence licence = caller.licence;
      List<Finding> findings = new ArrayList<>();
      Map<Long, List<Finding>> located = new LinkedHashMap<>();
      Map<Long, BdtRecord> passed = new LinkedHashMap<>();
      ValidationReport report = BdtValidator.of(ValidationOptions.on(sms.today()))
          .validate(new ByteArrayInputStream(copy), (number, record, recordFindings) -> {
            findings.addAll(recordFindings);
            located.put(number, new ArrayList<>(recordFindings));
            if (recordFindings.stream().noneMatch(Finding::isError) && record.isPresent()) {
              passed.put(number, record.get());
            }
          });
      report.findings().stream().filter(f -> f.location().recordNumber().isEmpty()).forEach(findings::add);
      Optional<BdtHeader> header = report.header();
      if (header.isEmpty() || !report.accepted() && passed.isEmpty()) {
        return SmsResult.refused(Decision.of(withRefusal(reasons(findings))));
      }
      Optional<String> fileLicence = header.get() instanceof UploadHeader
          ? Optional.of(((UploadHeader) header.get()).sponsorLicenceNumber())
          : ((BatchHeader) header.get()).sponsorLicenceNumber();
      if (fileLicence.filter(n -> !n.equals(licence.number().value())).isPresent()) {
        return SmsResult.refused(Decision.of(SessionReason.BDT_OTHER_LICENCE.reason()));
      }
      List<RecordOutcome> outcomes = new ArrayList<>();
      for (Map.Entry<Long, List<Finding>> e : located.entrySet()) {
        long number = e.getKey();
        List<Finding> own = e.getValue();
        BdtRecord record = passed.get(number);
        RecordOutcome outcome;
        if (record == null) {
          outcome = RecordOutcome.builder().recordNumber(number).kind(RecordOutcomeKind.REJECTED)
              .addAllFindings(own).build();
        } else if (record instanceof CasRecord) {
          outcome = create(tx, caller, licence, number, (CasRecord) record,
              ((UploadHeader) header.get()).category(), own, findings);
        } else if (record instanceof GraduateNotification) {
          outcome = graduated(tx, licence, number, (GraduateNotification) record, own, findings);
        } else if (record instanceof FeeUpdate) {
          outcome = feeUpdate(tx, licence, number, (FeeUpdate) record, own, findings);
        } else if (record instanceof StudentActivityReport) {
          outcome = activity(tx, caller, number, (StudentActivityReport) record, own, findings);
        } else {
          Finding f = at(number, Optional.empty(), SessionReason.BDT_RECORD_NOT_MODELLED.reason(Map.of("detail",
              "the in-memory SMS takes CAS uploads, graduate notifications, fee updates and student activity reports only")));
          findings.add(f);
          outcome = RecordOutcome.builder().recordNumber(number).kind(RecordOutcomeKind.REJECTED)
              .addAllFindings(own).addFindings(f).build();
        }
        outcomes.add(outcome);
      }
      List<CasNumber> created = outcomes.stream().filter(o -> o.kind() == RecordOutcomeKind.CREATED
          || o.kind() == RecordOutcomeKind.CREATED_NOT_READY_TO_GO).map(o -> o.cas().orElseThrow())
          .collect(Collectors.toList());
      long rejected = outcomes.stream().filter(o -> o.kind() == RecordOutcomeKind.REJECTED).count();
      BulkUpload upload = BulkUpload.builder().reference(tx.ids().reference("BDT")).uploadedBy(caller.userId())
          .uploadedOn(sms.today()).records(report.records()).addAllCreated(created).rejected(rejected)
          .addAllFindings(findings).addAllOutcomes(outcomes).build();
      tx.put(store.uploads, upload.reference(), upload);
      tx.audit(AuditAction.BDT_UPLOADED, Optional.of(licence.number()), upload.reference(), null, upload);
      return SmsResult.allowed(upload, Decision.of(reasons(findings).stream().map(BulkDataService::asWarning)
          .collect(Collectors.toList())));
    });
  }

  /**
   * A CAS from an upload record, through the same path as a single CAS. A record sms-core cannot hold is rejected
   * ({@code testkit.BDT_RECORD_NOT_MODELLED}); a CAS {@link AssignmentReadiness} would not let be assigned is created
   * "not ready to go", with what it lacks as warnings at the record.
   */
  private RecordOutcome create(Tx tx, Accounts.Caller caller, Licence licence, long number, CasRecord record,
      CasCategory category, List<Finding> own, List<Finding> all) {
    Optional<String> applicantId = Optional.of(record.applicant().applicantId());
    RecordOutcome.Builder out = RecordOutcome.builder().recordNumber(number).applicantId(applicantId)
        .addAllFindings(own);
    SmsResult<Certificate> c;
    try {
      c = certificates.create(tx, caller, licence, CasCertificates.toDraft(record, category));
    } catch (InvalidValueException e) {
      Finding f = at(number, applicantId, SessionReason.BDT_RECORD_NOT_MODELLED.reason(Map.of("detail",
          e.getMessage().lines().findFirst().orElse(""))));
      all.add(f);
      return out.kind(RecordOutcomeKind.REJECTED).addFindings(f).build();
    }
    if (c.isRefused()) {
      List<Finding> why = c.decision().refusals().stream().map(r -> at(number, applicantId, r))
          .collect(Collectors.toList());
      all.addAll(why);
      return out.kind(RecordOutcomeKind.REJECTED).addAllFindings(why).build();
    }
    Certificate cas = c.orElseThrow();
    out.cas((CasNumber) cas.number().orElseThrow());
    List<Reason> lacking = AssignmentReadiness.defaults().decide(cas).refusals();
    if (lacking.isEmpty()) {
      return out.kind(RecordOutcomeKind.CREATED).build();
    }
    return out.kind(RecordOutcomeKind.CREATED_NOT_READY_TO_GO).addAllFindings(lacking.stream()
        .map(r -> at(number, applicantId, r.withSeverity(Severity.WARNING))).collect(Collectors.toList())).build();
  }

  /**
   * A graduate notification (SMS Manual 7) is recorded against its CAS number. One the fake does not hold for this
   * licence is still recorded, with a warning: the official example's CAS numbers are not the fake's.
   */
  private RecordOutcome graduated(Tx tx, Licence licence, long number, GraduateNotification record,
      List<Finding> own, List<Finding> all) {
    CasNumber cas = record.cas();
    RecordOutcome.Builder out = RecordOutcome.builder().recordNumber(number).kind(RecordOutcomeKind.RECORDED)
        .cas(cas).addAllFindings(own);
    if (held(tx, licence, cas).isEmpty()) {
      Finding f = at(number, Optional.empty(), SessionReason.BDT_CAS_NOT_HELD.reason(Map.of("cas", cas.value()))
          .withSeverity(Severity.WARNING));
      all.add(f);
      out.addFindings(f);
    }
    tx.audit(AuditAction.GRADUATE_NOTIFIED, Optional.of(licence.number()), cas.value(), null, record);
    return out.build();
  }

  /**
   * A fee update (SMS Manual 5, "reporting fee updates") replaces the CAS's course fees and the amounts paid to
   * date that the record gives; one for a CAS the licence does not hold is rejected.
   */
  private RecordOutcome feeUpdate(Tx tx, Licence licence, long number, FeeUpdate record, List<Finding> own,
      List<Finding> all) {
    CasNumber cas = record.cas();
    Optional<CertificateRecord> held = held(tx, licence, cas).filter(r -> r.certificate().cas().isPresent());
    if (held.isEmpty()) {
      Finding f = at(number, Optional.empty(), SessionReason.BDT_CAS_NOT_HELD.reason(Map.of("cas", cas.value())));
      all.add(f);
      return RecordOutcome.builder().recordNumber(number).kind(RecordOutcomeKind.REJECTED).addAllFindings(own)
          .addFindings(f).build();
    }
    Certificate before = held.get().certificate();
    CasDetails details = before.cas().orElseThrow();
    CasFinances f = details.finances();
    CasFinances updated = f.withCourseFeesForFirstYearOnly(record.courseFeesForFirstYearOnly())
        .withCourseFeesPaidToDate(record.courseFeesPaidToDate().or(f::courseFeesPaidToDate))
        .withAccommodationFeesPaidToDate(record.accommodationFeesPaidToDate().or(f::accommodationFeesPaidToDate))
        .withBoardingFeesPaidToDate(record.boardingFeesPaidToDate().or(f::boardingFeesPaidToDate));
    Certificate after = before.withCas(details.withFinances(updated));
    tx.put(store.certificates, InMemorySms.key(after), held.get().withCertificate(after));
    tx.audit(AuditAction.FEES_UPDATED, Optional.of(licence.number()), cas.value(), before, after);
    return RecordOutcome.builder().recordNumber(number).kind(RecordOutcomeKind.RECORDED).cas(cas)
        .addAllFindings(own).build();
  }

  /**
   * A student activity report record (the "did not arrive" report, SMS Manual 5 and 7; decision 0480): reported as
   * the student not enrolling ({@link StudentDidNotEnrol}, duty S1) against its CAS, on the record's expected
   * enrolment date, through the same rules as {@code reportActivity} (the CAS must be the licence's and USED; a
   * Level 2 user only on a CAS they own), the record's notes kept with the report. A refused record is rejected
   * with the refusal's reasons, and changes nothing.
   */
  private RecordOutcome activity(Tx tx, Accounts.Caller caller, long number, StudentActivityReport record,
      List<Finding> own, List<Finding> all) {
    CasNumber cas = record.cas();
    StudentDidNotEnrol event = StudentDidNotEnrol.builder().cas(cas).occurredOn(record.expectedEnrolmentDate())
        .build();
    SmsResult<ActivityReport> reported = reporting.reportFromUpload(tx, caller, event, record.notes());
    RecordOutcome.Builder out = RecordOutcome.builder().recordNumber(number).addAllFindings(own);
    if (reported.isRefused()) {
      List<Finding> why = reported.decision().refusals().stream().map(r -> at(number, Optional.empty(), r))
          .collect(Collectors.toList());
      all.addAll(why);
      return out.kind(RecordOutcomeKind.REJECTED).addAllFindings(why).build();
    }
    return out.kind(RecordOutcomeKind.RECORDED).cas(cas).build();
  }

  private Optional<CertificateRecord> held(Tx tx, Licence licence, CasNumber cas) {
    return tx.get(store.certificates, cas.value()).filter(r -> r.licence().equals(licence.number()));
  }

  /** A finding the fake adds at a record: line and column 0, the fake names the record, not a place in it. */
  private static Finding at(long number, Optional<String> applicantId, Reason reason) {
    return Finding.of(reason, FileLocation.builder().recordNumber(number).applicantId(applicantId).line(0)
        .column(0).path("record").build());
  }

  @Override
  public SmsResult<BulkUpload> bulkUploadResults(SessionToken session, String reference) {
    return sms.authorised(Operation.DOWNLOAD_BDT_RESULTS, session, SmsAction.UPLOAD_CAS_BDT, (tx, caller) -> {
      Optional<BulkUpload> upload = tx.get(store.uploads, reference)
          .filter(u -> tx.get(store.users, u.uploadedBy()).map(r -> r.licence())
              .filter(caller.record.licence()::equals).isPresent());
      return upload.map(SmsResult::allowed).orElseGet(() -> SmsResult.refused(CertificateService.notFound()));
    });
  }

  /** The findings' reasons, in file order: the call's decision (where they are is in the upload's results). */
  private static List<Reason> reasons(List<Finding> findings) {
    return findings.stream().map(Finding::reason).collect(Collectors.toList());
  }

  /** In an accepted upload, a rejected record's errors are reported, not refusing the whole upload. */
  private static Reason asWarning(Reason r) {
    return r.severity() == Severity.REFUSAL ? r.withSeverity(Severity.WARNING) : r;
  }

  private static List<Reason> withRefusal(List<Reason> findings) {
    if (findings.stream().anyMatch(r -> r.severity() == Severity.REFUSAL)) {
      return findings;
    }
    List<Reason> out = new ArrayList<>(findings);
    out.add(SessionReason.BDT_FILE_REJECTED.reason());
    return out;
  }
}
