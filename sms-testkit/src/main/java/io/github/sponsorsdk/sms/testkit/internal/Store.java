package io.github.sponsorsdk.sms.testkit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.testkit.audit.ActorKind;
import io.github.sponsorsdk.sms.testkit.audit.AuditEntry;
import io.github.sponsorsdk.sms.testkit.audit.RawJson;
import io.github.sponsorsdk.sms.testkit.event.ListenerFailure;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.event.SmsEventListener;
import io.github.sponsorsdk.sms.testkit.outbox.Email;
import io.github.sponsorsdk.sms.testkit.outbox.Outbox;
import io.github.sponsorsdk.sms.testkit.state.AccessRecord;
import io.github.sponsorsdk.sms.testkit.state.BatchRecord;
import io.github.sponsorsdk.sms.testkit.state.GroupRecord;
import io.github.sponsorsdk.sms.testkit.state.ActionPlanRecord;
import io.github.sponsorsdk.sms.testkit.state.CaseworkRecord;
import io.github.sponsorsdk.sms.testkit.state.OrganisationRecord;
import io.github.sponsorsdk.sms.testkit.state.CertificateRecord;
import io.github.sponsorsdk.sms.testkit.state.OccurrenceRecord;
import io.github.sponsorsdk.sms.testkit.state.ReportRecord;
import io.github.sponsorsdk.sms.testkit.state.SessionRecord;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import io.github.sponsorsdk.sms.testkit.state.SubmissionRecord;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * All state of the fake SMS: the tables (one registry, which snapshot, restore and clear walk), the audit trail, the
 * events, the outbox and the identifier counter.
 *
 * <p><b>Optimistic transactions, committed under one lock.</b> A call runs as a {@link Tx} outside the lock: it
 * reads committed rows without locking, asks sms-rules, builds and validates values, and stages its writes. It then
 * takes the lock only to check that nothing it read has changed (row versions, scanned tables, the clock) and to
 * apply its writes, stamp and number its audit entries, events and emails. A transaction whose reads went stale runs
 * again; after {@link #OPTIMISTIC_ATTEMPTS} stale attempts it runs under the lock, where it cannot go stale. Work
 * that must see the latest committed row (an allocation drawn by concurrent assignments) goes in the {@code finish}
 * step of {@link #write(ActorKind, Optional, Function, BiFunction)}, which always runs under the lock. Every call is
 * therefore atomic and takes effect at its commit, in one global commit order (decision record 0630).
 *
 * <p><b>Commit order everywhere.</b> Audit entries and events are numbered at commit and stamped with the commit's
 * instant (the clock cannot move while the lock is held: {@link #advance} takes it); emails reach the outbox at
 * commit; listeners receive events in commit order, one delivering thread at a time.
 */
public final class Store {
  /** Stale optimistic attempts before a transaction runs under the lock. */
  static final int OPTIMISTIC_ATTEMPTS = 2;

  /** Sponsor licences by number. */
  public final Table<SponsorLicenceNumber, Licence> licences;
  /** Users by user ID. */
  public final Table<SmsUserId, UserRecord> users;
  /** The session of each user (live or timed out; one at a time, the session engine decides a second log-in). */
  public final Table<SmsUserId, SessionRecord> sessions;
  /** Session token to user: an index of {@link #sessions}. */
  public final Table<String, SmsUserId> tokens;
  /** Certificates by number. */
  public final Table<String, CertificateRecord> certificates;
  /** Board messages by ID. */
  public final Table<String, BoardMessage> messages;
  /** Casework by reference. */
  public final Table<String, CaseworkRecord> casework;
  /** Occurrences declared by the host, by ID. */
  public final Table<String, OccurrenceRecord> occurrences;
  /** Reports by reference. */
  public final Table<String, ReportRecord> reports;
  /** BDT uploads by reference. */
  public final Table<String, BulkUpload> uploads;
  /** Sponsor UK submissions by reference. */
  public final Table<String, SubmissionRecord> submissions;

  /** Action plans by reference. */
  public final Table<String, ActionPlanRecord> actionPlans;
  /** Organisation details, PAYE references and Premium contacts, by licence. */
  public final Table<SponsorLicenceNumber, OrganisationRecord> organisations;
  /** Last log-in and monthly-access warnings, by licence. */
  public final Table<SponsorLicenceNumber, AccessRecord> access;
  /** Batches of CoS and CAS, by reference. */
  public final Table<String, BatchRecord> batches;
  /** Creative Worker groups of CoS, by reference. */
  public final Table<String, GroupRecord> groups;

  private final List<Registered<?, ?>> registry = new ArrayList<>();
  final Ids ids;
  private final ObjectMapper mapper;
  private final Supplier<Instant> clock;
  private final Outbox outbox = new Outbox();
  private final ReentrantLock lock = new ReentrantLock();
  private final List<AuditRow> audit = new ArrayList<>();
  private final List<EventRow> events = new ArrayList<>();
  private long commit;
  private long emailSequence;
  private long eventSequence;

  private final List<SmsEventListener> listeners = new CopyOnWriteArrayList<>();
  private final List<ListenerFailure> listenerFailures = new CopyOnWriteArrayList<>();
  private final ArrayDeque<Numbered> undelivered = new ArrayDeque<>();

  /** An event waiting for delivery, with its sequence. */
  private static final class Numbered {
    final long sequence;
    final EventRow row;

    Numbered(long sequence, EventRow row) {
      this.sequence = sequence;
      this.row = row;
    }
  }
  private final AtomicReference<Thread> deliverer = new AtomicReference<>();

  /** One table of the registry: how its rows come from and go into a snapshot. */
  private static final class Registered<K, V> {
    final Table<K, V> table;
    final Function<SmsSnapshot, List<Map.Entry<K, V>>> fromSnapshot;
    final BiConsumer<SmsSnapshot.Builder, List<V>> toSnapshot;
    final Function<V, Optional<SponsorLicenceNumber>> licenceOf;

    Registered(Table<K, V> table, Function<SmsSnapshot, List<Map.Entry<K, V>>> fromSnapshot,
        BiConsumer<SmsSnapshot.Builder, List<V>> toSnapshot,
        Function<V, Optional<SponsorLicenceNumber>> licenceOf) {
      this.table = table;
      this.fromSnapshot = fromSnapshot;
      this.toSnapshot = toSnapshot;
      this.licenceOf = licenceOf;
    }
  }

  /**
   * An empty store.
   *
   * @param mapper the testkit's JSON mapper (audit export)
   * @param clock the SMS clock
   * @param ids the identifier generator
   */
  public Store(ObjectMapper mapper, Supplier<Instant> clock, Ids ids) {
    this.mapper = mapper;
    this.clock = clock;
    this.ids = ids;
    licences = table("licences", Licence::number, SmsSnapshot::licences, (b, v) -> b.addAllLicences(v),
        l -> Optional.of(l.number()));
    users = table("users", u -> u.user().userId(), SmsSnapshot::users, (b, v) -> b.addAllUsers(v),
        u -> Optional.of(u.licence()));
    sessions = table("sessions", SessionRecord::userId, SmsSnapshot::sessions, (b, v) -> b.addAllSessions(v),
        s -> Optional.of(s.licence()));
    tokens = new Table<>("tokens", null);
    registry.add(new Registered<>(tokens, s -> s.sessions().stream()
        .map(r -> entry(r.token().value(), r.userId())).collect(Collectors.toList()), (b, v) -> { },
        u -> Optional.empty()));
    certificates = table("certificates", r -> r.certificate().number().map(n -> n.value())
        .orElseThrow(() -> new IllegalArgumentException("a stored certificate has a number")),
        SmsSnapshot::certificates, (b, v) -> b.addAllCertificates(v), c -> Optional.of(c.licence()));
    messages = table("messages", BoardMessage::id, SmsSnapshot::messages, (b, v) -> b.addAllMessages(v),
        m -> Optional.empty());
    casework = table("casework", c -> c.request().reference(), SmsSnapshot::casework,
        (b, v) -> b.addAllCasework(v), c -> Optional.of(c.licence()));
    occurrences = table("occurrences", OccurrenceRecord::id, SmsSnapshot::occurrences,
        (b, v) -> b.addAllOccurrences(v), o -> Optional.of(o.licence()));
    reports = table("reports", r -> r.report().reference(), SmsSnapshot::reports, (b, v) -> b.addAllReports(v),
        r -> Optional.of(r.licence()));
    uploads = table("uploads", BulkUpload::reference, SmsSnapshot::uploads, (b, v) -> b.addAllUploads(v),
        u -> Optional.empty());
    submissions = table("submissions", r -> r.submission().reference().value(), SmsSnapshot::submissions,
        (b, v) -> b.addAllSubmissions(v), r -> Optional.of(r.licence()));
    actionPlans = table("actionPlans", ActionPlanRecord::reference, SmsSnapshot::actionPlans,
        (b, v) -> b.addAllActionPlans(v), r -> Optional.of(r.licence()));
    organisations = table("organisations", OrganisationRecord::licence, SmsSnapshot::organisations,
        (b, v) -> b.addAllOrganisations(v), r -> Optional.of(r.licence()));
    access = table("access", AccessRecord::licence, SmsSnapshot::access, (b, v) -> b.addAllAccess(v),
        r -> Optional.of(r.licence()));
    batches = table("batches", r -> r.batch().reference(), SmsSnapshot::batches, (b, v) -> b.addAllBatches(v),
        r -> Optional.of(r.licence()));
    groups = table("groups", r -> r.group().reference(), SmsSnapshot::groups, (b, v) -> b.addAllGroups(v),
        r -> Optional.of(r.licence()));
  }

  private <K, V> Table<K, V> table(String name, Function<V, K> key, Function<SmsSnapshot, List<V>> fromSnapshot,
      BiConsumer<SmsSnapshot.Builder, List<V>> toSnapshot,
      Function<V, Optional<SponsorLicenceNumber>> licenceOf) {
    Table<K, V> t = new Table<>(name, key);
    registry.add(new Registered<>(t, s -> fromSnapshot.apply(s).stream().map(v -> entry(key.apply(v), v))
        .collect(Collectors.toList()), toSnapshot, licenceOf));
    return t;
  }

  private static <K, V> Map.Entry<K, V> entry(K k, V v) {
    return new AbstractMap.SimpleImmutableEntry<>(k, v);
  }

  /** The names of the registered tables, in registry order. */
  public List<String> tableNames() {
    return registry.stream().map(r -> r.table.name).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- transactions

  /**
   * Runs a one-step transaction: {@code work} runs optimistically, and again under the lock when its reads went
   * stale. The writes commit unless {@code work} throws or returns a refused {@link SmsResult} or
   * {@link Decision} (a refusal changes nothing), except when the work called {@link Tx#keepWhenRefused()}.
   */
  public <R> R write(ActorKind actorKind, Optional<SmsUserId> actor, Function<Tx, R> work) {
    return write(actorKind, actor, work, (tx, r) -> r);
  }

  /**
   * Runs a two-step transaction: {@code prepare} outside the lock (optimistic, validated at commit), then
   * {@code finish} under the lock with the latest committed rows; the result of {@code finish} is the call's.
   */
  public <P, R> R write(ActorKind actorKind, Optional<SmsUserId> actor, Function<Tx, P> prepare,
      BiFunction<Tx, P, R> finish) {
    try {
      for (int attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
        Tx tx = new Tx(this, true, clock.get(), actorKind, actor);
        P prepared = null;
        Throwable failure = null;
        try {
          prepared = prepare.apply(tx);
        } catch (RuntimeException | Error e) {
          failure = e;
        }
        lock.lock();
        try {
          if (!clock.get().equals(tx.now) || !tx.valid()) {
            giveBack(tx);
            continue;
          }
          if (failure != null) {
            giveBack(tx);
            throw rethrow(failure);
          }
          tx.locked();
          return finishAndCommit(tx, prepared, finish);
        } finally {
          lock.unlock();
        }
      }
      lock.lock();
      try {
        Tx tx = new Tx(this, false, clock.get(), actorKind, actor);
        P prepared;
        try {
          prepared = prepare.apply(tx);
        } catch (RuntimeException | Error e) {
          giveBack(tx);
          throw e;
        }
        return finishAndCommit(tx, prepared, finish);
      } finally {
        lock.unlock();
      }
    } finally {
      deliverEvents();
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof Error) {
      throw (Error) t;
    }
    return (RuntimeException) t;
  }

  private <P, R> R finishAndCommit(Tx tx, P prepared, BiFunction<Tx, P, R> finish) {
    R result;
    try {
      result = finish.apply(tx, prepared);
    } catch (RuntimeException | Error e) {
      giveBack(tx);
      throw e;
    }
    if (isRefused(result) && !tx.keepWhenRefused) {
      giveBack(tx);
      return result;
    }
    commit(tx);
    return result;
  }

  private void giveBack(Tx tx) {
    ids.giveBack(tx.firstId, tx.lastId);
  }

  /** Runs {@code work} against the current state under the lock; its writes, if any, are discarded. */
  public <R> R read(Function<Tx, R> work) {
    lock.lock();
    try {
      return work.apply(new Tx(this, false, clock.get(), ActorKind.SYSTEM, Optional.empty()));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Moves the clock ({@code setInstant}) and runs {@code sweep} at the new instant as one transaction of the SMS,
   * all under the lock: no call commits between the move and what falls due with it.
   */
  public void advance(Runnable setInstant, Function<Tx, ?> sweep) {
    lock.lock();
    try {
      setInstant.run();
      Tx tx = new Tx(this, false, clock.get(), ActorKind.SYSTEM, Optional.empty());
      sweep.apply(tx);
      commit(tx);
    } finally {
      lock.unlock();
      deliverEvents();
    }
  }

  private static boolean isRefused(Object result) {
    if (result instanceof SmsResult) {
      return ((SmsResult<?>) result).isRefused();
    }
    if (result instanceof Decision) {
      return ((Decision) result).isRefused();
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private void commit(Tx tx) {
    if (tx.writes.isEmpty() && tx.audit.isEmpty() && tx.emails.isEmpty() && tx.events.isEmpty()) {
      return;
    }
    long version = ++commit;
    for (Map.Entry<Table<?, ?>, Map<Object, Object>> e : tx.writes.entrySet()) {
      Table<Object, Object> table = (Table<Object, Object>) e.getKey();
      for (Map.Entry<Object, Object> w : e.getValue().entrySet()) {
        if (Tx.isDeleted(w.getValue())) {
          table.delete(w.getKey(), version);
        } else {
          table.put(w.getKey(), w.getValue(), version);
        }
      }
      table.version = version;
    }
    SmsUserId actor = tx.actor.orElse(null);
    for (Tx.PendingAudit p : tx.audit) {
      audit.add(new AuditRow(tx.now, tx.actorKind, actor, p.action, p.licence, p.subject,
          p.before, p.after));
    }
    if (!tx.emails.isEmpty()) {
      List<Email> sent = new ArrayList<>(tx.emails.size());
      for (Tx.PendingEmail p : tx.emails) {
        sent.add(Email.builder().sequence(++emailSequence).sentAt(tx.now).kind(p.kind).to(p.to).about(p.about)
            .subject(p.subject).body(p.body).password(p.password).build());
      }
      outbox.deliver(sent);
    }
    for (Tx.PendingEvent p : tx.events) {
      String[] details = new String[p.details.size() * 2];
      int i = 0;
      for (Map.Entry<String, String> d : p.details.entrySet()) {
        details[i++] = d.getKey();
        details[i++] = d.getValue();
      }
      EventRow row = new EventRow(tx.now, p.kind, p.licence, p.subject, details);
      events.add(row);
      ++eventSequence;
      if (!listeners.isEmpty()) {
        undelivered.add(new Numbered(eventSequence, row));
      }
    }
  }

  // ---------------------------------------------------------------- events

  /** Adds a listener. */
  public void addListener(SmsEventListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Removes a listener. */
  public void removeListener(SmsEventListener listener) {
    listeners.remove(listener);
  }

  /** Every listener failure so far. */
  public List<ListenerFailure> listenerFailures() {
    return List.copyOf(listenerFailures);
  }

  /**
   * Delivers committed events in commit order. One thread delivers at a time; a thread that finds another
   * delivering leaves its events to it (they are queued in order), and a listener that calls the fake does not
   * deliver from inside itself: the loop it runs in delivers the new events next.
   */
  private void deliverEvents() {
    Thread me = Thread.currentThread();
    while (true) {
      if (deliverer.get() == me || !deliverer.compareAndSet(null, me)) {
        return;
      }
      try {
        while (true) {
          Numbered next;
          lock.lock();
          try {
            next = undelivered.poll();
          } finally {
            lock.unlock();
          }
          if (next == null) {
            break;
          }
          SmsEvent event = next.row.toEvent(next.sequence);
          for (SmsEventListener l : listeners) {
            try {
              l.on(event);
            } catch (RuntimeException | Error e) {
              if (e instanceof VirtualMachineError) {
                throw e;
              }
              listenerFailures.add(new ListenerFailure(event, String.valueOf(l), e));
            }
          }
        }
      } finally {
        deliverer.set(null);
      }
      lock.lock();
      try {
        if (undelivered.isEmpty()) {
          return;
        }
      } finally {
        lock.unlock();
      }
    }
  }

  // ---------------------------------------------------------------- inspection

  /** The audit trail now, as values (JSON written on export). */
  public List<AuditEntry> auditEntries() {
    List<AuditRow> rows;
    lock.lock();
    try {
      rows = new ArrayList<>(audit);
    } finally {
      lock.unlock();
    }
    return entries(rows);
  }

  private List<AuditEntry> entries(List<AuditRow> rows) {
    List<AuditEntry> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(entry(i + 1L, rows.get(i)));
    }
    return out;
  }

  private static List<SmsEvent> events(List<EventRow> rows) {
    List<SmsEvent> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(rows.get(i).toEvent(i + 1L));
    }
    return out;
  }

  private AuditEntry entry(long sequence, AuditRow r) {
    return AuditEntry.builder().sequence(sequence).at(r.at).actorKind(r.actorKind)
        .actor(Optional.ofNullable(r.actor)).action(r.action).licence(Optional.ofNullable(r.licence))
        .subject(r.subject).before(Optional.ofNullable(r.before).map(this::json))
        .after(Optional.ofNullable(r.after).map(this::json)).build();
  }

  private RawJson json(Object value) {
    return value instanceof RawJson ? (RawJson) value : RawJson.of(value, mapper);
  }

  /** Every event so far, oldest first. */
  public List<SmsEvent> eventList() {
    List<EventRow> rows;
    lock.lock();
    try {
      rows = new ArrayList<>(events);
    } finally {
      lock.unlock();
    }
    return events(rows);
  }

  /** The number of audit entries. */
  public int auditSize() {
    lock.lock();
    try {
      return audit.size();
    } finally {
      lock.unlock();
    }
  }

  /** The outbox (emails arrive at commit). */
  public Outbox outbox() {
    return outbox;
  }

  /** The testkit's JSON mapper. */
  public ObjectMapper mapper() {
    return mapper;
  }

  // ---------------------------------------------------------------- snapshot, restore, clear

  /** The whole state now, consistent (taken under the lock). */
  public SmsSnapshot snapshot() {
    lock.lock();
    try {
      SmsSnapshot.Builder b = SmsSnapshot.builder().at(clock.get());
      for (Registered<?, ?> r : registry) {
        addRows(b, r);
      }
      return b.addAllAudit(entries(audit)).addAllEvents(events(events))
          .addAllEmails(outbox.all())
          .idCounter(ids.counter()).build();
    } finally {
      lock.unlock();
    }
  }

  private static <K, V> void addRows(SmsSnapshot.Builder b, Registered<K, V> r) {
    r.toSnapshot.accept(b, r.table.scan());
  }

  /**
   * Checks {@code snapshot} as a whole, then replaces the state with it and sets the clock ({@code setClock}), all
   * under the lock: either everything is restored or, when the snapshot is inconsistent, nothing changes.
   *
   * @throws IllegalArgumentException listing every inconsistency (two rows with one key; a row of a licence the
   *     snapshot does not contain; a session of a user it does not contain; sequences out of order)
   */
  public void restore(SmsSnapshot snapshot, Runnable setClock) {
    Objects.requireNonNull(snapshot, "snapshot");
    List<Map.Entry<Registered<?, ?>, List<? extends Map.Entry<?, ?>>>> loaded = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<SponsorLicenceNumber> licenceNumbers = snapshot.licences().stream().map(Licence::number)
        .collect(Collectors.toSet());
    for (Registered<?, ?> r : registry) {
      loaded.add(entry(r, check(r, snapshot, licenceNumbers, problems)));
    }
    Set<SmsUserId> userIds = snapshot.users().stream().map(u -> u.user().userId()).collect(Collectors.toSet());
    snapshot.sessions().stream().filter(s -> !userIds.contains(s.userId()))
        .forEach(s -> problems.add("sessions: a session of user " + s.userId() + ", who is not in the snapshot"));
    checkSequence("audit", snapshot.audit().stream().map(AuditEntry::sequence).collect(Collectors.toList()),
        problems);
    checkSequence("events", snapshot.events().stream().map(SmsEvent::sequence).collect(Collectors.toList()),
        problems);
    if (snapshot.idCounter() < 0) {
      problems.add("idCounter: " + snapshot.idCounter() + " is negative");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("the snapshot is inconsistent, nothing was restored: "
          + problems.stream().limit(20).collect(Collectors.joining("; "))
          + (problems.size() > 20 ? "; and " + (problems.size() - 20) + " more" : ""));
    }
    List<AuditRow> auditRows = snapshot.audit().stream().map(e -> new AuditRow(e.at(), e.actorKind(),
        e.actor().orElse(null), e.action(), e.licence().orElse(null), e.subject(), e.before().orElse(null),
        e.after().orElse(null))).collect(Collectors.toList());
    List<EventRow> eventRows = snapshot.events().stream().map(EventRow::of).collect(Collectors.toList());
    lock.lock();
    try {
      long version = ++commit;
      for (Map.Entry<Registered<?, ?>, List<? extends Map.Entry<?, ?>>> e : loaded) {
        load(e.getKey().table, e.getValue(), version);
      }
      audit.clear();
      audit.addAll(auditRows);
      events.clear();
      events.addAll(eventRows);
      undelivered.clear();
      eventSequence = eventRows.size();
      outbox.replaceAll(snapshot.emails());
      emailSequence = snapshot.emails().stream().mapToLong(Email::sequence).max().orElse(0);
      ids.counter(snapshot.idCounter());
      setClock.run();
    } finally {
      lock.unlock();
    }
  }

  @SuppressWarnings("unchecked")
  private static <K, V> void load(Table<K, V> table, List<? extends Map.Entry<?, ?>> rows, long version) {
    table.load((List<Map.Entry<K, V>>) rows, version);
  }

  private static <K, V> List<Map.Entry<K, V>> check(Registered<K, V> r, SmsSnapshot snapshot,
      Set<SponsorLicenceNumber> licences, List<String> problems) {
    List<Map.Entry<K, V>> rows;
    try {
      rows = r.fromSnapshot.apply(snapshot);
    } catch (RuntimeException e) {
      problems.add(r.table.name + ": " + e.getMessage());
      return List.of();
    }
    Set<K> keys = new HashSet<>();
    Set<String> missing = new LinkedHashSet<>();
    for (Map.Entry<K, V> e : rows) {
      if (!keys.add(e.getKey())) {
        problems.add(r.table.name + ": two rows with the key " + e.getKey());
      }
      r.licenceOf.apply(e.getValue()).filter(l -> !licences.contains(l)).ifPresent(l -> missing.add(l.value()));
    }
    missing.forEach(l -> problems.add(r.table.name + ": rows of licence " + l + ", which the snapshot does not "
        + "contain"));
    return rows;
  }

  /** Audit entries and events are numbered 1, 2, 3 ... in commit order, without gaps. */
  private static void checkSequence(String what, List<Long> sequence, List<String> problems) {
    for (int i = 0; i < sequence.size(); i++) {
      if (sequence.get(i) != i + 1L) {
        problems.add(what + ": sequence " + sequence.get(i) + " at position " + (i + 1) + " (1, 2, 3 ... expected)");
        return;
      }
    }
  }

  /** Empties every table, the audit trail, the events and the outbox; the identifier counter goes back to 0. */
  public void clear() {
    lock.lock();
    try {
      long version = ++commit;
      for (Registered<?, ?> r : registry) {
        r.table.clear(version);
      }
      audit.clear();
      events.clear();
      undelivered.clear();
      outbox.clear();
      emailSequence = 0;
      eventSequence = 0;
      ids.counter(0);
    } finally {
      lock.unlock();
    }
  }

  /** Whether the calling thread holds the lock (assertions in the fake's own code). */
  boolean heldByCurrentThread() {
    return lock.isHeldByCurrentThread();
  }

  /** The rows of {@code table}, oldest first, without a transaction. */
  public <K, V> List<V> rows(Table<K, V> table) {
    return Collections.unmodifiableList(table.scan());
  }
}
