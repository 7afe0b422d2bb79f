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
@JsonSerialize(as = ImmutableSessionResult.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSessionResult.class)
@JsonDeserialize(as = ImmutableSessionResult.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSessionResult.class)
public abstract class SessionResult implements WithSessionResult {

  public abstract Optional<Session> session();

  public abstract Optional<Session> ended();

  public abstract Decision decision();

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SessionResult}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSessionResult.Builder {
    Builder() {}
  }
}
