package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.actionplan.ActionPlan;
import org.immutables.value.Value;

/** An action plan the Home Office issued to a licence, as the sms-rules {@code ActionPlanRules} keep it. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableActionPlanRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableActionPlanRecord.class)
@JsonDeserialize(as = ImmutableActionPlanRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableActionPlanRecord.class)
public abstract class ActionPlanRecord implements WithActionPlanRecord {

  /** {@return the licence} */
  public abstract SponsorLicenceNumber licence();

  /** {@return the plan's reference} */
  public abstract String reference();

  /** {@return the plan: fee, last day to pay, status} */
  public abstract ActionPlan plan();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ActionPlanRecord}: one setter per attribute. */
  public static final class Builder extends ImmutableActionPlanRecord.Builder {
    Builder() {}
  }
}
