package io.github.sponsorsdk.sms.rules.user;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import org.immutables.value.Value;

/**
 * How the SMS handles a key-personnel request ({@link KeyPersonnelRequestRules#assess}): applied at once (status
 * "Accepted"; a new Level 1 user Active with a temporary password) or sent to casework, with every criterion that
 * was not met as a reason.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableFulfilmentOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableFulfilmentOutcome.class)
@JsonDeserialize(as = ImmutableFulfilmentOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableFulfilmentOutcome.class)
public abstract class FulfilmentOutcome implements WithFulfilmentOutcome {

  /**
   * Never refused (whether the function may be used at all is the permission engine's question); reasons explain.
   *
   * @return the decision, never refused (whether the function may be used at all is the permission engine's question);
   *     reasons explain
   */
  public abstract Decision decision();

  /**
   * Applied at once or casework.
   *
   * @return applied at once or casework
   */
  public abstract Processing processing();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code FulfilmentOutcome}. */
  public static final class Builder extends ImmutableFulfilmentOutcome.Builder {
    Builder() {}
  }
}
