package io.github.sponsorsdk.sms.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.port.ActivityReport;
import io.github.sponsorsdk.sms.core.port.AllocationRequest;
import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.SmsBulkData;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.CertificateSearch;
import io.github.sponsorsdk.sms.core.port.CircumstanceChange;
import io.github.sponsorsdk.sms.core.port.DefinedCosApplication;
import io.github.sponsorsdk.sms.core.port.SmsCertificates;
import io.github.sponsorsdk.sms.core.port.SmsLicenceServices;
import io.github.sponsorsdk.sms.core.port.SmsMessageBoard;
import io.github.sponsorsdk.sms.core.port.SmsReporting;
import io.github.sponsorsdk.sms.core.port.SmsUserManagement;
import io.github.sponsorsdk.sms.core.job.PayeReference;
import io.github.sponsorsdk.sms.core.port.ActionPlanNotice;
import io.github.sponsorsdk.sms.core.port.CasFeeUpdate;
import io.github.sponsorsdk.sms.core.port.CertificatePrint;
import io.github.sponsorsdk.sms.core.port.KeyPersonnelChange;
import io.github.sponsorsdk.sms.core.port.OrganisationDetails;
import io.github.sponsorsdk.sms.core.port.PayeReferenceEntry;
import io.github.sponsorsdk.sms.core.port.PremiumContact;
import io.github.sponsorsdk.sms.core.port.SmsCertificateDrafts;
import io.github.sponsorsdk.sms.core.port.SmsKeyPersonnel;
import io.github.sponsorsdk.sms.core.port.SmsLicenceApplications;
import io.github.sponsorsdk.sms.core.port.SmsRequestTracking;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.rules.licence.LicenceRules;
import io.github.sponsorsdk.sms.rules.message.MessageBoardRules;
import io.github.sponsorsdk.sms.rules.permission.PermissionEngine;
import io.github.sponsorsdk.sms.rules.user.Automation;
import io.github.sponsorsdk.sms.rules.user.UserManagementRules;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsAccess;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.allocation.AllocationRules;
import io.github.sponsorsdk.sms.rules.certificate.CertificateLifecycle;
import io.github.sponsorsdk.sms.rules.certificate.CertificateValidity;
import io.github.sponsorsdk.sms.rules.login.AccountState;
import io.github.sponsorsdk.sms.rules.login.LoginEngine;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.rules.reporting.ReportingDuties;
import io.github.sponsorsdk.sms.testkit.state.ReportRecord;
import io.github.sponsorsdk.sms.rules.password.PasswordCheck;
import io.github.sponsorsdk.sms.rules.session.SessionEngine;
import io.github.sponsorsdk.sms.testkit.state.SessionRecord;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.testkit.audit.ActorKind;
import io.github.sponsorsdk.sms.testkit.audit.AuditTrail;
import io.github.sponsorsdk.sms.testkit.audit.CallJournal;
import io.github.sponsorsdk.sms.testkit.audit.CallRecord;
import io.github.sponsorsdk.sms.testkit.event.ListenerFailure;
import io.github.sponsorsdk.sms.core.port.SmsUnavailableException;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.event.SmsEventListener;
import io.github.sponsorsdk.sms.testkit.fault.Faults;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Ids;
import io.github.sponsorsdk.sms.testkit.internal.Json;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.outbox.Outbox;
import io.github.sponsorsdk.sms.testkit.state.CaseworkRecord;
import io.github.sponsorsdk.sms.testkit.state.CertificateRecord;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The in-memory reference SMS: the sponsor side through the port interfaces of {@code core.port}, the Home Office
 * side through {@link #homeOffice()}, and everything a test wants to look at: {@link #outbox()},
 * {@link #auditTrail()}, {@link #events()}, {@link #calls()}, {@link #snapshot()}.
 *
 * <p><b>Every policy from sms-rules.</b> The fake holds state and plumbing (storage, hashing, identifiers, emails,
 * audit, events, time); every question of policy (may this user log in, is this password acceptable, may this
 * certificate be assigned) is asked of an engine in {@code sms-rules} (the {@link SmsRules} bundle), and its
 * {@code Decision} is what the caller gets. See {@code docs/fidelity.md} for what is modelled and where each
 * behaviour comes from.
 *
 * <p><b>Atomic, thread-safe, linearizable.</b> Each call is one transaction: it reads and decides outside the
 * fake's lock, then validates what it read and commits under the lock, or runs again (decision record 0630). A
 * refused or failed call changes nothing, identifier counter included (a failed log-in is the one refusal that
 * changes state: it counts towards the lockout). Audit entries, events and emails are numbered and stamped at
 * commit; listeners receive events in commit order, after the commit, outside the lock. A listener that throws is
 * recorded in {@link #listenerFailures()} and changes nothing else.
 *
 * <p><b>Arguments.</b> {@code null} is never an SMS answer: every port call given a {@code null} argument throws
 * {@link NullPointerException} naming the parameter before anything is read or changed, and the journal records the
 * call as {@code FAILED}.
 *
 * <p><b>Time.</b> Only {@link #clock()} moves time; time-based changes (session time-out, lock expiry, certificate
 * expiry ...) happen during {@link SmsTestClock#advance}, in one transaction with the move.
 */
public final class InMemorySms implements SmsAccess, SmsUserManagement, SmsMessageBoard, SmsLicenceServices,
    SmsCertificates, SmsReporting, SmsBulkData, SmsLicenceApplications, SmsRequestTracking, SmsKeyPersonnel,
    SmsCertificateDrafts, io.github.sponsorsdk.sms.core.port.SmsCertificateBatches,
    io.github.sponsorsdk.sms.core.port.SmsCreativeWorkerGroups {

  /** PBKDF2-HMAC-SHA256 iterations of the OWASP Password Storage Cheat Sheet: the default. */
  public static final int OWASP_ITERATIONS = PasswordHasher.OWASP_ITERATIONS;
  /** Iterations for fast test suites (the JUnit extension's default): still a salted PBKDF2 hash. */
  public static final int FAST_TEST_ITERATIONS = PasswordHasher.FAST_TEST_ITERATIONS;

  private final SmsTestClock clock;
  private final long seed;
  private final Store store;
  private final Faults faults;
  private final Ids ids;
  private final PasswordHasher hasher;
  private final CallJournal journal;
  private final SmsRules rules;
  private final Automation automation;
  private final List<Sweep> sweeps = new java.util.ArrayList<>();
  private final HomeOffice homeOffice;
  private final AccessService access;
  private final CertificateService certificates;
  private final ReportingService reporting;
  private final UserService userService;
  private final MessageService messageService;
  private final LicenceService licenceService;
  private final CertificatePort certificatePort;
  private final BulkDataService bulkData;
  private final ApplicationService applicationService;
  private final TrackingService trackingService;
  private final KeyPersonnelService keyPersonnelService;
  private final BatchService batchService;
  private final InMemorySponsorUk sponsorUk;
  private final SponsorUkHomeOffice sponsorUkHomeOffice;

  /** Work done on every clock advance, inside one transaction. */
  @FunctionalInterface
  interface Sweep {
    void run(Tx tx, Instant from, Instant to);
  }

  private InMemorySms(Builder b) {
    this.clock = b.clock;
    this.seed = b.seed;
    this.ids = new Ids(b.seed);
    this.store = new Store(Json.newMapper(), clock::instant, ids);
    this.faults = new Faults(b.seed);
    this.hasher = new PasswordHasher(b.passwordIterations);
    this.journal = new CallJournal(b.journalCapacity);
    this.rules = b.rules.build();
    this.automation = b.automation;
    this.homeOffice = new HomeOffice(this);
    this.access = new AccessService(this);
    this.certificates = new CertificateService(this);
    this.reporting = new ReportingService(this);
    this.userService = new UserService(this);
    this.messageService = new MessageService(this);
    this.licenceService = new LicenceService(this, certificates);
    this.certificatePort = new CertificatePort(this, certificates, reporting);
    this.bulkData = new BulkDataService(this, certificates, reporting);
    this.applicationService = new ApplicationService(this);
    this.trackingService = new TrackingService(this);
    this.keyPersonnelService = new KeyPersonnelService(this);
    this.batchService = new BatchService(this, certificatePort);
    this.sponsorUk = new InMemorySponsorUk(this);
    this.sponsorUkHomeOffice = new SponsorUkHomeOffice(this, sponsorUk);
    sweeps.add(licenceService::sweep);
    sweeps.add((tx, from, to) -> Accounts.sweep(tx, store, from, to));
    sweeps.add(certificates::sweep);
    sweeps.add(reporting::sweep);
    sweeps.add(sponsorUk::sweep);
    sweeps.add(applicationService::sweep);
    sweeps.add((tx, from, to) -> MonthlyAccess.sweep(this, tx, from, to));
    clock.onAdvance((from, to, setInstant) -> store.advance(setInstant, tx -> {
      for (Sweep s : sweeps) {
        s.run(tx, from, to);
      }
      return null;
    }));
  }

  /**
   * {@return a builder; defaults: clock at 09:00 London on 5 January 2026, seed 42, OWASP iterations, default rules}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A fake at 09:00 London time on {@code day}, seed 42, OWASP iterations.
   *
   * @param day the first day
   * @return the fake
   */
  public static InMemorySms startingOn(LocalDate day) {
    return builder().clock(SmsTestClock.at(day)).build();
  }

  /**
   * Fails a port call given {@code null}: journaled as FAILED, then {@link NullPointerException} naming the
   * parameter. {@code namesAndValues} alternates a parameter's name and its value.
   */
  void requireArguments(Operation operation, Object... namesAndValues) {
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        NullPointerException e = new NullPointerException(operation + ": " + namesAndValues[i]
            + " must not be null");
        journal.record(clock.instant(), operation, CallRecord.OutcomeKind.FAILED,
            List.of(e.getClass().getSimpleName()));
        throw e;
      }
    }
  }

  // ---------------------------------------------------------------- SmsAccess

  @Override
  public SmsResult<LogIn> logIn(SmsUserId userId, char[] password) {
    requireArguments(Operation.LOG_IN, "userId", userId, "password", password);
    return access.logIn(userId, password);
  }

  @Override
  public Decision logOut(SessionToken session) {
    requireArguments(Operation.LOG_OUT, "session", session);
    return access.logOut(session);
  }

  @Override
  public Decision changePassword(SessionToken session, char[] currentPassword, char[] newPassword,
      char[] confirmation) {
    requireArguments(Operation.CHANGE_PASSWORD, "session", session, "currentPassword", currentPassword,
        "newPassword", newPassword, "confirmation", confirmation);
    return access.changePassword(session, currentPassword, newPassword, confirmation);
  }

  @Override
  public Decision requestPasswordReset(SmsUserId userId, String email) {
    requireArguments(Operation.REQUEST_PASSWORD_RESET, "userId", userId, "email", email);
    return access.requestPasswordReset(userId, email);
  }

  /** Ends every session of the licence's users (the licence no longer permits log-in). */
  void endSessionsOfLicence(Tx tx, SponsorLicenceNumber licence) {
    for (UserRecord u : tx.values(store.users)) {
      if (u.licence().equals(licence)) {
        Accounts.endSessionsOf(tx, store, u.user().userId());
      }
    }
  }

  /**
   * The live session of {@code userId}, if any (a session that has timed out is not live).
   *
   * @param userId the user
   * @return the session
   */
  public Optional<SessionRecord> session(SmsUserId userId) {
    return read(tx -> tx.get(store.sessions, userId).filter(s -> !s.session().isExpired(tx.now())));
  }

  // ---------------------------------------------------------------- SmsUserManagement

  @Override
  public SmsResult<List<SmsUser>> users(SessionToken session) {
    requireArguments(Operation.LIST_USERS, "session", session);
    return userService.users(session);
  }

  @Override
  public SmsResult<SmsUser> requestLevel1User(SessionToken session, UserProfile profile) {
    requireArguments(Operation.REQUEST_LEVEL_1_USER, "session", session, "profile", profile);
    return userService.requestLevel1User(session, profile);
  }

  @Override
  public SmsResult<SmsUser> createLevel2User(SessionToken session, UserProfile profile) {
    requireArguments(Operation.CREATE_LEVEL_2_USER, "session", session, "profile", profile);
    return userService.createLevel2User(session, profile);
  }

  @Override
  public SmsResult<SmsUser> amendUser(SessionToken session, SmsUserId userId, UserProfile profile) {
    requireArguments(Operation.AMEND_USER, "session", session, "userId", userId, "profile", profile);
    return userService.amendUser(session, userId, profile);
  }

  @Override
  public SmsResult<SmsUser> deactivateUser(SessionToken session, SmsUserId userId) {
    requireArguments(Operation.DEACTIVATE_USER, "session", session, "userId", userId);
    return userService.deactivateUser(session, userId);
  }

  // ---------------------------------------------------------------- SmsMessageBoard

  @Override
  public SmsResult<List<BoardMessage>> activeMessages(SessionToken session) {
    requireArguments(Operation.ACTIVE_MESSAGES, "session", session);
    return messageService.activeMessages(session);
  }

  @Override
  public SmsResult<List<BoardMessage>> archivedMessages(SessionToken session) {
    requireArguments(Operation.ARCHIVED_MESSAGES, "session", session);
    return messageService.archivedMessages(session);
  }

  @Override
  public Decision confirmMessagesRead(SessionToken session) {
    requireArguments(Operation.MARK_MESSAGE_READ, "session", session);
    return messageService.confirmMessagesRead(session);
  }

  // ---------------------------------------------------------------- SmsLicenceServices

  @Override
  public SmsResult<Licence> licenceSummary(SessionToken session) {
    requireArguments(Operation.LICENCE_SUMMARY, "session", session);
    return licenceService.licenceSummary(session);
  }

  @Override
  public SmsResult<CaseworkRequest> requestAllocationRenewal(SessionToken session, AllocationRequest request) {
    requireArguments(Operation.REQUEST_ALLOCATION_RENEWAL, "session", session, "request", request);
    return licenceService.requestAllocationRenewal(session, request);
  }

  @Override
  public SmsResult<CaseworkRequest> requestAllocationIncrease(SessionToken session, AllocationRequest request) {
    requireArguments(Operation.REQUEST_ALLOCATION_INCREASE, "session", session, "request", request);
    return licenceService.requestAllocationIncrease(session, request);
  }

  @Override
  public SmsResult<CaseworkRequest> applyForDefinedCos(SessionToken session, DefinedCosApplication application) {
    requireArguments(Operation.APPLY_FOR_DEFINED_COS, "session", session, "application", application);
    return licenceService.applyForDefinedCos(session, application);
  }

  @Override
  public SmsResult<CaseworkRequest> requestChangeOfCircumstances(SessionToken session, CircumstanceChange change) {
    requireArguments(Operation.REQUEST_CHANGE_OF_CIRCUMSTANCES, "session", session, "change", change);
    return licenceService.requestChangeOfCircumstances(session, change);
  }

  // ---------------------------------------------------------------- SmsCertificates, SmsReporting

  @Override
  public SmsResult<Certificate> create(SessionToken session, CertificateDraft draft) {
    requireArguments(Operation.CREATE_CERTIFICATE, "session", session, "draft", draft);
    return certificatePort.create(session, draft);
  }

  @Override
  public SmsResult<Certificate> assign(SessionToken session, CertificateNumber number) {
    requireArguments(Operation.ASSIGN_CERTIFICATE, "session", session, "number", number);
    return certificatePort.assign(session, number);
  }

  @Override
  public SmsResult<Certificate> view(SessionToken session, CertificateNumber number) {
    requireArguments(Operation.VIEW_CERTIFICATE, "session", session, "number", number);
    return certificatePort.view(session, number);
  }

  @Override
  public SmsResult<List<Certificate>> search(SessionToken session, CertificateSearch search) {
    requireArguments(Operation.SEARCH_CERTIFICATES, "session", session, "search", search);
    return certificatePort.search(session, search);
  }

  @Override
  public SmsResult<Certificate> withdraw(SessionToken session, CertificateNumber number) {
    requireArguments(Operation.WITHDRAW_CERTIFICATE, "session", session, "number", number);
    return certificatePort.withdraw(session, number);
  }

  @Override
  public SmsResult<Certificate> transferOwnership(SessionToken session, CertificateNumber number,
      SmsUserId newOwner) {
    requireArguments(Operation.TRANSFER_CERTIFICATE, "session", session, "number", number, "newOwner", newOwner);
    return certificatePort.transferOwnership(session, number, newOwner);
  }

  @Override
  public SmsResult<Certificate> update(SessionToken session, CertificateNumber number, CertificateDraft draft) {
    return certificatePort.update(session, number, draft);
  }

  @Override
  public SmsResult<Certificate> addSponsorNote(SessionToken session, CertificateNumber number, String text) {
    requireArguments(Operation.ADD_SPONSOR_NOTE, "session", session, "number", number, "text", text);
    return certificatePort.addSponsorNote(session, number, text);
  }

  @Override
  public List<SmsResult<Certificate>> createAll(SessionToken session, List<CertificateDraft> drafts) {
    requireArguments(Operation.CREATE_CERTIFICATE, "session", session, "drafts", drafts);
    return certificatePort.createAll(session, drafts);
  }

  @Override
  public List<SmsResult<Certificate>> assignAll(SessionToken session, List<CertificateNumber> numbers) {
    requireArguments(Operation.ASSIGN_CERTIFICATE, "session", session, "numbers", numbers);
    return certificatePort.assignAll(session, numbers);
  }

  @Override
  public SmsResult<ActivityReport> reportActivity(SessionToken session, ReportableEvent event) {
    requireArguments(Operation.REPORT_ACTIVITY, "session", session, "event", event);
    return certificatePort.reportActivity(session, event);
  }

  @Override
  public SmsResult<BulkUpload> uploadBdt(SessionToken session, byte[] file) {
    requireArguments(Operation.UPLOAD_BDT, "session", session, "file", file);
    return bulkData.uploadBdt(session, file);
  }

  @Override
  public SmsResult<BulkUpload> bulkUploadResults(SessionToken session, String reference) {
    requireArguments(Operation.DOWNLOAD_BDT_RESULTS, "session", session, "reference", reference);
    return bulkData.bulkUploadResults(session, reference);
  }

  // ---------------------------------------------------------------- SmsLicenceApplications

  @Override
  public SmsResult<CaseworkRequest> applyForLicenceRenewal(SessionToken session) {
    requireArguments(Operation.APPLY_FOR_LICENCE_RENEWAL, "session", session);
    return applicationService.applyForLicenceRenewal(session);
  }

  @Override
  public SmsResult<CaseworkRequest> applyForPremiumService(SessionToken session) {
    requireArguments(Operation.APPLY_FOR_PREMIUM_SERVICE, "session", session);
    return applicationService.applyForPremiumService(session);
  }

  @Override
  public SmsResult<CaseworkRequest> renewPremiumService(SessionToken session) {
    requireArguments(Operation.RENEW_PREMIUM_SERVICE, "session", session);
    return applicationService.renewPremiumService(session);
  }

  @Override
  public SmsResult<List<PremiumContact>> premiumContacts(SessionToken session) {
    requireArguments(Operation.VIEW_PREMIUM_CONTACTS, "session", session);
    return applicationService.premiumContacts(session);
  }

  @Override
  public SmsResult<CaseworkRequest> applyForStudentSponsorStatus(SessionToken session) {
    requireArguments(Operation.APPLY_FOR_STUDENT_SPONSOR_STATUS, "session", session);
    return applicationService.applyForStudentSponsorStatus(session);
  }

  @Override
  public SmsResult<List<ActionPlanNotice>> actionPlans(SessionToken session) {
    requireArguments(Operation.LIST_ACTION_PLANS, "session", session);
    return applicationService.actionPlans(session);
  }

  @Override
  public SmsResult<ActionPlanNotice> payActionPlan(SessionToken session, String reference) {
    requireArguments(Operation.PAY_ACTION_PLAN, "session", session, "reference", reference);
    return applicationService.payActionPlan(session, reference);
  }

  @Override
  public SmsResult<ActionPlanNotice> declineActionPlan(SessionToken session, String reference) {
    requireArguments(Operation.DECLINE_ACTION_PLAN, "session", session, "reference", reference);
    return applicationService.declineActionPlan(session, reference);
  }

  // ---------------------------------------------------------------- SmsRequestTracking

  @Override
  public SmsResult<List<CaseworkRequest>> requests(SessionToken session) {
    requireArguments(Operation.LIST_REQUESTS, "session", session);
    return trackingService.requests(session);
  }

  @Override
  public SmsResult<List<CaseworkRequest>> definedCosApplications(SessionToken session) {
    requireArguments(Operation.LIST_DEFINED_COS_APPLICATIONS, "session", session);
    return trackingService.definedCosApplications(session);
  }

  @Override
  public SmsResult<CaseworkRequest> withdrawRequest(SessionToken session, String reference) {
    requireArguments(Operation.WITHDRAW_REQUEST, "session", session, "reference", reference);
    return trackingService.withdrawRequest(session, reference);
  }

  // ---------------------------------------------------------------- SmsKeyPersonnel

  @Override
  public SmsResult<CaseworkRequest> requestKeyPersonnelChange(SessionToken session, KeyPersonnelChange change) {
    requireArguments(Operation.REQUEST_KEY_PERSONNEL_CHANGE, "session", session, "change", change);
    return keyPersonnelService.requestKeyPersonnelChange(session, change);
  }

  @Override
  public SmsResult<Optional<OrganisationDetails>> organisationDetails(SessionToken session) {
    requireArguments(Operation.VIEW_ORGANISATION_DETAILS, "session", session);
    return keyPersonnelService.organisationDetails(session);
  }

  @Override
  public SmsResult<CaseworkRequest> requestOrganisationChange(SessionToken session, OrganisationDetails details) {
    requireArguments(Operation.REQUEST_ORGANISATION_CHANGE, "session", session, "details", details);
    return keyPersonnelService.requestOrganisationChange(session, details);
  }

  @Override
  public SmsResult<List<PayeReferenceEntry>> payeReferences(SessionToken session) {
    requireArguments(Operation.LIST_PAYE_REFERENCES, "session", session);
    return keyPersonnelService.payeReferences(session);
  }

  @Override
  public SmsResult<PayeReferenceEntry> addPayeReference(SessionToken session, PayeReference reference) {
    requireArguments(Operation.ADD_PAYE_REFERENCE, "session", session, "reference", reference);
    return keyPersonnelService.addPayeReference(session, reference);
  }

  @Override
  public SmsResult<PayeReferenceEntry> deletePayeReference(SessionToken session, PayeReference reference) {
    requireArguments(Operation.DELETE_PAYE_REFERENCE, "session", session, "reference", reference);
    return keyPersonnelService.deletePayeReference(session, reference);
  }

  // ---------------------------------------------------------------- SmsCertificateDrafts

  @Override
  public SmsResult<Certificate> delete(SessionToken session, CertificateNumber number) {
    requireArguments(Operation.DELETE_CERTIFICATE, "session", session, "number", number);
    return certificatePort.delete(session, number);
  }

  @Override
  public SmsResult<CertificatePrint> print(SessionToken session, CertificateNumber number) {
    requireArguments(Operation.PRINT_CERTIFICATE, "session", session, "number", number);
    return certificatePort.print(session, number);
  }

  @Override
  public List<SmsResult<Certificate>> updateFees(SessionToken session, List<CasFeeUpdate> updates) {
    requireArguments(Operation.UPDATE_FEES, "session", session, "updates", updates);
    return certificatePort.updateFees(session, updates);
  }

  // ---------------------------------------------------------------- SmsCertificateBatches, SmsCreativeWorkerGroups

  @Override
  public SmsResult<io.github.sponsorsdk.sms.core.port.CertificateBatch> createBatch(SessionToken session, String name,
      io.github.sponsorsdk.sms.core.route.CertificateKind kind) {
    return batchService.createBatch(session, name, kind);
  }

  @Override
  public SmsResult<List<io.github.sponsorsdk.sms.core.port.CertificateBatch>> batches(SessionToken session) {
    return batchService.batches(session);
  }

  @Override
  public SmsResult<io.github.sponsorsdk.sms.core.port.CertificateBatch> batch(SessionToken session, String reference) {
    return batchService.batch(session, reference);
  }

  @Override
  public SmsResult<io.github.sponsorsdk.sms.core.port.BatchOutcome> addToBatch(SessionToken session, String reference,
      List<CertificateNumber> numbers) {
    return batchService.addToBatch(session, reference, numbers);
  }

  @Override
  public SmsResult<io.github.sponsorsdk.sms.core.port.BatchOutcome> removeFromBatch(SessionToken session,
      String reference, List<CertificateNumber> numbers) {
    return batchService.removeFromBatch(session, reference, numbers);
  }

  @Override
  public SmsResult<io.github.sponsorsdk.sms.core.port.BatchOutcome> assignBatch(SessionToken session,
      String reference) {
    return batchService.assignBatch(session, reference);
  }

  @Override
  public SmsResult<io.github.sponsorsdk.sms.core.port.CertificateExport> export(SessionToken session,
      List<CertificateNumber> numbers) {
    return batchService.export(session, numbers);
  }

  @Override
  public SmsResult<io.github.sponsorsdk.sms.core.port.CertificateExport> exportBatch(SessionToken session,
      String reference) {
    return batchService.exportBatch(session, reference);
  }

  @Override
  public SmsResult<io.github.sponsorsdk.sms.core.port.CreativeWorkerGroup> createGroup(SessionToken session,
      String name) {
    return batchService.createGroup(session, name);
  }

  @Override
  public SmsResult<List<io.github.sponsorsdk.sms.core.port.CreativeWorkerGroup>> groups(SessionToken session) {
    return batchService.groups(session);
  }

  @Override
  public SmsResult<io.github.sponsorsdk.sms.core.port.GroupOutcome> addToGroup(SessionToken session, String reference,
      List<CertificateNumber> numbers) {
    return batchService.addToGroup(session, reference, numbers);
  }

  @Override
  public SmsResult<io.github.sponsorsdk.sms.core.port.GroupOutcome> removeFromGroup(SessionToken session,
      String reference, List<CertificateNumber> numbers) {
    return batchService.removeFromGroup(session, reference, numbers);
  }

  ApplicationService applicationService() {
    return applicationService;
  }

  KeyPersonnelService keyPersonnelService() {
    return keyPersonnelService;
  }

  /**
   * The day of the last successful log-in of any user of {@code licence} (monthly access); empty when none is
   * recorded.
   *
   * @param licence the licence
   * @return the day
   */
  public Optional<LocalDate> lastLogIn(SponsorLicenceNumber licence) {
    return read(tx -> tx.get(store.access, licence).flatMap(io.github.sponsorsdk.sms.testkit.state.AccessRecord::lastLogIn));
  }

  /** {@return the engines this fake asks} */
  public SmsRules rules() {
    return rules;
  }

  Automation automation() {
    return automation;
  }

  // ---------------------------------------------------------------- duties

  /**
   * Declares that {@code event} happened to the sponsor (host-system side): the fake tracks the reporting duties it
   * creates, raising {@code DUTY_DUE} now and {@code DUTY_OVERDUE} when the clock passes a due date unreported.
   *
   * @param licence the sponsor
   * @param event what happened
   * @param nation where the work or study takes place (whose working days count)
   * @return the occurrence ID
   */
  public String recordOccurrence(SponsorLicenceNumber licence, ReportableEvent event, UkNation nation) {
    Objects.requireNonNull(licence, "licence");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(nation, "nation");
    return write(ActorKind.SYSTEM, Optional.empty(), tx -> reporting.occurred(tx, licence, event, nation));
  }

  /**
   * The reporting duties of {@code licence}'s recorded occurrences today, as the sms-rules engine computes them.
   *
   * @param licence the sponsor
   * @return its duties
   */
  public List<Duty> duties(SponsorLicenceNumber licence) {
    return read(tx -> reporting.duties(tx, licence, today()));
  }

  /** {@return the reports received through the port, oldest first} */
  public List<ReportRecord> reports() {
    return read(tx -> tx.values(store.reports));
  }

  CertificateService certificateService() {
    return certificates;
  }

  // ---------------------------------------------------------------- inspection

  /** {@return the clock; only it moves time} */
  public SmsTestClock clock() {
    return clock;
  }

  /** {@return the emails and letters sent, oldest first} */
  public Outbox outbox() {
    return store.outbox();
  }

  /** {@return fault injection for the port calls} */
  public Faults faults() {
    return faults;
  }

  /** {@return the other party: licences, casework decisions, board messages, deactivation "by UK V&amp;I"} */
  public HomeOffice homeOffice() {
    return homeOffice;
  }

  /**
   * {@return Sponsor UK, the SMS's successor, beside this SMS: the sponsor side of the Sponsor UK port, sharing this
   * fake's clock, outbox, audit trail, events, snapshot and restore, call journal and fault injection}
   */
  public InMemorySponsorUk sponsorUk() {
    return sponsorUk;
  }

  /**
   * {@return the Home Office side of {@link #sponsorUk()}: migrate routes, decide submissions, issue links and SRNs}
   */
  public SponsorUkHomeOffice sponsorUkHomeOffice() {
    return sponsorUkHomeOffice;
  }

  /**
   * The Sponsor UK submissions of a licence, in the order they were made.
   *
   * @param licence the licence
   * @return its submissions
   */
  public List<io.github.sponsorsdk.sms.core.submission.Submission> submissions(SponsorLicenceNumber licence) {
    return read(tx -> tx.values(store.submissions).stream().filter(r -> r.licence().equals(licence))
        .map(io.github.sponsorsdk.sms.testkit.state.SubmissionRecord::submission).collect(Collectors.toList()));
  }

  /** {@return the seed of identifiers and faults} */
  public long seed() {
    return seed;
  }

  /** {@return the password hash iterations in use} */
  public int passwordIterations() {
    return hasher.iterations();
  }

  /**
   * Adds a listener: it receives every event after its change commits, in commit order (one delivering thread at
   * a time, possibly another caller's), outside the lock.
   *
   * @param listener the listener
   */
  public void addListener(SmsEventListener listener) {
    store.addListener(listener);
  }

  /**
   * Removes a listener.
   *
   * @param listener the listener
   */
  public void removeListener(SmsEventListener listener) {
    store.removeListener(listener);
  }

  /** {@return every listener failure so far: the event, the listener and what it threw} Cleared by {@link #reset()}. */
  public List<ListenerFailure> listenerFailures() {
    return store.listenerFailures();
  }

  /** {@return every event so far, oldest first (the same events listeners received)} */
  public List<SmsEvent> events() {
    return store.eventList();
  }

  /** {@return the audit trail so far} */
  public AuditTrail auditTrail() {
    return new AuditTrail(store.auditEntries(), store.mapper());
  }

  /** {@return every licence, in the order granted} */
  public List<Licence> licences() {
    return read(tx -> tx.values(store.licences));
  }

  /**
   * A licence as the fake holds it.
   *
   * @param number the licence number
   * @return the licence
   */
  public Optional<Licence> licence(SponsorLicenceNumber number) {
    return read(tx -> tx.get(store.licences, number));
  }

  /**
   * A user as the fake holds it.
   *
   * @param userId the user
   * @return the user
   */
  public Optional<SmsUser> user(SmsUserId userId) {
    return read(tx -> tx.get(store.users, userId).map(UserRecord::user));
  }

  /**
   * The users of a licence, in the order they were created.
   *
   * @param licence the licence
   * @return its users
   */
  public List<SmsUser> users(SponsorLicenceNumber licence) {
    return read(tx -> tx.values(store.users).stream().filter(u -> u.licence().equals(licence))
        .map(UserRecord::user).collect(Collectors.toList()));
  }

  /**
   * The log-in state of a user (failures, lock, whether the password must be changed).
   *
   * @param userId the user
   * @return the state
   */
  public Optional<AccountState> accountState(SmsUserId userId) {
    return read(tx -> tx.get(store.users, userId).map(UserRecord::login));
  }

  /**
   * The certificates of a licence, in the order they were created.
   *
   * @param licence the licence
   * @return its certificates
   */
  public List<Certificate> certificates(SponsorLicenceNumber licence) {
    return read(tx -> tx.values(store.certificates).stream().filter(c -> c.licence().equals(licence))
        .map(CertificateRecord::certificate).collect(Collectors.toList()));
  }

  /** {@return casework requests of every licence, oldest first} */
  public List<CaseworkRecord> casework() {
    return read(tx -> tx.values(store.casework));
  }

  // ---------------------------------------------------------------- snapshot

  /**
   * {@return the whole state now, consistent: every table, audit trail, events, outbox (emails as the outbox holds
   * them), identifier counter and clock}
   */
  public SmsSnapshot snapshot() {
    return store.snapshot();
  }

  /** {@return {@link #snapshot()} as JSON (the emails without their passwords)} */
  public String snapshotJson() {
    try {
      return store.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(snapshot());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces the whole state with {@code snapshot}, outbox and clock included (the clock is set, not advanced:
   * nothing falls due). The snapshot is checked as a whole first: when it is inconsistent nothing changes.
   *
   * @param snapshot the state to continue from
   * @throws NullPointerException when {@code snapshot} is null
   * @throws IllegalArgumentException listing every inconsistency (two rows with one key, rows of a licence the
   *     snapshot does not contain, sessions of unknown users, sequences out of order)
   */
  public void restore(SmsSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    store.restore(snapshot, () -> clock.reset(snapshot.at()));
  }

  /**
   * {@link #restore} from JSON written by {@link #snapshotJson()} (its emails carry no password).
   *
   * @param json the snapshot
   * @throws IllegalArgumentException when the JSON is not a snapshot or the snapshot is inconsistent
   */
  public void restoreJson(String json) {
    Objects.requireNonNull(json, "json");
    SmsSnapshot snapshot;
    try {
      snapshot = store.mapper().readValue(json, SmsSnapshot.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a snapshot of the in-memory SMS: " + e.getOriginalMessage(), e);
    }
    restore(snapshot);
  }

  /** Empties everything: state, outbox, events, journal, faults (the fault sequence restarts from the seed). */
  public void reset() {
    store.clear();
    faults.reset(seed);
    journal.clear();
  }

  // ---------------------------------------------------------------- plumbing for the services

  static String key(Certificate c) {
    return c.number().map(n -> n.value()).orElseThrow(() -> new IllegalStateException("certificate without number"));
  }

  Store store() {
    return store;
  }

  PasswordHasher hasher() {
    return hasher;
  }

  /** A password the SMS generates (new user, temporary): from a {@code SecureRandom}, never from the seed. */
  char[] generatedPassword() {
    return ids.password();
  }

  LocalDate today() {
    return clock.today();
  }

  <R> R read(Function<Tx, R> work) {
    return store.read(work);
  }

  /** A one-step port call: the fault check first (before any state is touched), then one transaction; journaled. */
  <R> R call(Operation operation, Optional<SmsUserId> actor, Function<Tx, R> work) {
    return call(operation, actor, work, (tx, r) -> r);
  }

  /**
   * A two-step port call: {@code prepare} outside the lock, {@code finish} under it with the latest rows (see
   * {@link Store#write(ActorKind, Optional, Function, java.util.function.BiFunction)}); journaled.
   */
  <P, R> R call(Operation operation, Optional<SmsUserId> actor, Function<Tx, P> prepare,
      java.util.function.BiFunction<Tx, P, R> finish) {
    R result;
    try {
      faults.beforeCall(operation);
    } catch (SmsUnavailableException e) {
      journal.record(clock.instant(), operation, CallRecord.OutcomeKind.FAULT, List.of(e.getClass().getSimpleName()));
      throw e;
    }
    try {
      result = store.write(ActorKind.USER, actor, prepare, finish);
    } catch (RuntimeException | Error e) {
      journal.record(clock.instant(), operation, CallRecord.OutcomeKind.FAILED, List.of(e.getClass().getSimpleName()));
      throw e;
    }
    Decision d = result instanceof SmsResult ? ((SmsResult<?>) result).decision()
        : result instanceof Decision ? (Decision) result : Decision.allowed();
    journal.record(clock.instant(), operation, d.isAllowed() ? CallRecord.OutcomeKind.ALLOWED
        : CallRecord.OutcomeKind.REFUSED, d.codes());
    return result;
  }

  /**
   * A port call made through a session: the session is resolved and the permission engine asked about
   * {@code action} (with the message-board gate) before {@code work} runs; the permission's own reasons (warnings,
   * information) come first in the answer. The one authorisation path of every sponsor operation.
   */
  <T> SmsResult<T> authorised(Operation operation, SessionToken session, SmsAction action,
      java.util.function.BiFunction<Tx, Accounts.Caller, SmsResult<T>> work) {
    return call(operation, Optional.empty(), tx -> Accounts.as(tx, this, session, action, Optional.empty(), work));
  }

  /** {@link #authorised} for operations answered with a bare {@link Decision}. */
  Decision authorisedDecision(Operation operation, SessionToken session, SmsAction action,
      java.util.function.BiFunction<Tx, Accounts.Caller, Decision> work) {
    return call(operation, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authorise(tx, this, session, action, Optional.empty());
      if (auth.caller.isEmpty()) {
        return auth.decision;
      }
      return auth.decision.and(work.apply(tx, auth.caller.get()));
    });
  }

  /** {@return every port call so far (the last {@link CallJournal#capacity()}), refused and failed ones included} */
  public List<CallRecord> calls() {
    return journal.calls();
  }

  /** {@return the journal of port calls: the calls kept and the counts of every outcome} */
  public CallJournal journal() {
    return journal;
  }

  <R> R write(ActorKind kind, Optional<SmsUserId> actor, Function<Tx, R> work) {
    return store.write(kind, actor, work);
  }

  static Map<String, String> details(String... keyValues) {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  /**
   * Builds a fake; defaults: clock at 09:00 London on 5 January 2026, seed 42, OWASP hash iterations, the default
   * {@link SmsRules}, a journal of {@link CallJournal#DEFAULT_CAPACITY} calls.
   */
  public static final class Builder {
    private SmsTestClock clock = SmsTestClock.at(LocalDate.of(2026, 1, 5));
    private long seed = 42;
    private int passwordIterations = PasswordHasher.OWASP_ITERATIONS;
    private SmsRules.Builder rules = SmsRules.builder();
    private Automation automation = Automation.NOT_GRANTED;
    private int journalCapacity = CallJournal.DEFAULT_CAPACITY;

    private Builder() {}

    /**
     * Every engine at once.
     *
     * @param rules the engines
     * @return this builder
     */
    public Builder rules(SmsRules rules) {
      this.rules = SmsRules.builder().from(Objects.requireNonNull(rules, "rules"));
      return this;
    }

    /**
     * Licence renewal rules (expiry notices).
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder licenceRules(LicenceRules rules) {
      this.rules.licences(rules);
      return this;
    }

    /**
     * The permission engine (who may use which function; Manual 1, "Access to SMS").
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder permissions(PermissionEngine engine) {
      this.rules.permissions(engine);
      return this;
    }

    /**
     * The user management rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder users(UserManagementRules rules) {
      this.rules.users(rules);
      return this;
    }

    /**
     * The message board rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder messages(MessageBoardRules rules) {
      this.rules.messages(rules);
      return this;
    }

    /**
     * Whether the sponsor has "automation" (Manual 1, Glossary and Guide 4): Level 1 amendments that qualify apply
     * at once instead of going to casework. Default {@link Automation#NOT_GRANTED}. The rule itself is in
     * {@code UserManagementRules}.
     *
     * @param automation whether automation is granted
     * @return this builder
     */
    public Builder automation(Automation automation) {
      this.automation = Objects.requireNonNull(automation, "automation");
      return this;
    }

    /**
     * The certificate lifecycle.
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder lifecycle(CertificateLifecycle engine) {
      this.rules.lifecycle(engine);
      return this;
    }

    /**
     * The allocation rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder allocations(AllocationRules rules) {
      this.rules.allocations(rules);
      return this;
    }

    /**
     * The certificate validity rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder validity(CertificateValidity rules) {
      this.rules.validity(rules);
      return this;
    }

    /**
     * The reporting duties engine.
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder duties(ReportingDuties engine) {
      this.rules.duties(engine);
      return this;
    }

    /**
     * The log-in engine (lockout after 3 failures for 30 minutes by default; see {@code LoginParameters}).
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder login(LoginEngine engine) {
      this.rules.login(engine);
      return this;
    }

    /**
     * The session engine (20 minutes of inactivity; a second log-in replaces the first, by default).
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder sessions(SessionEngine engine) {
      this.rules.sessions(engine);
      return this;
    }

    /**
     * The password policy (Manual 1, Guide 1 by default).
     *
     * @param check the policy
     * @return this builder
     */
    public Builder passwords(PasswordCheck check) {
      this.rules.passwords(check);
      return this;
    }

    /**
     * The clock.
     *
     * @param clock the clock, not shared with another fake
     * @return this builder
     */
    public Builder clock(SmsTestClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * A clock at 09:00 London time on {@code day}.
     *
     * @param day the first day
     * @return this builder
     */
    public Builder startingOn(LocalDate day) {
      return clock(SmsTestClock.at(day));
    }

    /**
     * Seeds identifiers and random faults: the same seed gives the same IDs and the same faults.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * PBKDF2 iterations for stored passwords. Default {@link #OWASP_ITERATIONS} (600,000: OWASP Password Storage
     * Cheat Sheet, PBKDF2-HMAC-SHA256); tests that log in often may pass {@link #FAST_TEST_ITERATIONS} (1,000), as
     * the JUnit extension does.
     *
     * @param iterations at least 1
     * @return this builder
     */
    public Builder passwordIterations(int iterations) {
      this.passwordIterations = iterations;
      return this;
    }

    /**
     * How many port calls the journal keeps (a ring buffer; counts cover every call). Default
     * {@link CallJournal#DEFAULT_CAPACITY}.
     *
     * @param capacity at least 1
     * @return this builder
     */
    public Builder journalCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("the journal keeps at least one call: " + capacity);
      }
      this.journalCapacity = capacity;
      return this;
    }

    /** {@return the fake} */
    public InMemorySms build() {
      return new InMemorySms(this);
    }
  }
}
