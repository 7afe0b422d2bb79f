package io.github.sponsorsdk.sms.rules.actionplan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of {@link ActionPlanRules#apply}: the decision, the plan after the event (only when allowed) and what it
 * does to the licence: the worker rating after it ({@link Rating#A} on an upgrade, {@link Rating#B} on a further
 * plan) or the licence status ({@link LicenceStatus#REVOKED} on a decline, a missed deadline or a revocation).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableActionPlanOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableActionPlanOutcome.class)
@JsonDeserialize(as = ImmutableActionPlanOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableActionPlanOutcome.class)
public abstract class ActionPlanOutcome implements WithActionPlanOutcome {

  /** {@return allowed with the reason of the change, or refused with every reason} */
  public abstract Decision decision();

  /** {@return the plan after the event; empty when refused} */
  public abstract Optional<ActionPlan> plan();

  /** {@return the Worker and Temporary Worker rating after the event, when the event changes it} */
  public abstract Optional<Rating> ratingAfter();

  /** {@return the licence status after the event, when the event changes it} */
  public abstract Optional<LicenceStatus> licenceStatusAfter();

  /** {@return true when the event was allowed} */
  @JsonIgnore
  public boolean isAllowed() {
    return decision().isAllowed();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code ActionPlanOutcome}. */
  public static final class Builder extends ImmutableActionPlanOutcome.Builder {
    Builder() {}
  }
}
