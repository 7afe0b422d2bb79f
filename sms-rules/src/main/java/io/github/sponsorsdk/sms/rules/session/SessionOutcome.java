package io.github.sponsorsdk.sms.rules.session;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a session step: the user's live session afterwards (empty when there is none), the session this
 * step ended (replaced or expired), and the decision.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSessionOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSessionOutcome.class)
@JsonDeserialize(as = ImmutableSessionOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSessionOutcome.class)
public abstract class SessionOutcome implements WithSessionOutcome {

  /** {@return the live session, if any} */
  public abstract Optional<Session> session();

  /** {@return the session that ended, if any (replaced or expired)} */
  public abstract Optional<Session> ended();

  /** {@return the decision, with every reason} */
  public abstract Decision decision();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SessionOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSessionOutcome.Builder {
    Builder() {}
  }
}
