package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.core.port.CasFeeUpdate;
import io.github.sponsorsdk.sms.core.port.CertificatePrint;
import io.github.sponsorsdk.sms.core.port.SmsCertificateDrafts;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.StudentEvent;
import io.github.sponsorsdk.sms.core.event.WorkerEvent;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.port.ActivityReport;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.CertificateSearch;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsCertificates;
import io.github.sponsorsdk.sms.core.port.SmsReporting;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.rules.permission.PermissionReasonCode;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.state.CertificateRecord;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link SmsCertificates} and {@link SmsReporting}: the session and the permission engine first (level, licence
 * status and rating, ownership), then the certificate engines in {@link CertificateService} and
 * {@link ReportingService}. What a user may not see is answered as the SMS answers a search that finds nothing.
 */
final class CertificatePort implements SmsCertificates, SmsReporting, SmsCertificateDrafts {
  private final InMemorySms sms;
  private final Store store;
  private final CertificateService certificates;
  private final ReportingService reporting;

  CertificatePort(InMemorySms sms, CertificateService certificates, ReportingService reporting) {
    this.sms = sms;
    this.store = sms.store();
    this.certificates = certificates;
    this.reporting = reporting;
  }

  private static SmsAction pick(CertificateKind kind, SmsAction cos, SmsAction cas) {
    return kind == CertificateKind.COS ? cos : cas;
  }

  /**
   * Resolves the session, finds the certificate and asks the permission engine about the action {@code choose}
   * picks for it; then {@code work} prepares the change and returns the step that finishes it under the lock.
   */
  private <T> SmsResult<T> on(Operation op, SessionToken session, CertificateNumber number,
      Function<Optional<CertificateRecord>, SmsAction> choose,
      BiFunction<Tx, Found, Function<Tx, SmsResult<T>>> work) {
    return sms.<Function<Tx, SmsResult<T>>, SmsResult<T>>call(op, Optional.empty(), tx -> {
      Optional<CertificateRecord> record = tx.get(store.certificates, number.value());
      SmsAction action = choose.apply(record);
      Accounts.Result auth = Accounts.authorise(tx, sms, session, action, visible(tx, session, record));
      if (auth.caller.isEmpty()) {
        SmsResult<T> refused = SmsResult.refused(visibility(auth.decision, record.isPresent()));
        return now(refused);
      }
      Accounts.Caller caller = auth.caller.get();
      Optional<CertificateRecord> mine = record.filter(r -> r.licence().equals(caller.record.licence()));
      if (mine.isEmpty()) {
        return now(SmsResult.refused(CertificateService.notFound()));
      }
      Function<Tx, SmsResult<T>> finish = work.apply(tx, new Found(caller, caller.licence, mine.get()));
      return t -> Accounts.prefixed(auth.decision, finish.apply(t));
    }, (tx, finish) -> finish.apply(tx));
  }

  /** The CoS action or the CAS action, by the kind of the certificate (or of its number when there is none). */
  private static Function<Optional<CertificateRecord>, SmsAction> either(CertificateNumber number, SmsAction cos,
      SmsAction cas) {
    return record -> pick(record.map(r -> r.certificate().kind()).orElse(kindOf(number)), cos, cas);
  }

  private static <T> Function<Tx, SmsResult<T>> now(SmsResult<T> result) {
    return t -> result;
  }

  /**
   * A refusal because a Level 2 user does not own the certificate reads as the SMS's "No CAS were found" (Manual 1,
   * Troubleshooting), followed by the permission engine's reason; other refusals are returned as they are.
   */
  static Decision visibility(Decision refusal, boolean exists) {
    return exists && refusal.has(PermissionReasonCode.LEVEL_2_NOT_CERTIFICATE_OWNER)
        ? CertificateService.notFound().and(refusal) : refusal;
  }

  private Optional<io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber> licenceOfToken(Tx tx,
      SessionToken session) {
    return tx.get(store.tokens, session.value()).flatMap(u -> tx.get(store.users, u)).map(UserRecord::licence);
  }

  /** The certificate, when it belongs to the licence of the session's user (others' do not exist for them). */
  private Optional<Certificate> visible(Tx tx, SessionToken session, Optional<CertificateRecord> record) {
    return record.filter(r -> licenceOfToken(tx, session).filter(r.licence()::equals).isPresent())
        .map(CertificateRecord::certificate);
  }

  private static CertificateKind kindOf(CertificateNumber number) {
    return number instanceof io.github.sponsorsdk.sms.core.identifier.CasNumber ? CertificateKind.CAS
        : CertificateKind.COS;
  }

  static final class Found {
    final Accounts.Caller caller;
    final Licence licence;
    final CertificateRecord record;

    Found(Accounts.Caller caller, Licence licence, CertificateRecord record) {
      this.caller = caller;
      this.licence = licence;
      this.record = record;
    }
  }

  @Override
  public SmsResult<Certificate> create(SessionToken session, CertificateDraft draft) {
    SmsAction action = draft.cosType().filter(t -> t == io.github.sponsorsdk.sms.core.certificate.CosType.DEFINED)
        .isPresent() ? SmsAction.CREATE_DEFINED_COS
        : pick(draft.route().certificateKind(), SmsAction.CREATE_COS, SmsAction.CREATE_CAS);
    return sms.authorised(Operation.CREATE_CERTIFICATE, session, action,
        (tx, caller) -> certificates.create(tx, caller, caller.licence, draft));
  }

  @Override
  public SmsResult<Certificate> assign(SessionToken session, CertificateNumber number) {
    Function<Optional<CertificateRecord>, SmsAction> choose = record -> record.flatMap(r -> r.certificate().cosType())
        .filter(t -> t == io.github.sponsorsdk.sms.core.certificate.CosType.DEFINED).isPresent()
        ? SmsAction.ASSIGN_DEFINED_COS : either(number, SmsAction.ASSIGN_COS, SmsAction.ASSIGN_CAS).apply(record);
    return on(Operation.ASSIGN_CERTIFICATE, session, number, choose,
        (tx, f) -> certificates.assign(tx, f.caller, f.record));
  }

  /**
   * {@link #assign} asking {@code action} of the permission engine instead of the single function's row (a batch's
   * certificate: {@code ASSIGN_*_BATCH}); a defined CoS still asks {@code ASSIGN_DEFINED_COS}. Journaled as {@code op}.
   */
  SmsResult<Certificate> assignAs(Operation op, SessionToken session, CertificateNumber number, SmsAction action) {
    Function<Optional<CertificateRecord>, SmsAction> choose = record -> record.flatMap(r -> r.certificate().cosType())
        .filter(t -> t == io.github.sponsorsdk.sms.core.certificate.CosType.DEFINED).isPresent()
        ? SmsAction.ASSIGN_DEFINED_COS : action;
    return on(op, session, number, choose, (tx, f) -> certificates.assign(tx, f.caller, f.record));
  }

  @Override
  public SmsResult<Certificate> view(SessionToken session, CertificateNumber number) {
    return on(Operation.VIEW_CERTIFICATE, session, number, either(number, SmsAction.VIEW_COS, SmsAction.VIEW_CAS),
        (tx, f) -> now(SmsResult.allowed(f.record.certificate())));
  }

  @Override
  public SmsResult<List<Certificate>> search(SessionToken session, CertificateSearch search) {
    return sms.authorised(Operation.SEARCH_CERTIFICATES, session, SmsAction.VIEW_HOME, (tx, caller) -> {
      Licence licence = caller.licence;
      List<Certificate> found = tx.values(store.certificates).stream()
          .filter(r -> r.licence().equals(caller.record.licence()))
          .map(CertificateRecord::certificate)
          .filter(c -> search.number().map(n -> c.number().filter(n::equals).isPresent())
              .orElseGet(() -> c.migrant().passportNumber().equals(search.passportNumber().orElseThrow())))
          .filter(c -> sms.rules().permissions().isAllowed(io.github.sponsorsdk.sms.rules.permission.PermissionRequest
              .of(caller.record.user(), licence, c, sms.today()),
              pick(c.kind(), SmsAction.VIEW_COS, SmsAction.VIEW_CAS)))
          .collect(Collectors.toList());
      return found.isEmpty() ? SmsResult.refused(CertificateService.notFound()) : SmsResult.allowed(found);
    });
  }

  @Override
  public SmsResult<Certificate> withdraw(SessionToken session, CertificateNumber number) {
    return on(Operation.WITHDRAW_CERTIFICATE, session, number,
        either(number, SmsAction.WITHDRAW_COS, SmsAction.WITHDRAW_CAS),
        (tx, f) -> now(certificates.withdraw(tx, f.caller, f.record)));
  }

  @Override
  public SmsResult<Certificate> transferOwnership(SessionToken session, CertificateNumber number,
      SmsUserId newOwner) {
    return on(Operation.TRANSFER_CERTIFICATE, session, number,
        either(number, SmsAction.TRANSFER_COS_OWNERSHIP, SmsAction.TRANSFER_CAS_OWNERSHIP), (tx, f) -> {
          Optional<UserRecord> to = tx.get(store.users, newOwner)
              .filter(u -> u.licence().equals(f.caller.record.licence()))
              .filter(u -> io.github.sponsorsdk.sms.rules.login.LoginEligibility.permits(u.user().status()));
          if (to.isEmpty()) {
            return now(SmsResult.refused(Decision.of(SessionReason.NO_SUCH_USER.reason())));
          }
          Certificate before = f.record.certificate();
          Certificate after = before.withOwner(newOwner);
          tx.put(store.certificates, number.value(), f.record
              .withCertificate(after));
          tx.audit(AuditAction.CERTIFICATE_TRANSFERRED, Optional.of(f.record.licence()), number.value(), before, after);
          return now(SmsResult.allowed(after));
        });
  }

  @Override
  public SmsResult<Certificate> update(SessionToken session, CertificateNumber number, CertificateDraft draft) {
    // "Amend information on a CoS/CAS before it is assigned": the permission rows that require ownership, so a
    // Level 2 user editing another's certificate is told "No CAS were found", as for every other certificate act.
    return on(Operation.UPDATE_CERTIFICATE, session, number,
        either(number, SmsAction.AMEND_COS_DRAFT, SmsAction.AMEND_CAS_DRAFT),
        (tx, f) -> now(certificates.update(tx, f.caller, f.record, draft)));
  }

  @Override
  public SmsResult<Certificate> addSponsorNote(SessionToken session, CertificateNumber number, String text) {
    return on(Operation.ADD_SPONSOR_NOTE, session, number,
        either(number, SmsAction.ADD_COS_SPONSOR_NOTE, SmsAction.ADD_CAS_SPONSOR_NOTE),
        (tx, f) -> now(certificates.addNote(tx, f.caller, f.record, text)));
  }

  @Override
  public List<SmsResult<Certificate>> createAll(SessionToken session, List<CertificateDraft> drafts) {
    List<SmsResult<Certificate>> out = new ArrayList<>(drafts.size());
    drafts.forEach(d -> out.add(create(session, d)));
    return out;
  }

  @Override
  public List<SmsResult<Certificate>> assignAll(SessionToken session, List<CertificateNumber> numbers) {
    List<SmsResult<Certificate>> out = new ArrayList<>(numbers.size());
    numbers.forEach(n -> out.add(assign(session, n)));
    return out;
  }

  @Override
  public SmsResult<ActivityReport> reportActivity(SessionToken session, ReportableEvent event) {
    if (event instanceof WorkerEvent || event instanceof StudentEvent) {
      CertificateNumber number = event instanceof WorkerEvent ? ((WorkerEvent) event).certificate()
          : ((StudentEvent) event).certificate();
      return sms.call(Operation.REPORT_ACTIVITY, Optional.empty(), tx -> {
        Optional<CertificateRecord> record = tx.get(store.certificates, number.value());
        SmsAction action = event instanceof WorkerEvent ? SmsAction.REPORT_WORKER_ACTIVITY
            : SmsAction.REPORT_STUDENT_ACTIVITY;
        Accounts.Result auth = Accounts.authorise(tx, sms, session, action, visible(tx, session, record));
        if (auth.caller.isEmpty()) {
          return SmsResult.refused(visibility(auth.decision, record.isPresent()));
        }
        return reporting.reportAgainstCertificate(tx, auth.caller.get(), event);
      });
    }
    return sms.authorised(Operation.REPORT_ACTIVITY, session, SmsAction.REQUEST_LICENCE_CHANGE,
        (tx, caller) -> reporting.record(tx, caller, event, Optional.empty(), Decision.allowed()));
  }

  @Override
  public SmsResult<Certificate> delete(SessionToken session, CertificateNumber number) {
    return on(Operation.DELETE_CERTIFICATE, session, number,
        either(number, SmsAction.DELETE_COS_DRAFT, SmsAction.DELETE_CAS_DRAFT),
        (tx, f) -> now(certificates.delete(tx, f.caller, f.record)));
  }

  @Override
  public SmsResult<CertificatePrint> print(SessionToken session, CertificateNumber number) {
    return on(Operation.PRINT_CERTIFICATE, session, number,
        either(number, SmsAction.PRINT_COS, SmsAction.PRINT_CAS),
        (tx, f) -> now(SmsResult.allowed(CertificateService.print(f.record.certificate()))));
  }

  @Override
  public List<SmsResult<Certificate>> updateFees(SessionToken session, List<CasFeeUpdate> updates) {
    List<SmsResult<Certificate>> out = new ArrayList<>(updates.size());
    for (CasFeeUpdate u : updates) {
      out.add(on(Operation.UPDATE_FEES, session, u.cas(), record -> SmsAction.BULK_FEE_UPDATE,
          (tx, f) -> now(certificates.updateFees(tx, f.record, u))));
    }
    return out;
  }
}
