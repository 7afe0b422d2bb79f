package io.github.sponsorsdk.sms.testkit.internal;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.testkit.audit.ActorKind;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One atomic change of the store: writes are staged here and reach the tables only when the store commits. Reads
 * see the staged writes. A transaction that is not committed leaves no trace (not even a drawn identifier), which is
 * how a refused or failed call changes nothing.
 *
 * <p>A transaction runs first <em>optimistically</em>, outside the store's lock: it records the version of every
 * row it reads (or, for {@link #read(Table, Object, Function)}, only the part of the row it depends on) and the
 * version of every table it scans. The store commits it under the lock only if none of these changed; otherwise it
 * runs it again (decision record 0630).
 */
public final class Tx {
  private static final Object DELETED = new Object();
  private static final long ABSENT = -1;

  final Store store;
  private boolean optimistic;
  final Instant now;
  final ActorKind actorKind;
  Optional<SmsUserId> actor;
  final Map<Table<?, ?>, Map<Object, Object>> writes = new IdentityHashMap<>();
  private final Map<Table<?, ?>, Map<Object, Long>> reads = new IdentityHashMap<>();
  private final Map<Table<?, ?>, Long> scans = new IdentityHashMap<>();
  private final List<ViewRead> views = new ArrayList<>();
  final List<PendingAudit> audit = new ArrayList<>();
  final List<PendingEmail> emails = new ArrayList<>();
  final List<PendingEvent> events = new ArrayList<>();
  /** True when the change must be kept even though the call was refused (a failed log-in counts). */
  boolean keepWhenRefused;
  long firstId = -1;
  long lastId = -1;

  Tx(Store store, boolean optimistic, Instant now, ActorKind actorKind, Optional<SmsUserId> actor) {
    this.store = store;
    this.optimistic = optimistic;
    this.now = now;
    this.actorKind = actorKind;
    this.actor = actor;
  }

  static boolean isDeleted(Object staged) {
    return staged == DELETED;
  }

  /** From now on reads are made under the lock and need no validation. */
  void locked() {
    this.optimistic = false;
  }

  /** The user acting, once the session has been resolved. */
  public void actAs(SmsUserId userId) {
    this.actor = Optional.of(userId);
  }

  /** The instant of this transaction: the clock when it started, which is also the commit's instant. */
  public Instant now() {
    return now;
  }

  /** The row of {@code key}, staged writes included; the transaction conflicts with any later change of it. */
  public <K, V> Optional<V> get(Table<K, V> table, K key) {
    Object staged = staged(table, key);
    if (staged != null) {
      return staged == DELETED ? Optional.empty() : Optional.of(cast(staged));
    }
    Table.Row<V> row = table.row(key);
    if (optimistic) {
      reads.computeIfAbsent(table, t -> new LinkedHashMap<>()).putIfAbsent(key, row == null ? ABSENT : row.version);
    }
    return row == null ? Optional.empty() : Optional.of(row.value);
  }

  /**
   * The row of {@code key}, when the caller depends only on {@code view} of it: the transaction conflicts only with
   * a change that changes the view (a permission check reads a licence's status and ratings, not its allocations).
   */
  public <K, V> Optional<V> read(Table<K, V> table, K key, Function<? super V, ?> view) {
    Object staged = staged(table, key);
    if (staged != null) {
      return staged == DELETED ? Optional.empty() : Optional.of(cast(staged));
    }
    Table.Row<V> row = table.row(key);
    if (optimistic) {
      @SuppressWarnings("unchecked")
      Function<Object, ?> f = (Function<Object, ?>) view;
      views.add(new ViewRead(table, key, f, row == null ? null : f.apply(row.value), row != null));
    }
    return row == null ? Optional.empty() : Optional.of(row.value);
  }

  private Object staged(Table<?, ?> table, Object key) {
    Map<Object, Object> w = writes.get(table);
    return w == null ? null : w.get(key);
  }

  @SuppressWarnings("unchecked")
  private static <V> V cast(Object o) {
    return (V) o;
  }

  /** Stages {@code value} as the row of {@code key}. */
  public <K, V> void put(Table<K, V> table, K key, V value) {
    writes.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(key, Objects.requireNonNull(value, "value"));
  }

  /** Stages the deletion of the row of {@code key}. */
  public <K, V> void delete(Table<K, V> table, K key) {
    writes.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(key, DELETED);
  }

  /** Every row, staged writes included, in insertion order; conflicts with any change of the table. */
  public <K, V> List<V> values(Table<K, V> table) {
    if (optimistic) {
      scans.putIfAbsent(table, table.version);
    }
    List<V> committed = table.scan();
    Map<Object, Object> staged = writes.get(table);
    if (staged == null) {
      return committed;
    }
    List<V> out = new ArrayList<>(committed.size() + staged.size());
    for (V v : committed) {
      Object key = table.keyOf.apply(v);
      if (staged.containsKey(key)) {
        Object s = staged.get(key);
        if (s != DELETED) {
          out.add(cast(s));
        }
      } else {
        out.add(v);
      }
    }
    for (Map.Entry<Object, Object> e : staged.entrySet()) {
      if (table.row(cast(e.getKey())) == null && e.getValue() != DELETED) {
        out.add(cast(e.getValue()));
      }
    }
    return out;
  }

  /** True when nothing this transaction read has changed since; under the store's lock. */
  boolean valid() {
    for (Map.Entry<Table<?, ?>, Long> s : scans.entrySet()) {
      if (s.getKey().version != s.getValue()) {
        return false;
      }
    }
    for (Map.Entry<Table<?, ?>, Map<Object, Long>> t : reads.entrySet()) {
      @SuppressWarnings("unchecked")
      Table<Object, Object> table = (Table<Object, Object>) t.getKey();
      for (Map.Entry<Object, Long> r : t.getValue().entrySet()) {
        Table.Row<Object> row = table.row(r.getKey());
        if ((row == null ? ABSENT : row.version) != r.getValue()) {
          return false;
        }
      }
    }
    for (ViewRead v : views) {
      @SuppressWarnings("unchecked")
      Table.Row<Object> row = ((Table<Object, Object>) v.table).row(v.key);
      if ((row != null) != v.present || row != null && !Objects.equals(v.view.apply(row.value), v.seen)) {
        return false;
      }
    }
    return true;
  }

  /** Marks this change to be kept even if the call's decision is a refusal (failed log-in attempts). */
  public void keepWhenRefused() {
    this.keepWhenRefused = true;
  }

  /** Draws the next identifier number; given back if the transaction does not commit. */
  long drawId() {
    long v = store.ids.draw();
    if (firstId < 0) {
      firstId = v;
    }
    lastId = v;
    return v;
  }

  /** The identifier generator, drawing for this transaction. */
  public Ids.Drawing ids() {
    return store.ids.drawing(this);
  }

  /**
   * Records a state change for the audit trail. {@code before} and {@code after} are immutable values kept by
   * reference (JSON is written only on export), or {@code null} for none.
   */
  public void audit(AuditAction action, Optional<SponsorLicenceNumber> licence, String subject, Object before,
      Object after) {
    audit.add(new PendingAudit(action, licence.orElse(null), subject, before, after));
  }

  /** Stages an email (or letter); it reaches the outbox when the change commits. */
  public void email(EmailKind kind, String to, Optional<SmsUserId> about, String subject, String body,
      Optional<String> password) {
    emails.add(new PendingEmail(kind, to, about, subject, body, password));
  }

  /** Stages an event; listeners get it after the change commits, in commit order. */
  public void event(SmsEventKind kind, Optional<SponsorLicenceNumber> licence, String subject,
      Map<String, String> details) {
    events.add(new PendingEvent(kind, licence.orElse(null), subject, details));
  }

  private static final class ViewRead {
    final Table<?, ?> table;
    final Object key;
    final Function<Object, ?> view;
    final Object seen;
    final boolean present;

    ViewRead(Table<?, ?> table, Object key, Function<Object, ?> view, Object seen, boolean present) {
      this.table = table;
      this.key = key;
      this.view = view;
      this.seen = seen;
      this.present = present;
    }
  }

  static final class PendingAudit {
    final AuditAction action;
    final SponsorLicenceNumber licence;
    final String subject;
    final Object before;
    final Object after;

    PendingAudit(AuditAction action, SponsorLicenceNumber licence, String subject, Object before, Object after) {
      this.action = Objects.requireNonNull(action, "action");
      this.licence = licence;
      this.subject = Objects.requireNonNull(subject, "subject");
      this.before = before;
      this.after = after;
    }
  }

  static final class PendingEmail {
    final EmailKind kind;
    final String to;
    final Optional<SmsUserId> about;
    final String subject;
    final String body;
    final Optional<String> password;

    PendingEmail(EmailKind kind, String to, Optional<SmsUserId> about, String subject, String body,
        Optional<String> password) {
      this.kind = kind;
      this.to = to;
      this.about = about;
      this.subject = subject;
      this.body = body;
      this.password = password;
    }
  }

  static final class PendingEvent {
    final SmsEventKind kind;
    final SponsorLicenceNumber licence;
    final String subject;
    final Map<String, String> details;

    PendingEvent(SmsEventKind kind, SponsorLicenceNumber licence, String subject, Map<String, String> details) {
      this.kind = kind;
      this.licence = licence;
      this.subject = subject;
      this.details = details;
    }
  }
}
