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
@JsonDeserialize(as = ImmutableSessionResult.class)
public abstract class SessionResult {

  public abstract Optional<Session> session();

  public abstract Optional<Session> ended();

  public abstract Decision decision();

  public static ImmutableSessionResult.Builder builder() {
    return ImmutableSessionResult.builder();
  }
}
