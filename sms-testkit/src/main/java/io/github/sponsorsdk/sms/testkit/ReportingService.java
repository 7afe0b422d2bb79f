package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import static io.github.sponsorsdk.sms.testkit.InMemorySms.details;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.StudentEvent;
import io.github.sponsorsdk.sms.core.event.WorkerEvent;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.port.ActivityReport;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.rules.certificate.Actor;
import io.github.sponsorsdk.sms.rules.certificate.CertificateAction;
import io.github.sponsorsdk.sms.rules.certificate.CertificateLifecycle;
import io.github.sponsorsdk.sms.rules.certificate.LifecycleOutcome;
import io.github.sponsorsdk.sms.rules.permission.PermissionRequest;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.rules.reporting.DutyBatch;
import io.github.sponsorsdk.sms.rules.reporting.DutyStatus;
import io.github.sponsorsdk.sms.rules.reporting.GoverningNation;
import io.github.sponsorsdk.sms.rules.reporting.Report;
import io.github.sponsorsdk.sms.rules.reporting.ReportingDuties;
import io.github.sponsorsdk.sms.rules.reporting.SponsorContext;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.state.CertificateRecord;
import io.github.sponsorsdk.sms.testkit.state.OccurrenceRecord;
import io.github.sponsorsdk.sms.testkit.state.ReportRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reports and reporting duties on the store: the {@link ReportingDuties} engine says which duty each occurrence
 * creates, when it is due and whether it is reported or overdue; the {@link CertificateLifecycle} says whether
 * activity can be reported against a certificate (only once USED; a Level 2 user only on their own).
 */
final class ReportingService {
  private final InMemorySms sms;
  private final Store store;

  ReportingService(InMemorySms sms) {
    this.sms = sms;
    this.store = sms.store();
  }

  /** Reports worker or student activity against the certificate the event names. */
  SmsResult<ActivityReport> reportAgainstCertificate(Tx tx, Accounts.Caller caller, ReportableEvent event) {
    return reportAgainstCertificate(tx, caller, event, Optional.empty());
  }

  private SmsResult<ActivityReport> reportAgainstCertificate(Tx tx, Accounts.Caller caller, ReportableEvent event,
      Optional<String> notes) {
    CertificateNumber number = event instanceof WorkerEvent ? ((WorkerEvent) event).certificate()
        : ((StudentEvent) event).certificate();
    Optional<CertificateRecord> record = tx.get(store.certificates, number.value())
        .filter(r -> r.licence().equals(caller.record.licence()));
    if (record.isEmpty()) {
      return SmsResult.refused(CertificateService.notFound());
    }
    LifecycleOutcome step = sms.rules().lifecycle().apply(CertificateService.state(record.get()), CertificateAction.REPORT_ACTIVITY,
        Actor.of(caller.record.user(), record.get().certificate()));
    if (!step.isAllowed()) {
      // Manual 1, Troubleshooting: not USED, or a Level 2 user who does not own it: "No CAS were found".
      return SmsResult.refused(CertificateService.notFound().and(step.decision()));
    }
    return record(tx, caller, event, notes, step.decision());
  }

  /**
   * Reports student activity for a caller already signed in, as one record of a BDT student activity report: the
   * same rules as {@code reportActivity} in the same order. The certificate must be the licence's ("No CAS were
   * found" otherwise), the permission engine decides {@link SmsAction#REPORT_STUDENT_ACTIVITY} on it (a Level 2
   * user who does not own it is told "No CAS were found", as online), then {@link #reportAgainstCertificate}
   * (only once USED). The record's notes are kept with the report.
   */
  SmsResult<ActivityReport> reportFromUpload(Tx tx, Accounts.Caller caller, StudentEvent event,
      Optional<String> notes) {
    Optional<CertificateRecord> record = tx.get(store.certificates, event.certificate().value())
        .filter(r -> r.licence().equals(caller.record.licence()));
    if (record.isEmpty()) {
      return SmsResult.refused(CertificateService.notFound());
    }
    LocalDate today = LocalDate.ofInstant(tx.now(), SmsTestClock.LONDON);
    Decision permitted = sms.rules().permissions().decide(PermissionRequest.of(caller.record.user(), caller.licence,
        record.get().certificate(), today), SmsAction.REPORT_STUDENT_ACTIVITY);
    if (permitted.isRefused()) {
      return SmsResult.refused(CertificatePort.visibility(permitted, true));
    }
    return reportAgainstCertificate(tx, caller, event, notes);
  }

  SmsResult<ActivityReport> record(Tx tx, Accounts.Caller caller, ReportableEvent event, Optional<String> notes,
      Decision decision) {
    ActivityReport report = ActivityReport.builder().reference(tx.ids().reference("RPT")).event(event)
        .reportedBy(caller.userId()).reportedOn(sms.today()).notes(notes).build();
    tx.put(store.reports, report.reference(), ReportRecord.of(caller.record.licence(), report));
    tx.audit(AuditAction.ACTIVITY_REPORTED, Optional.of(caller.record.licence()), report.reference(), null, report);
    return SmsResult.allowed(report, decision);
  }

  /** The host declares that {@code event} happened; the duties it creates are tracked from now on. */
  String occurred(Tx tx, SponsorLicenceNumber licence, ReportableEvent event,
      io.github.sponsorsdk.sms.core.place.UkNation nation) {
    Licence l = tx.get(store.licences, licence).orElseThrow(() -> new IllegalArgumentException("no licence " + licence));
    OccurrenceRecord o = OccurrenceRecord.builder().id(tx.ids().reference("EVT")).licence(licence).nation(nation)
        .event(event).build();
    tx.put(store.occurrences, o.id(), o);
    tx.audit(AuditAction.OCCURRENCE_RECORDED, Optional.of(licence), o.id(), null, o);
    for (Duty d : batch(tx, l, List.of(o), sms.today())) {
      if (d.status() == DutyStatus.DUE || d.status() == DutyStatus.OVERDUE) {
        tx.event(d.status() == DutyStatus.DUE ? SmsEventKind.DUTY_DUE : SmsEventKind.DUTY_OVERDUE,
            Optional.of(licence), o.id(), dutyDetails(d));
      }
    }
    return o.id();
  }

  /** Every duty of {@code licence}'s occurrences, as the engine sees them on {@code on}. */
  List<Duty> duties(Tx tx, SponsorLicenceNumber licence, LocalDate on) {
    Optional<Licence> l = tx.get(store.licences, licence);
    if (l.isEmpty()) {
      return List.of();
    }
    List<Duty> out = new ArrayList<>();
    for (OccurrenceRecord o : occurrencesOf(tx, licence)) {
      batch(tx, l.get(), List.of(o), on).forEach(out::add);
    }
    return out;
  }

  /** Clock sweep: duties that became overdue between the two days raise an event. */
  void sweep(Tx tx, Instant from, Instant to) {
    LocalDate fromDay = LocalDate.ofInstant(from, SmsTestClock.LONDON);
    LocalDate toDay = LocalDate.ofInstant(to, SmsTestClock.LONDON);
    if (!toDay.isAfter(fromDay)) {
      return;
    }
    for (OccurrenceRecord o : tx.values(store.occurrences)) {
      Optional<Licence> l = tx.get(store.licences, o.licence());
      if (l.isEmpty()) {
        continue;
      }
      DutyBatch before = batch(tx, l.get(), List.of(o), fromDay);
      DutyBatch after = batch(tx, l.get(), List.of(o), toDay);
      for (int i = 0; i < after.size() && i < before.size(); i++) {
        if (after.status(i) == DutyStatus.OVERDUE && before.status(i) != DutyStatus.OVERDUE) {
          tx.event(SmsEventKind.DUTY_OVERDUE, Optional.of(o.licence()), o.id(), dutyDetails(after.get(i)));
        }
      }
    }
  }

  private List<OccurrenceRecord> occurrencesOf(Tx tx, SponsorLicenceNumber licence) {
    return tx.values(store.occurrences).stream().filter(o -> o.licence().equals(licence))
        .collect(Collectors.toList());
  }

  /**
   * The duties of occurrences that share one nation: the host declared it with the occurrence, so it governs
   * ({@link GoverningNation#SPONSOR_ADDRESS}) even when the event names another.
   */
  private DutyBatch batch(Tx tx, Licence licence, List<OccurrenceRecord> occ, LocalDate on) {
    List<Report> reports = tx.values(store.reports).stream().filter(r -> r.licence().equals(licence.number()))
        .map(r -> Report.of(r.report().event(), r.report().reportedOn())).collect(Collectors.toList());
    SponsorContext context = SponsorContext.builder().licenceNumber(licence.number()).nation(occ.get(0).nation())
        .governingNation(GoverningNation.SPONSOR_ADDRESS).licensedCategories(licence.categories()).build();
    return sms.rules().duties().duties(occ.stream().map(OccurrenceRecord::event).collect(Collectors.toList()),
        context, on, reports);
  }

  private static java.util.Map<String, String> dutyDetails(Duty d) {
    return details("duty", d.rule().id(), "status", d.status().name(),
        "dueDate", d.dueDate().map(LocalDate::toString).orElse(""));
  }
}
