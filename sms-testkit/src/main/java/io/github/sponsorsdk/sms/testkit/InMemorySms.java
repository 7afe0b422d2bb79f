package io.github.sponsorsdk.sms.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.github.sponsorsdk.sms.rules.certificate.DefinedCosRules;
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
import io.github.sponsorsdk.sms.testkit.audit.CallRecord;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The in-memory reference SMS: the sponsor side through the port interfaces of {@code core.port}, the Home Office
 * side through {@link #homeOffice()}, and everything a test wants to look at: {@link #outbox()},
 * {@link #auditTrail()}, {@link #events()}, {@link #snapshot()}.
 *
 * <p><b>Every policy from sms-rules.</b> The fake holds state and plumbing (storage, hashing, identifiers, emails,
 * audit, events, time); every question of policy (may this user log in, is this password acceptable, may this
 * certificate be assigned) is asked of an engine in {@code sms-rules}, and its {@code Decision} is what the caller
 * gets. See {@code docs/fidelity.md} for what is modelled and where each behaviour comes from.
 *
 * <p><b>Atomic and thread-safe.</b> One lock; each call is one transaction of staged writes, committed only when
 * the call is allowed (a failed log-in is the one refusal that changes state: it counts towards the lockout).
 * Listeners and the outbox receive a change only after it has committed.
 *
 * <p><b>Time.</b> Only {@link #clock()} moves time; time-based changes (lock expiry, session time-out ...) happen
 * during {@link SmsTestClock#advance}.
 */
public final class InMemorySms implements SmsAccess, SmsUserManagement, SmsMessageBoard, SmsLicenceServices,
    SmsCertificates, SmsReporting, SmsBulkData {

  /** PBKDF2-HMAC-SHA256 iterations of the OWASP Password Storage Cheat Sheet: the default. */
  public static final int OWASP_ITERATIONS = PasswordHasher.OWASP_ITERATIONS;
  /** Iterations for fast test suites (the JUnit extension's default): still a salted PBKDF2 hash. */
  public static final int FAST_TEST_ITERATIONS = PasswordHasher.FAST_TEST_ITERATIONS;

  private final SmsTestClock clock;
  private final long seed;
  private final Store store;
  private final Outbox outbox = new Outbox();
  private final Faults faults;
  private final Ids ids;
  private final PasswordHasher hasher;
  private final List<SmsEventListener> listeners = new CopyOnWriteArrayList<>();
  private final List<Sweep> sweeps = new CopyOnWriteArrayList<>();
  private final List<CallRecord> calls = new java.util.ArrayList<>();
  private final HomeOffice homeOffice;
  private final AccessService access;
  private final CertificateService certificates;
  private final ReportingService reporting;
  private final UserService userService;
  private final MessageService messageService;
  private final LicenceService licenceService;
  private final CertificatePort certificatePort;
  private final BulkDataService bulkData;
  private final PermissionEngine permissions;
  private final MessageBoardRules messageRules;
  private final SessionEngine sessionEngine;
  private final AllocationRules allocationRules;
  private final DefinedCosRules definedCosRules;

  /** Work done on every clock advance, inside one transaction. */
  @FunctionalInterface
  interface Sweep {
    void run(Tx tx, Instant from, Instant to);
  }

  private InMemorySms(Builder b) {
    this.clock = b.clock;
    this.seed = b.seed;
    this.store = new Store(Json.newMapper());
    this.faults = new Faults(b.seed);
    this.ids = new Ids(b.seed);
    this.hasher = new PasswordHasher(b.passwordIterations);
    this.homeOffice = new HomeOffice(this);
    this.access = new AccessService(this, b.login, b.sessions, b.passwords);
    this.definedCosRules = DefinedCosRules.of(b.validity.parameters());
    this.certificates = new CertificateService(this, b.lifecycle, b.allocations, b.validity);
    this.reporting = new ReportingService(this, b.duties, b.lifecycle);
    this.permissions = b.permissions;
    this.messageRules = b.messages;
    this.sessionEngine = b.sessions;
    this.allocationRules = b.allocations;
    this.userService = new UserService(this, b.users, b.automation);
    this.messageService = new MessageService(this, b.messages);
    this.licenceService = new LicenceService(this, b.allocations, certificates, b.licenceRules);
    addSweep(licenceService::sweep);
    this.certificatePort = new CertificatePort(this, certificates, reporting);
    this.bulkData = new BulkDataService(this, certificates);
    addSweep((tx, from, to) -> Accounts.sweep(tx, store, from, to));
    addSweep(certificates::sweep);
    addSweep(reporting::sweep);
    clock.onAdvance(this::advanced);
  }

  /** {@return a builder: engines, clock, seed and password iterations, each with the SDK's defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a fake at 09:00 London time on {@code day}, seed 42, OWASP iterations}
   *
   * @param day the first day
   */
  public static InMemorySms startingOn(LocalDate day) {
    return builder().clock(SmsTestClock.at(day)).build();
  }

  // ---------------------------------------------------------------- SmsAccess

  @Override
  public SmsResult<LogIn> logIn(SmsUserId userId, char[] password) {
    return access.logIn(userId, password);
  }

  @Override
  public Decision logOut(SessionToken session) {
    return access.logOut(session);
  }

  @Override
  public Decision changePassword(SessionToken session, char[] currentPassword, char[] newPassword,
      char[] confirmation) {
    return access.changePassword(session, currentPassword, newPassword, confirmation);
  }

  @Override
  public Decision requestPasswordReset(SmsUserId userId, String email) {
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
   * {@return the live session of {@code userId}, if any}
   *
   * @param userId the user
   */
  public Optional<SessionRecord> session(SmsUserId userId) {
    return read(tx -> tx.get(store.sessions, userId));
  }

  // ---------------------------------------------------------------- SmsUserManagement

  @Override
  public SmsResult<List<SmsUser>> users(SessionToken session) {
    return userService.users(session);
  }

  @Override
  public SmsResult<SmsUser> requestLevel1User(SessionToken session, UserProfile profile) {
    return userService.requestLevel1User(session, profile);
  }

  @Override
  public SmsResult<SmsUser> createLevel2User(SessionToken session, UserProfile profile) {
    return userService.createLevel2User(session, profile);
  }

  @Override
  public SmsResult<SmsUser> amendUser(SessionToken session, SmsUserId userId, UserProfile profile) {
    return userService.amendUser(session, userId, profile);
  }

  @Override
  public SmsResult<SmsUser> deactivateUser(SessionToken session, SmsUserId userId) {
    return userService.deactivateUser(session, userId);
  }

  // ---------------------------------------------------------------- SmsMessageBoard

  @Override
  public SmsResult<List<BoardMessage>> activeMessages(SessionToken session) {
    return messageService.activeMessages(session);
  }

  @Override
  public SmsResult<List<BoardMessage>> archivedMessages(SessionToken session) {
    return messageService.archivedMessages(session);
  }

  @Override
  public Decision confirmMessagesRead(SessionToken session) {
    return messageService.confirmMessagesRead(session);
  }

  // ---------------------------------------------------------------- SmsLicenceServices

  @Override
  public SmsResult<Licence> licenceSummary(SessionToken session) {
    return licenceService.licenceSummary(session);
  }

  @Override
  public SmsResult<CaseworkRequest> requestAllocationRenewal(SessionToken session, AllocationRequest request) {
    return licenceService.requestAllocationRenewal(session, request);
  }

  @Override
  public SmsResult<CaseworkRequest> requestAllocationIncrease(SessionToken session, AllocationRequest request) {
    return licenceService.requestAllocationIncrease(session, request);
  }

  @Override
  public SmsResult<CaseworkRequest> applyForDefinedCos(SessionToken session, DefinedCosApplication application) {
    return licenceService.applyForDefinedCos(session, application);
  }

  @Override
  public SmsResult<CaseworkRequest> requestChangeOfCircumstances(SessionToken session, CircumstanceChange change) {
    return licenceService.requestChangeOfCircumstances(session, change);
  }

  // ---------------------------------------------------------------- SmsCertificates, SmsReporting

  @Override
  public SmsResult<Certificate> create(SessionToken session, CertificateDraft draft) {
    return certificatePort.create(session, draft);
  }

  @Override
  public SmsResult<Certificate> assign(SessionToken session, CertificateNumber number) {
    return certificatePort.assign(session, number);
  }

  @Override
  public SmsResult<Certificate> view(SessionToken session, CertificateNumber number) {
    return certificatePort.view(session, number);
  }

  @Override
  public SmsResult<List<Certificate>> search(SessionToken session, CertificateSearch search) {
    return certificatePort.search(session, search);
  }

  @Override
  public SmsResult<Certificate> withdraw(SessionToken session, CertificateNumber number) {
    return certificatePort.withdraw(session, number);
  }

  @Override
  public SmsResult<Certificate> transferOwnership(SessionToken session, CertificateNumber number,
      SmsUserId newOwner) {
    return certificatePort.transferOwnership(session, number, newOwner);
  }

  @Override
  public SmsResult<Certificate> addSponsorNote(SessionToken session, CertificateNumber number, String text) {
    return certificatePort.addSponsorNote(session, number, text);
  }

  @Override
  public List<SmsResult<Certificate>> createAll(SessionToken session, List<CertificateDraft> drafts) {
    return certificatePort.createAll(session, drafts);
  }

  @Override
  public List<SmsResult<Certificate>> assignAll(SessionToken session, List<CertificateNumber> numbers) {
    return certificatePort.assignAll(session, numbers);
  }

  @Override
  public SmsResult<ActivityReport> reportActivity(SessionToken session, ReportableEvent event) {
    return certificatePort.reportActivity(session, event);
  }

  @Override
  public SmsResult<BulkUpload> uploadBdt(SessionToken session, byte[] file) {
    return bulkData.uploadBdt(session, file);
  }

  @Override
  public SmsResult<BulkUpload> bulkUploadResults(SessionToken session, String reference) {
    return bulkData.bulkUploadResults(session, reference);
  }

  PermissionEngine permissions() {
    return permissions;
  }

  MessageBoardRules messageRules() {
    return messageRules;
  }

  SessionEngine sessionEngine() {
    return sessionEngine;
  }

  DefinedCosRules definedCosRules() {
    return definedCosRules;
  }

  AllocationRules allocationRules() {
    return allocationRules;
  }

  // ---------------------------------------------------------------- duties

  /**
   * Declares that {@code event} happened to the sponsor (host-system side): the fake tracks the reporting duties it
   * creates, raising {@code DUTY_DUE} now and {@code DUTY_OVERDUE} when the clock passes a due date unreported.
   * {@code nation} is where the work or study takes place (whose working days count). Returns the occurrence ID.
   *
   * @param licence the sponsor
   * @param event what happened
   * @param nation where the worker works (for bank holidays)
   * @return the occurrence's id
   */
  public String recordOccurrence(SponsorLicenceNumber licence, ReportableEvent event, UkNation nation) {
    return write(ActorKind.SYSTEM, Optional.empty(), tx -> reporting.occurred(tx, licence, event, nation));
  }

  /**
   * {@return the reporting duties of {@code licence}'s recorded occurrences today, as the sms-rules engine computes
   * them}
   *
   * @param licence the sponsor
   */
  public List<Duty> duties(SponsorLicenceNumber licence) {
    return read(tx -> reporting.duties(tx, licence, today()));
  }

  /**
   * Reports received through the port, oldest first.
   *
   * @return the reports, oldest first
   */
  public List<ReportRecord> reports() {
    return read(tx -> tx.values(store.reports));
  }

  CertificateService certificateService() {
    return certificates;
  }

  // ---------------------------------------------------------------- inspection

  /** {@return the fake's clock: advancing it runs what falls due (expiries, time-outs, overdue duties)} */
  public SmsTestClock clock() {
    return clock;
  }

  /** {@return the emails the fake sent (passwords, notices)} */
  public Outbox outbox() {
    return outbox;
  }

  /** {@return the fault injector: outages and delays, planned or random} */
  public Faults faults() {
    return faults;
  }

  /** {@return the other party: licences, casework decisions, board messages, deactivation "by UK V&amp;I"} */
  public HomeOffice homeOffice() {
    return homeOffice;
  }

  /** {@return the seed of identifiers and random faults} */
  public long seed() {
    return seed;
  }

  /** {@return the password hash iterations in use} */
  public int passwordIterations() {
    return hasher.iterations();
  }

  /**
   * Adds a listener of the fake's events (called after each change commits).
   *
   * @param listener the listener
   */
  public void addListener(SmsEventListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Removes a listener added by {@link #addListener}.
   *
   * @param listener the listener
   */
  public void removeListener(SmsEventListener listener) {
    listeners.remove(listener);
  }

  /** {@return every event so far, oldest first (the same events listeners received)} */
  public List<SmsEvent> events() {
    return store.eventList();
  }

  /** {@return the audit trail so far} */
  public AuditTrail auditTrail() {
    return new AuditTrail(store.auditEntries(), store.mapper());
  }

  /**
   * {@return the licence, if granted}
   *
   * @param number the licence number
   */
  public Optional<Licence> licence(SponsorLicenceNumber number) {
    return read(tx -> tx.get(store.licences, number));
  }

  /**
   * {@return the user, if any}
   *
   * @param userId the user ID
   */
  public Optional<SmsUser> user(SmsUserId userId) {
    return read(tx -> tx.get(store.users, userId).map(UserRecord::user));
  }

  /**
   * {@return the users of a licence, in the order they were created}
   *
   * @param licence the licence
   */
  public List<SmsUser> users(SponsorLicenceNumber licence) {
    return read(tx -> tx.values(store.users).stream().filter(u -> u.licence().equals(licence))
        .map(UserRecord::user).collect(Collectors.toList()));
  }

  /**
   * {@return the log-in state of a user (failures, lock, whether the password must be changed)}
   *
   * @param userId the user
   */
  public Optional<AccountState> accountState(SmsUserId userId) {
    return read(tx -> tx.get(store.users, userId).map(UserRecord::login));
  }

  /**
   * {@return the certificates of a licence, in the order they were created}
   *
   * @param licence the licence
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

  /** {@return the whole state now} */
  public SmsSnapshot snapshot() {
    return store.locked(() -> SmsSnapshot.builder().at(clock.instant())
        .addAllLicences(Store.rows(store.licences).values())
        .addAllUsers(Store.rows(store.users).values())
        .addAllSessions(Store.rows(store.sessions).values())
        .addAllCertificates(Store.rows(store.certificates).values())
        .addAllMessages(Store.rows(store.messages).values())
        .addAllCasework(Store.rows(store.casework).values())
        .addAllOccurrences(Store.rows(store.occurrences).values())
        .addAllReports(Store.rows(store.reports).values())
        .addAllUploads(Store.rows(store.uploads).values())
        .addAllAudit(store.auditRows())
        .addAllEvents(store.eventRows())
        .idCounter(ids.counter())
        .build());
  }

  /** {@return {@link #snapshot()} as JSON} */
  public String snapshotJson() {
    try {
      return store.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(snapshot());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces the whole state with {@code snapshot}, clock included (the clock is set, not advanced: nothing falls
   * due). The outbox is emptied.
   *
   * @param snapshot a snapshot taken by {@link #snapshot()}
   */
  public void restore(SmsSnapshot snapshot) {
    store.locked(() -> {
      store.clear();
      snapshot.licences().forEach(l -> Store.rows(store.licences).put(l.number(), l));
      snapshot.users().forEach(u -> Store.rows(store.users).put(u.user().userId(), u));
      snapshot.sessions().forEach(r -> {
        Store.rows(store.sessions).put(r.userId(), r);
        Store.rows(store.tokens).put(r.token().value(), r.userId());
      });
      snapshot.certificates().forEach(c -> Store.rows(store.certificates).put(key(c.certificate()), c));
      snapshot.messages().forEach(m -> Store.rows(store.messages).put(m.id(), m));
      snapshot.casework().forEach(c -> Store.rows(store.casework).put(c.request().reference(), c));
      snapshot.occurrences().forEach(o -> Store.rows(store.occurrences).put(o.id(), o));
      snapshot.reports().forEach(r -> Store.rows(store.reports).put(r.report().reference(), r));
      snapshot.uploads().forEach(u -> Store.rows(store.uploads).put(u.reference(), u));
      store.auditRows().addAll(snapshot.audit());
      store.eventRows().addAll(snapshot.events());
      store.eventSequence(snapshot.events().isEmpty() ? 0
          : snapshot.events().get(snapshot.events().size() - 1).sequence());
      ids.counter(snapshot.idCounter());
      clock.reset(snapshot.at());
      return null;
    });
    outbox.clear();
  }

  /**
   * Replaces the whole state with the JSON of {@link #snapshotJson()}, as {@link #restore} does.
   *
   * @param json the snapshot as JSON
   */
  public void restoreJson(String json) {
    try {
      restore(store.mapper().readValue(json, SmsSnapshot.class));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Empties everything: state, outbox, events, faults (the fault sequence restarts from the seed). */
  public void reset() {
    store.clear();
    outbox.clear();
    faults.reset(seed);
    ids.counter(0);
    synchronized (calls) {
      calls.clear();
    }
  }

  // ---------------------------------------------------------------- plumbing for the services

  static String key(Certificate c) {
    return c.number().map(n -> n.value()).orElseThrow(() -> new IllegalStateException("certificate without number"));
  }

  Store store() {
    return store;
  }

  Ids ids() {
    return ids;
  }

  PasswordHasher hasher() {
    return hasher;
  }

  LocalDate today() {
    return clock.today();
  }

  <R> R read(Function<Tx, R> work) {
    return store.read(clock.instant(), work);
  }

  /** A port call: the fault check first (before any state is touched), then one transaction; journaled. */
  <R> R call(Operation operation, Optional<SmsUserId> actor, Function<Tx, R> work) {
    Instant at = clock.instant();
    R result;
    try {
      faults.beforeCall(operation);
      result = write(ActorKind.USER, actor, work);
    } catch (RuntimeException e) {
      journal(at, operation, CallRecord.OutcomeKind.FAILED, List.of(e.getClass().getSimpleName()));
      throw e;
    }
    Decision d = result instanceof SmsResult ? ((SmsResult<?>) result).decision()
        : result instanceof Decision ? (Decision) result : Decision.allowed();
    journal(at, operation, d.isAllowed() ? CallRecord.OutcomeKind.ALLOWED : CallRecord.OutcomeKind.REFUSED, d.codes());
    return result;
  }

  private void journal(Instant at, Operation operation, CallRecord.OutcomeKind outcome, List<String> codes) {
    synchronized (calls) {
      calls.add(new CallRecord(calls.size() + 1L, at, operation, outcome, codes));
    }
  }

  /** {@return every port call so far, refused and failed ones included, oldest first} Cleared by {@link #reset()}. */
  public List<CallRecord> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  <R> R write(ActorKind kind, Optional<SmsUserId> actor, Function<Tx, R> work) {
    Store.Committed<R> c = store.write(clock.instant(), kind, actor, work);
    deliver(c);
    return c.result;
  }

  private void deliver(Store.Committed<?> c) {
    if (!c.emails.isEmpty()) {
      outbox.deliver(c.emails);
    }
    for (SmsEvent e : c.events) {
      for (SmsEventListener l : listeners) {
        l.on(e);
      }
    }
  }

  void addSweep(Sweep sweep) {
    sweeps.add(sweep);
  }

  private void advanced(Instant from, Instant to) {
    if (sweeps.isEmpty()) {
      return;
    }
    write(ActorKind.SYSTEM, Optional.empty(), tx -> {
      for (Sweep s : sweeps) {
        s.run(tx, from, to);
      }
      return null;
    });
  }

  static Map<String, String> details(String... keyValues) {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  /** Builds a fake; defaults: clock at 09:00 London on 5 January 2026, seed 42, OWASP hash iterations. */
  public static final class Builder {
    private SmsTestClock clock = SmsTestClock.at(LocalDate.of(2026, 1, 5));
    private long seed = 42;
    private int passwordIterations = PasswordHasher.OWASP_ITERATIONS;
    private LoginEngine login = LoginEngine.defaults();
    private SessionEngine sessions = SessionEngine.defaults();
    private PasswordCheck passwords = PasswordCheck.defaults();
    private CertificateLifecycle lifecycle = CertificateLifecycle.defaults();
    private AllocationRules allocations = AllocationRules.defaults();
    private CertificateValidity validity = CertificateValidity.defaults();
    private ReportingDuties duties = ReportingDuties.defaults();
    private PermissionEngine permissions = PermissionEngine.defaults();
    private UserManagementRules users = UserManagementRules.defaults();
    private MessageBoardRules messages = MessageBoardRules.defaults();
    private Automation automation = Automation.NOT_GRANTED;
    private LicenceRules licenceRules = LicenceRules.defaults();

    /**
     * Sets the licence renewal rules (expiry notices).
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder licenceRules(LicenceRules rules) {
      this.licenceRules = Objects.requireNonNull(rules);
      return this;
    }

    /**
     * Sets the permission engine (who may use which function; Manual 1, "Access to SMS").
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder permissions(PermissionEngine engine) {
      this.permissions = Objects.requireNonNull(engine);
      return this;
    }

    /**
     * Sets the user management rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder users(UserManagementRules rules) {
      this.users = Objects.requireNonNull(rules);
      return this;
    }

    /**
     * Sets the message board rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder messages(MessageBoardRules rules) {
      this.messages = Objects.requireNonNull(rules);
      return this;
    }

    /**
     * Sets whether the sponsor has "automation" (Manual 1, Glossary and Guide 4): Level 1 amendments that qualify
     * apply at once instead of going to casework. Default {@link Automation#NOT_GRANTED}.
     *
     * @param automation granted or not
     * @return this builder
     */
    public Builder automation(Automation automation) {
      this.automation = Objects.requireNonNull(automation, "automation");
      return this;
    }

    /**
     * Sets the certificate lifecycle engine.
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder lifecycle(CertificateLifecycle engine) {
      this.lifecycle = Objects.requireNonNull(engine);
      return this;
    }

    /**
     * Sets the allocation engine (assignment, renewal, increases).
     *
     * @param rules the engine
     * @return this builder
     */
    public Builder allocations(AllocationRules rules) {
      this.allocations = Objects.requireNonNull(rules);
      return this;
    }

    /**
     * Sets the certificate validity rules (how long an assigned certificate can be used).
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder validity(CertificateValidity rules) {
      this.validity = Objects.requireNonNull(rules);
      return this;
    }

    /**
     * Sets the reporting duties engine.
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder duties(ReportingDuties engine) {
      this.duties = Objects.requireNonNull(engine);
      return this;
    }

    /**
     * Sets the log-in engine (lockout after 3 failures for 30 minutes by default; see {@code LoginParameters}).
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder login(LoginEngine engine) {
      this.login = Objects.requireNonNull(engine);
      return this;
    }

    /**
     * Sets the session engine (20 minutes of inactivity; a second log-in replaces the first, by default).
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder sessions(SessionEngine engine) {
      this.sessions = Objects.requireNonNull(engine);
      return this;
    }

    /**
     * Sets the password policy (Manual 1, Guide 1 by default).
     *
     * @param check the policy
     * @return this builder
     */
    public Builder passwords(PasswordCheck check) {
      this.passwords = Objects.requireNonNull(check);
      return this;
    }

    /**
     * Sets the clock; by default 09:00 London time on 5 January 2026, a fixed day so that runs repeat.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(SmsTestClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Starts the clock at 09:00 London time on {@code day}.
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
     * Sets the PBKDF2 iterations for stored passwords. Default {@link #OWASP_ITERATIONS} (600,000: OWASP Password
     * Storage Cheat Sheet, PBKDF2-HMAC-SHA256); tests that log in often may pass {@link #FAST_TEST_ITERATIONS}
     * (1,000).
     *
     * @param iterations the iterations
     * @return this builder
     */
    public Builder passwordIterations(int iterations) {
      this.passwordIterations = iterations;
      return this;
    }

    /** {@return the fake, empty: no licence, no user} */
    public InMemorySms build() {
      return new InMemorySms(this);
    }
  }
}
