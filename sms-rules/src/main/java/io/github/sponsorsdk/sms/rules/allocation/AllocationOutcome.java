package io.github.sponsorsdk.sms.rules.allocation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import org.immutables.value.Value;

/** The result of an allocation operation: the decision and the allocation after it (unchanged when refused). */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableAllocationOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAllocationOutcome.class)
@JsonDeserialize(as = ImmutableAllocationOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAllocationOutcome.class)
public abstract class AllocationOutcome implements WithAllocationOutcome {

  /** {@return the decision, with every reason} */
  public abstract Decision decision();

  /** {@return the allocation after the action; unchanged when refused} */
  public abstract Allocation allocation();

  /** {@return true when the action went ahead} */
  @JsonIgnore
  public boolean isAllowed() {
    return decision().isAllowed();
  }

  /**
   * {@return an outcome}
   *
   * @param decision the decision
   * @param allocation the allocation after the action
   */
  public static AllocationOutcome of(Decision decision, Allocation allocation) {
    return ImmutableAllocationOutcome.builder().decision(decision).allocation(allocation).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code AllocationOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableAllocationOutcome.Builder {
    Builder() {}
  }
}
