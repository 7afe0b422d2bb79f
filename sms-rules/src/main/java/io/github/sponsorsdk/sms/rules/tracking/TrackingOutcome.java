package io.github.sponsorsdk.sms.rules.tracking;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The answer of {@link RequestTracking#apply}: the decision, the new status (only when allowed) and the notice. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableTrackingOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableTrackingOutcome.class)
@JsonDeserialize(as = ImmutableTrackingOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableTrackingOutcome.class)
public abstract class TrackingOutcome implements WithTrackingOutcome {

  /** {@return allowed with the reason, or refused} */
  public abstract Decision decision();

  /** {@return the status after the event; empty when refused} */
  public abstract Optional<RequestStatus> newStatus();

  /** {@return how the sponsor learns of it ({@link OutcomeNotice#NONE_VIEW_ONLINE} when refused: nothing is sent)} */
  public abstract OutcomeNotice notice();

  /** {@return true when the event was allowed} */
  @JsonIgnore
  public boolean isAllowed() {
    return decision().isAllowed();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code TrackingOutcome}. */
  public static final class Builder extends ImmutableTrackingOutcome.Builder {
    Builder() {}
  }
}
