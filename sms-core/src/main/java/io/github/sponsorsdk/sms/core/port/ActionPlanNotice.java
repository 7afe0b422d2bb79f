package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An action plan the Home Office issued to the sponsor after a B-rating, as the sponsor sees it in "Manage action
 * plans" (Manual 3): the fee, the last day to pay (10 working days after issue) and where it stands. The fee, the
 * deadline and the endings are the sms-rules {@code ActionPlanRules}' (docs/sources.md#secondary-functions).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableActionPlanNotice.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableActionPlanNotice.class)
@JsonDeserialize(as = ImmutableActionPlanNotice.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableActionPlanNotice.class)
public abstract class ActionPlanNotice implements WithActionPlanNotice {

  /** {@return the implementation's reference of the plan} */
  @Pattern(regexp = "[A-Za-z0-9-]{1,40}", message = "must be 1 to 40 letters, digits or '-'")
  public abstract String reference();

  /** {@return the day the Home Office issued it} */
  public abstract LocalDate issuedOn();

  /** {@return the fee in force on the day of issue} */
  public abstract Money fee();

  /** {@return the last day to pay} */
  public abstract LocalDate payBy();

  /** {@return where the plan stands} */
  public abstract ActionPlanState state();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ActionPlanNotice}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableActionPlanNotice.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
