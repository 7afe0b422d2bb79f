package io.github.sponsorsdk.sms.testkit.internal;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.testkit.audit.ActorKind;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One atomic change of the store: writes are staged here and reach the tables only on {@link #commit}. Reads see
 * the staged writes. A transaction that is not committed leaves no trace, which is how a refused or failed call
 * changes nothing. Used only under the store's lock.
 */
public final class Tx {
  private static final Object DELETED = new Object();

  final Instant now;
  final ActorKind actorKind;
  Optional<SmsUserId> actor;
  private final Map<Table<?, ?>, Map<Object, Object>> writes = new IdentityHashMap<>();
  final List<PendingAudit> audit = new ArrayList<>();
  final List<PendingEmail> emails = new ArrayList<>();
  final List<PendingEvent> events = new ArrayList<>();
  /** True when the change must be kept even though the call was refused (a failed log-in counts). */
  boolean keepWhenRefused;

  Tx(Instant now, ActorKind actorKind, Optional<SmsUserId> actor) {
    this.now = now;
    this.actorKind = actorKind;
    this.actor = actor;
  }

  /** The user acting, once the session has been resolved. */
  public void actAs(SmsUserId userId) {
    this.actor = Optional.of(userId);
  }

  public Instant now() {
    return now;
  }

  @SuppressWarnings("unchecked")
  public <K, V> Optional<V> get(Table<K, V> table, K key) {
    Map<Object, Object> staged = writes.get(table);
    if (staged != null && staged.containsKey(key)) {
      Object v = staged.get(key);
      return v == DELETED ? Optional.empty() : Optional.of((V) v);
    }
    return Optional.ofNullable(table.rows.get(key));
  }

  public <K, V> void put(Table<K, V> table, K key, V value) {
    writes.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(key, value);
  }

  public <K, V> void delete(Table<K, V> table, K key) {
    writes.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(key, DELETED);
  }

  /** Every row, staged writes included, in insertion order. */
  @SuppressWarnings("unchecked")
  public <K, V> List<V> values(Table<K, V> table) {
    Map<Object, Object> staged = writes.get(table);
    List<V> out = new ArrayList<>(table.rows.size());
    for (Map.Entry<K, V> e : table.rows.entrySet()) {
      if (staged != null && staged.containsKey(e.getKey())) {
        Object v = staged.get(e.getKey());
        if (v != DELETED) {
          out.add((V) v);
        }
      } else {
        out.add(e.getValue());
      }
    }
    if (staged != null) {
      for (Map.Entry<Object, Object> e : staged.entrySet()) {
        if (!table.rows.containsKey(e.getKey()) && e.getValue() != DELETED) {
          out.add((V) e.getValue());
        }
      }
    }
    return out;
  }

  public boolean hasWrites() {
    return !writes.isEmpty();
  }

  /** Marks this change to be kept even if the call's decision is a refusal (failed log-in attempts). */
  public void keepWhenRefused() {
    this.keepWhenRefused = true;
  }

  /** Records a state change for the audit trail; {@code before}/{@code after} are values turned into JSON. */
  public void audit(String action, Optional<SponsorLicenceNumber> licence, String subject, Object before,
      Object after) {
    audit.add(new PendingAudit(action, licence, subject, Optional.ofNullable(before), Optional.ofNullable(after)));
  }

  public void email(EmailKind kind, String to, Optional<SmsUserId> about, String subject, String body,
      Optional<String> password) {
    emails.add(new PendingEmail(kind, to, about, subject, body, password));
  }

  public void event(SmsEventKind kind, Optional<SponsorLicenceNumber> licence, String subject,
      Map<String, String> details) {
    events.add(new PendingEvent(kind, licence, subject, details));
  }

  @SuppressWarnings("unchecked")
  void applyWrites() {
    for (Map.Entry<Table<?, ?>, Map<Object, Object>> e : writes.entrySet()) {
      Map<Object, Object> rows = (Map<Object, Object>) e.getKey().rows;
      for (Map.Entry<Object, Object> w : e.getValue().entrySet()) {
        if (w.getValue() == DELETED) {
          rows.remove(w.getKey());
        } else {
          rows.put(w.getKey(), w.getValue());
        }
      }
    }
  }

  static final class PendingAudit {
    final String action;
    final Optional<SponsorLicenceNumber> licence;
    final String subject;
    final Optional<Object> before;
    final Optional<Object> after;

    PendingAudit(String action, Optional<SponsorLicenceNumber> licence, String subject, Optional<Object> before,
        Optional<Object> after) {
      this.action = action;
      this.licence = licence;
      this.subject = subject;
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
    final Optional<SponsorLicenceNumber> licence;
    final String subject;
    final Map<String, String> details;

    PendingEvent(SmsEventKind kind, Optional<SponsorLicenceNumber> licence, String subject,
        Map<String, String> details) {
      this.kind = kind;
      this.licence = licence;
      this.subject = subject;
      this.details = details;
    }
  }
}
