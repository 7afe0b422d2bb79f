package io.github.sponsorsdk.sms.testkit.internal;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.testkit.audit.ActorKind;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import java.time.Instant;

/**
 * An audit entry as the store keeps it: references to immutable values (shared with the state), no JSON and no
 * validation; turned into an {@code AuditEntry} when the trail is read.
 */
final class AuditRow {
  // No sequence field: an entry's sequence is its position in the trail plus one (restore checks 1, 2, 3 ...).
  final Instant at;
  final ActorKind actorKind;
  final SmsUserId actor;
  final AuditAction action;
  final SponsorLicenceNumber licence;
  final String subject;
  /** An immutable value, a {@code RawJson} (restored from JSON), or null. */
  final Object before;
  final Object after;

  AuditRow(Instant at, ActorKind actorKind, SmsUserId actor, AuditAction action,
      SponsorLicenceNumber licence, String subject, Object before, Object after) {
    this.at = at;
    this.actorKind = actorKind;
    this.actor = actor;
    this.action = action;
    this.licence = licence;
    this.subject = subject;
    this.before = before;
    this.after = after;
  }
}
