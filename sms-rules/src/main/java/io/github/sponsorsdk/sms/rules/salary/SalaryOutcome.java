package io.github.sponsorsdk.sms.rules.salary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of checking one salary option: the decision, and the figures behind it so a user interface can show
 * "£1,300.00 short of the £41,700 floor". Margins are signed: negative means short. The figures are empty when the
 * option is not in force on the date.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSalaryOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSalaryOutcome.class)
@JsonDeserialize(as = ImmutableSalaryOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSalaryOutcome.class)
public abstract class SalaryOutcome implements WithSalaryOutcome {

  /** {@return the option assessed} */
  public abstract SalaryOption option();

  /** {@return the CoS assignment date the figures were taken for} */
  public abstract LocalDate date();

  /** {@return the decision, with every reason} */
  public abstract Decision decision();

  /**
   * {@return the salary counted towards the floor: the offer's, cut to 48 hours a week when more are worked (SW 14.3)}
   */
  public abstract Optional<Money> countedSalary();

  /** {@return the option's floor on {@link #date()}} */
  public abstract Optional<Money> floor();

  /** {@return {@code countedSalary - floor}} */
  public abstract Optional<Money> floorMargin();

  /** {@return the going rate pro-rated to the full weekly hours and multiplied by the option's share (SW 14.4)} */
  public abstract Optional<Money> requiredGoingRate();

  /** {@return {@code annualSalary - requiredGoingRate}} */
  public abstract Optional<Money> goingRateMargin();

  /** {@return true when the offer meets the option's floors} */
  public boolean passes() {
    return decision().isAllowed();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SalaryOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSalaryOutcome.Builder {
    Builder() {}
  }
}
