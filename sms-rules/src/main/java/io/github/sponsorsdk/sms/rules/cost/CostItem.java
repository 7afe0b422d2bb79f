package io.github.sponsorsdk.sms.rules.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of the cost of assigning a CoS: what it is, how much, when it is due, whether the worker may be made to
 * pay it, and the rules behind the amount and the recovery answer.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCostItem.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCostItem.class)
@JsonDeserialize(as = ImmutableCostItem.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCostItem.class)
public abstract class CostItem implements WithCostItem {

  /** {@return the CoS fee or the Immigration Skills Charge} */
  public abstract CostKind kind();

  /** {@return the amount; zero for an exempt Immigration Skills Charge} */
  public abstract Money amount();

  /** {@return the day it is paid: the day the CoS is assigned} */
  public abstract LocalDate payableOn();

  /** {@return for the Immigration Skills Charge: the months charged (12, then 18, 24, ...); empty for the CoS fee} */
  public abstract Optional<Integer> chargedMonths();

  /** {@return whether the sponsor may pass the cost on to the worker} */
  public abstract Recovery recovery();

  /** {@return the version of the rate applied (its source, section and the day it took effect)} */
  public abstract Citation amountRule();

  /** {@return the rule that answers {@link #recovery()}} */
  public abstract Citation recoveryRule();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CostItem}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCostItem.Builder {
    Builder() {}
  }

  /** {@code "COS_FEE GBP 525.00 on 2026-01-05 (MAY_NOT_BE_RECOVERED)"}. */
  @Override
  public String toString() {
    return kind() + " " + amount() + " on " + payableOn() + chargedMonths().map(m -> " for " + m + " months")
        .orElse("") + " (" + recovery() + ")";
  }
}
