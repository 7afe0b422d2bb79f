package io.github.sponsorsdk.sms.rules.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What assigning a CoS costs, and when: the items (CoS fee, Immigration Skills Charge), their total, the day they are
 * paid, and the decision whose reasons explain each figure, each exemption and each no-recovery rule with its source.
 *
 * <p>The decision is refused when a figure cannot be worked out (a route with a CAS, a day before the tables start,
 * a charged route without the CoS dates); then {@link #total()} is empty and {@link #items()} holds only what could
 * be costed.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCostOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCostOutcome.class)
@JsonDeserialize(as = ImmutableCostOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCostOutcome.class)
public abstract class CostOutcome implements WithCostOutcome {

  /** {@return the question answered} */
  public abstract CostQuery query();

  /** {@return allowed when every figure could be worked out; the reasons explain them} */
  public abstract Decision decision();

  /** {@return the items, CoS fee first} */
  public abstract List<CostItem> items();

  /** {@return the sum of the items; empty when the decision is refused} */
  public abstract Optional<Money> total();

  /**
   * {@return the day the costs are paid: the day of assignment ("paid when you assign",
   * docs/sources.md#isc-regulations)}
   */
  public LocalDate payableOn() {
    return query().assignedOn();
  }

  /**
   * {@return the item of {@code kind}, if costed}
   *
   * @param kind the CoS fee or the Immigration Skills Charge
   */
  public Optional<CostItem> item(CostKind kind) {
    return items().stream().filter(i -> i.kind() == kind).findFirst();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CostOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCostOutcome.Builder {
    Builder() {}
  }
}
