package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.session.Session;
import java.util.List;
import org.immutables.value.Value;

/** A live SMS session: its token, its user, the sms-rules {@link Session} (activity and time-out). */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSessionRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSessionRecord.class)
@JsonDeserialize(as = ImmutableSessionRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSessionRecord.class)
public abstract class SessionRecord implements WithSessionRecord {

  /** {@return the token the user holds} */
  public abstract SessionToken token();

  /** {@return the user} */
  public abstract SmsUserId userId();

  /** {@return the licence of the user} */
  public abstract SponsorLicenceNumber licence();

  /** {@return the session's timing state (last activity, time-out)} */
  public abstract Session session();

  /** {@return true until the user changes a first or temporary password (Guide 1 step 2; Guide 2 step 3)} */
  public abstract boolean mustChangePassword();

  /** {@return the IDs of the active board messages shown at log-in (Level 1 users; Manual 1, Guide 5)} */
  public abstract List<String> messagesShown();

  /** {@return true once the user chose "OK" on the messages shown at log-in} */
  @Value.Default
  public boolean messagesConfirmed() {
    return false;
  }

  /** {@return a new builder (no Bean Validation of its own: see the note below)} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SessionRecord}: one setter per attribute. */
  public static final class Builder extends ImmutableSessionRecord.Builder {
    Builder() {}
  }

  // No Bean Validation of its own: the record declares no constraint, and the values it holds were validated when
  // they were built (the fake rebuilds records on every change, so a no-op validation would cost on every call).
}
