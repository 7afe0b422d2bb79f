package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.login.AccountState;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A user account as the fake holds it: the {@link SmsUser} (what the SMS screens show), the licence it belongs to,
 * the stored password hash (empty until a password is issued, e.g. for a Level 1 request still under
 * consideration), the board messages the user has read, and the log-in state.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableUserRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableUserRecord.class)
@JsonDeserialize(as = ImmutableUserRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableUserRecord.class)
public abstract class UserRecord implements WithUserRecord {

  /** {@return the user's licence} */
  public abstract SponsorLicenceNumber licence();

  /** {@return the user} */
  public abstract SmsUser user();

  /** {@return the stored password, once one is set} */
  public abstract Optional<StoredPassword> password();

  /** {@return the ids of the board messages the user has confirmed} */
  public abstract Set<String> messagesRead();

  /** {@return failed attempts, lock and password status, as the sms-rules log-in engine keeps them} */
  @Value.Default
  public AccountState login() {
    return AccountState.newAccount();
  }

  /** {@return a new builder (no Bean Validation of its own: see the note below)} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code UserRecord}: one setter per attribute. */
  public static final class Builder extends ImmutableUserRecord.Builder {
    Builder() {}
  }

  // No Bean Validation of its own: the record declares no constraint, and the values it holds were validated when
  // they were built (the fake rebuilds records on every change, so a no-op validation would cost on every call).
}
