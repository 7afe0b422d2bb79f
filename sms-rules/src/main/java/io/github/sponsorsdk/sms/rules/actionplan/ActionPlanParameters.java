package io.github.sponsorsdk.sms.rules.actionplan;

import static io.github.sponsorsdk.sms.rules.licence.LicenceParameters.COVERAGE_FROM;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The date-effective parameters of {@link ActionPlanRules}: the fee (£1,476, then £1,579 from 9 April 2025) and the
 * payment deadline (10 working days), from secondary sources quoting the guidance (docs/sources.md#secondary-licence).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableActionPlanParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableActionPlanParameters.class)
@JsonDeserialize(as = ImmutableActionPlanParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableActionPlanParameters.class)
public abstract class ActionPlanParameters implements ParameterSet, WithActionPlanParameters {

  /** The day the action plan fee rose to £1,579 (the fee increases of 9 April 2025). */
  public static final LocalDate FEE_INCREASE_2025 = LocalDate.of(2025, 4, 9);

  /** {@return the fee for an action plan, by the day the plan is issued} */
  public abstract DateEffective<Money> fee();

  /** {@return working days from issue to the last day to pay} */
  public abstract DateEffective<Integer> paymentWorkingDays();

  @JsonIgnore
  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(fee(), paymentWorkingDays());
  }

  /** {@return a new builder; {@code build()} validates} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code ActionPlanParameters}. */
  public static final class Builder extends ImmutableActionPlanParameters.Builder {
    Builder() {}
  }

  /** {@return the parameters as the sources state them} */
  public static ActionPlanParameters defaults() {
    return builder()
        .fee(DateEffective.of("actionPlan.fee", COVERAGE_FROM, Money.ofPounds(1476),
                Citation.of(Source.SECONDARY_SOURCE, "sponsorlicence.com (copy of an old GOV.UK text, January 2019); "
                    + "luwasuite", COVERAGE_FROM)
                    .withNote("The earliest text read is of 2019; held from the coverage start (UNCERTAIN before)"))
            .then(FEE_INCREASE_2025, Money.ofPounds(1579), Citation.of(Source.SECONDARY_SOURCE,
                "davidsonmorris, UKVI Action Plan: 2025 Sponsor Guide; xpats", FEE_INCREASE_2025)))
        .paymentWorkingDays(DateEffective.of("actionPlan.paymentWorkingDays", COVERAGE_FROM, 10,
            ActionPlanReasonCode.PAYMENT_DEADLINE_PASSED.citation()))
        .build();
  }
}
