package io.github.sponsorsdk.sms.testkit.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One state change of the fake SMS: who, what, when, to what, and the record before and after as JSON. Sponsors
 * asked for exactly this (the real SMS keeps no history they can see). Never holds a password or a password hash:
 * user records appear as their {@code SmsUser} value only. {@link #at()} is the instant the change committed, so
 * entries in {@link #sequence()} order never go back in time.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableAuditEntry.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAuditEntry.class)
@JsonDeserialize(as = ImmutableAuditEntry.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAuditEntry.class)
public abstract class AuditEntry implements WithAuditEntry {

  /** {@return the number: 1, 2, 3 ... in commit order} */
  public abstract long sequence();

  /** {@return when the change committed (the SMS clock)} */
  public abstract Instant at();

  /** {@return who made the change: a user, the Home Office or the SMS itself} */
  public abstract ActorKind actorKind();

  /** {@return the user who acted, when {@link #actorKind()} is {@code USER}} */
  public abstract Optional<SmsUserId> actor();

  /** {@return what was done, e.g. {@code LOG_IN_FAILED}, {@code USER_DEACTIVATED}} */
  public abstract AuditAction action();

  /** {@return the licence the change belongs to, when it belongs to one (a board message does not)} */
  public abstract Optional<SponsorLicenceNumber> licence();

  /** {@return what was changed, e.g. a user ID, a certificate number, a message ID} */
  @NotBlank
  public abstract String subject();

  /** {@return absent for a creation; never JSON {@code null} (absent values are left out of the JSON)} */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<RawJson> before();

  /** {@return absent for a deletion or an act with no record (log-out); never JSON {@code null}} */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<RawJson> after();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code AuditEntry}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableAuditEntry.Builder {
    Builder() {}
  }

  /** Bean Validation of the attributes. */
  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
