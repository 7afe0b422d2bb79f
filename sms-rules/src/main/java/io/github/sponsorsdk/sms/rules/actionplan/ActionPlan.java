package io.github.sponsorsdk.sms.rules.actionplan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/** An action plan issued to a B-rated sponsor: when, the fee, the last day to pay and where it stands. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableActionPlan.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableActionPlan.class)
@JsonDeserialize(as = ImmutableActionPlan.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableActionPlan.class)
public abstract class ActionPlan implements WithActionPlan {

  /** {@return the day the Home Office issued the plan} */
  public abstract LocalDate issuedOn();

  /** {@return the fee in force on the day of issue} */
  public abstract Money fee();

  /** {@return the last day to pay: 10 working days after issue by default} */
  public abstract LocalDate payBy();

  /** {@return where the plan stands} */
  public abstract ActionPlanStatus status();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code ActionPlan}. */
  public static final class Builder extends ImmutableActionPlan.Builder {
    Builder() {}
  }
}
