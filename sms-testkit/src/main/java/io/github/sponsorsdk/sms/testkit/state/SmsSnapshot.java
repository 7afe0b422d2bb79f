package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.testkit.audit.AuditEntry;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.outbox.Email;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * The whole state of a fake SMS at one instant, as JSON-ready values: restore it into a fresh fake to continue from
 * exactly there. It holds password hashes (as the real SMS's database would) and the outbox's emails. In memory the
 * emails are the outbox's own (a password the SMS emailed stays readable through {@code Email.password()}, exactly as
 * in the outbox, so a user whose first password was only emailed can still sign in after a restore); in JSON they
 * are written without their passwords, so a JSON snapshot never holds a password (decision record 0630).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSmsSnapshot.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSmsSnapshot.class)
@JsonDeserialize(as = ImmutableSmsSnapshot.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSmsSnapshot.class)
public abstract class SmsSnapshot implements WithSmsSnapshot {

  /** The clock's instant. */
  public abstract Instant at();

  /** The licences. */
  public abstract List<Licence> licences();

  /** The user accounts (password hashes, never passwords). */
  public abstract List<UserRecord> users();

  /** The sessions, live or timed out (a timed-out session is answered {@code session.SESSION_EXPIRED}). */
  public abstract List<SessionRecord> sessions();

  /** The certificates. */
  public abstract List<CertificateRecord> certificates();

  /** The board messages. */
  public abstract List<BoardMessage> messages();

  /** The casework requests. */
  public abstract List<CaseworkRecord> casework();

  /** The occurrences declared by the host system. */
  public abstract List<OccurrenceRecord> occurrences();

  /** The reports received. */
  public abstract List<ReportRecord> reports();

  public abstract List<io.github.sponsorsdk.sms.core.port.BulkUpload> uploads();

  /** The Sponsor UK submissions, evidence bytes included. */
  public abstract List<SubmissionRecord> submissions();

  /** The action plans issued. */
  public abstract List<ActionPlanRecord> actionPlans();

  /** Organisation details, PAYE references and Premium contacts, per licence. */
  public abstract List<OrganisationRecord> organisations();

  /** Each licence's last log-in and the monthly-access warnings raised since. */
  public abstract List<AccessRecord> access();

  /** The audit trail. */
  public abstract List<AuditEntry> audit();

  /** The events. */
  public abstract List<SmsEvent> events();

  /** The outbox (in JSON without passwords). */
  public abstract List<Email> emails();

  /** The state of the identifier generator, so that a restored fake issues the same next IDs. */
  public abstract long idCounter();

  /**
   * This snapshot as its JSON keeps it: the emails without their passwords. A snapshot restored from JSON equals
   * this.
   */
  public SmsSnapshot withoutPasswords() {
    return builder().from(this).emails(emails().stream().map(Email::withoutPassword)
        .collect(java.util.stream.Collectors.toList())).build();
  }

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SmsSnapshot}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSmsSnapshot.Builder {
    Builder() {}
  }
}
