package io.github.sponsorsdk.sms.testkit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.testkit.audit.ActorKind;
import io.github.sponsorsdk.sms.testkit.audit.AuditEntry;
import io.github.sponsorsdk.sms.testkit.audit.RawJson;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.outbox.Email;
import io.github.sponsorsdk.sms.testkit.state.CaseworkRecord;
import io.github.sponsorsdk.sms.testkit.state.CertificateRecord;
import io.github.sponsorsdk.sms.testkit.state.OccurrenceRecord;
import io.github.sponsorsdk.sms.testkit.state.ReportRecord;
import io.github.sponsorsdk.sms.testkit.state.SessionRecord;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * All state of the fake SMS, behind one lock. Every call runs as one {@link Tx}: read, decide (by asking
 * sms-rules), stage writes, commit or discard. One lock makes every operation atomic and serialises concurrent
 * assignments, so an allocation can never be overspent; the tables hold immutable values, so a snapshot is a copy
 * of references.
 */
public final class Store {
  public final Table<SponsorLicenceNumber, Licence> licences = new Table<>("licences");
  public final Table<SmsUserId, UserRecord> users = new Table<>("users");
  /** The live session of each user (one at a time: the session engine decides what a second log-in does). */
  public final Table<SmsUserId, SessionRecord> sessions = new Table<>("sessions");
  /** Session token to user. */
  public final Table<String, SmsUserId> tokens = new Table<>("tokens");
  public final Table<String, CertificateRecord> certificates = new Table<>("certificates");
  public final Table<String, BoardMessage> messages = new Table<>("messages");
  public final Table<String, CaseworkRecord> casework = new Table<>("casework");
  public final Table<String, OccurrenceRecord> occurrences = new Table<>("occurrences");
  public final Table<String, ReportRecord> reports = new Table<>("reports");
  public final Table<String, io.github.sponsorsdk.sms.core.port.BulkUpload> uploads = new Table<>("uploads");

  final List<AuditEntry> audit = new ArrayList<>();
  final List<SmsEvent> events = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final ObjectMapper mapper;
  private long emailSequence;
  private long eventSequence;

  public Store(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** What a committed change sends out once the lock is released. */
  public static final class Committed<R> {
    public final R result;
    public final List<Email> emails;
    public final List<SmsEvent> events;

    Committed(R result, List<Email> emails, List<SmsEvent> events) {
      this.result = result;
      this.emails = emails;
      this.events = events;
    }
  }

  /**
   * Runs {@code work} as one transaction at {@code now}. The writes are committed unless {@code work} throws or
   * returns a refused {@link SmsResult} or {@link Decision} (a refusal changes nothing), except when the work
   * called {@link Tx#keepWhenRefused()}.
   */
  public <R> Committed<R> write(Instant now, ActorKind actorKind, Optional<SmsUserId> actor, Function<Tx, R> work) {
    lock.lock();
    try {
      Tx tx = new Tx(now, actorKind, actor);
      R result = work.apply(tx);
      if (isRefused(result) && !tx.keepWhenRefused) {
        return new Committed<>(result, List.of(), List.of());
      }
      return new Committed<>(result, commit(tx), events(tx));
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work} against the current state; its writes, if any, are discarded. */
  public <R> R read(Instant now, Function<Tx, R> work) {
    lock.lock();
    try {
      return work.apply(new Tx(now, ActorKind.SYSTEM, Optional.empty()));
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work} holding the lock (snapshot, restore, reset). */
  public <R> R locked(java.util.function.Supplier<R> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
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

  private List<Email> commit(Tx tx) {
    // Build everything that can fail before touching a table.
    List<AuditEntry> entries = new ArrayList<>(tx.audit.size());
    long seq = audit.size();
    for (Tx.PendingAudit p : tx.audit) {
      entries.add(AuditEntry.builder().sequence(++seq).at(tx.now).actorKind(tx.actorKind).actor(tx.actor)
          .action(p.action).licence(p.licence).subject(p.subject)
          .before(p.before.map(this::json)).after(p.after.map(this::json)).build());
    }
    List<Email> emails = new ArrayList<>(tx.emails.size());
    for (Tx.PendingEmail p : tx.emails) {
      emails.add(new Email(++emailSequence, tx.now, p.kind, p.to, p.about, p.subject, p.body, p.password));
    }
    tx.applyWrites();
    audit.addAll(entries);
    return emails;
  }

  private RawJson json(Object value) {
    try {
      return RawJson.of(mapper.writeValueAsString(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<SmsEvent> events(Tx tx) {
    List<SmsEvent> out = new ArrayList<>(tx.events.size());
    for (Tx.PendingEvent p : tx.events) {
      out.add(SmsEvent.builder().sequence(++eventSequence).at(tx.now).kind(p.kind).licence(p.licence)
          .subject(p.subject).putAllDetails(p.details).build());
    }
    events.addAll(out);
    return out;
  }

  public List<AuditEntry> auditEntries() {
    return locked(() -> List.copyOf(audit));
  }

  public List<SmsEvent> eventList() {
    return locked(() -> List.copyOf(events));
  }

  /** Empties every table, the audit trail and the events. */
  public void clear() {
    locked(() -> {
      licences.rows.clear();
      users.rows.clear();
      sessions.rows.clear();
      tokens.rows.clear();
      certificates.rows.clear();
      messages.rows.clear();
      casework.rows.clear();
      occurrences.rows.clear();
      reports.rows.clear();
      uploads.rows.clear();
      audit.clear();
      events.clear();
      emailSequence = 0;
      eventSequence = 0;
      return null;
    });
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /** Direct table access for snapshot and restore, under {@link #locked}. */
  public static <K, V> java.util.Map<K, V> rows(Table<K, V> table) {
    return table.rows;
  }

  List<AuditEntry> auditList() {
    return audit;
  }

  /** The audit list, for snapshot and restore under {@link #locked}. */
  public List<AuditEntry> auditRows() {
    return audit;
  }

  public List<SmsEvent> eventRows() {
    return events;
  }

  public long eventSequence() {
    return eventSequence;
  }

  public void eventSequence(long value) {
    this.eventSequence = value;
  }

  /** An instant for read-only work when no clock is at hand. */
  static Instant epoch() {
    return Instant.EPOCH;
  }
}
