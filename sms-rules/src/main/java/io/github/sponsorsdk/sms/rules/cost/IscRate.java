package io.github.sponsorsdk.sms.rules.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The Immigration Skills Charge for one sponsor size: "a fixed sum for the first twelve months of sponsorship. Any
 * additional time is charged in six month blocks" (docs/sources.md#govuk-immigration-skills-charge).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableIscRate.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableIscRate.class)
@JsonDeserialize(as = ImmutableIscRate.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableIscRate.class)
public abstract class IscRate implements WithIscRate {

  /** {@return the charge for the first 12 months (or any shorter period that is charged)} */
  public abstract Money firstTwelveMonths();

  /** {@return the charge for each further 6 months or part of 6 months} */
  public abstract Money eachFurtherSixMonths();

  /**
   * A rate of {@code firstTwelveMonths} pounds, then {@code eachFurtherSixMonths} pounds.
   *
   * @param firstTwelveMonths the charge for the first 12 months, in pounds
   * @param eachFurtherSixMonths the charge for each further 6 months, in pounds
   * @return the rate
   */
  public static IscRate of(long firstTwelveMonths, long eachFurtherSixMonths) {
    return builder().firstTwelveMonths(Money.ofPounds(firstTwelveMonths))
        .eachFurtherSixMonths(Money.ofPounds(eachFurtherSixMonths)).build();
  }

  /**
   * {@return the charge for a first year and {@code furtherBlocks} further six-month blocks}
   *
   * @param furtherBlocks how many six-month blocks follow the first year (0 or more)
   */
  public Money charge(int furtherBlocks) {
    return firstTwelveMonths().plus(eachFurtherSixMonths().multipliedBy(java.math.BigDecimal.valueOf(furtherBlocks),
        java.math.RoundingMode.UNNECESSARY));
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code IscRate}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableIscRate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    if (firstTwelveMonths().isNegative()) {
      v.add(Violation.of("firstTwelveMonths", firstTwelveMonths().toPlainString(), "NotNegative",
          "must not be negative"));
    }
    if (eachFurtherSixMonths().isNegative()) {
      v.add(Violation.of("eachFurtherSixMonths", eachFurtherSixMonths().toPlainString(), "NotNegative",
          "must not be negative"));
    }
    ValueValidation.requireNone("IscRate", v);
  }

  /** {@code "GBP 1320.00, then GBP 660.00 per 6 months"}. */
  @Override
  public String toString() {
    return firstTwelveMonths() + ", then " + eachFurtherSixMonths() + " per 6 months";
  }
}
