package io.github.sponsorsdk.sms.testkit.internal;

import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import java.time.Instant;
import java.util.Optional;

/** An event as the store keeps it (details as a flat array of names and values); an {@link SmsEvent} when read. */
final class EventRow {
  // No sequence field: an event's sequence is its position plus one (restore checks 1, 2, 3 ...).
  final Instant at;
  final SmsEventKind kind;
  final SponsorLicenceNumber licence;
  final String subject;
  final String[] details;

  EventRow(Instant at, SmsEventKind kind, SponsorLicenceNumber licence, String subject,
      String[] details) {
    this.at = at;
    this.kind = kind;
    this.licence = licence;
    this.subject = subject;
    this.details = details;
  }

  static EventRow of(SmsEvent e) {
    String[] d = new String[e.details().size() * 2];
    int i = 0;
    for (var entry : e.details().entrySet()) {
      d[i++] = entry.getKey();
      d[i++] = entry.getValue();
    }
    return new EventRow(e.at(), e.kind(), e.licence().orElse(null), e.subject(), d);
  }

  SmsEvent toEvent(long sequence) {
    var b = SmsEvent.builder().sequence(sequence).at(at).kind(kind).licence(Optional.ofNullable(licence))
        .subject(subject);
    for (int i = 0; i + 1 < details.length; i += 2) {
      b.putDetail(details[i], details[i + 1]);
    }
    return b.build();
  }
}
