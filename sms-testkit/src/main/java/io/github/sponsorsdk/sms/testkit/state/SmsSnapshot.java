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

  /** {@return the clock's instant} */
  public abstract Instant at();

  /** {@return the licences} */
  public abstract List<Licence> licences();

  /** {@return the user accounts (password hashes, never passwords)} */
  public abstract List<UserRecord> users();

  /** {@return the sessions, live or timed out (a timed-out session is answered {@code session.SESSION_EXPIRED})} */
  public abstract List<SessionRecord> sessions();

  /** {@return the certificates} */
  public abstract List<CertificateRecord> certificates();

  /** {@return the board messages} */
  public abstract List<BoardMessage> messages();

  /** {@return the casework requests} */
  public abstract List<CaseworkRecord> casework();

  /** {@return the occurrences declared by the host system} */
  public abstract List<OccurrenceRecord> occurrences();

  /** {@return the reports received} */
  public abstract List<ReportRecord> reports();

  /** {@return the BDT uploads} */
  public abstract List<io.github.sponsorsdk.sms.core.port.BulkUpload> uploads();

  /** {@return the Sponsor UK submissions, evidence bytes included} */
  public abstract List<SubmissionRecord> submissions();

  /** {@return the action plans issued} */
  public abstract List<ActionPlanRecord> actionPlans();

  /** {@return organisation details, PAYE references and Premium contacts, per licence} */
  public abstract List<OrganisationRecord> organisations();

  /** {@return each licence's last log-in and the monthly-access warnings raised since} */
  public abstract List<AccessRecord> access();

  /** {@return the batches of CoS and CAS} */
  public abstract List<BatchRecord> batches();

  /** {@return the Creative Worker groups of CoS} */
  public abstract List<GroupRecord> groups();

  /** {@return the audit trail} */
  public abstract List<AuditEntry> audit();

  /** {@return the events} */
  public abstract List<SmsEvent> events();

  /** {@return the outbox (in JSON without passwords)} */
  public abstract List<Email> emails();

  /** {@return the state of the identifier generator, so that a restored fake issues the same next IDs} */
  public abstract long idCounter();

  /**
   * {@return this snapshot as its JSON keeps it: the emails without their passwords} A snapshot restored from JSON
   * equals this.
   */
  public SmsSnapshot withoutPasswords() {
    return builder().from(this).emails(emails().stream().map(Email::withoutPassword)
        .collect(java.util.stream.Collectors.toList())).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SmsSnapshot}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSmsSnapshot.Builder {
    Builder() {}
  }
}
