package io.github.sponsorsdk.sms.rules.salary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The salary facts of one Skilled Worker CoS, as the salary check needs them.
 *
 * <p>{@link #annualSalary()} is the guaranteed basic gross pay of SW 14.1 to SW 14.2A (no overtime, allowances,
 * benefits in kind; the worker's payments to the sponsor already subtracted): the caller works it out. The going
 * rate is supplied by the caller too, because the SDK bundles no going-rate table (Appendix Skilled Occupations
 * changes often and is long).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSalaryOffer.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSalaryOffer.class)
@JsonDeserialize(as = ImmutableSalaryOffer.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSalaryOffer.class)
public abstract class SalaryOffer implements WithSalaryOffer {

  /** {@return guaranteed basic gross annual pay for the stated weekly hours (SW 14.1)} */
  public abstract Money annualSalary();

  /** {@return the weekly working hours the sponsor states on the CoS; more than 0, at most 168} */
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("168")
  public abstract BigDecimal weeklyHours();

  /**
   * {@return the annual going rate of the job's SOC 2020 code for a 37.5-hour week, from Appendix Skilled Occupations}
   */
  public abstract Money goingRate();

  /**
   * {@return an offer}
   *
   * @param annualSalary the gross annual salary
   * @param weeklyHours the hours a week
   * @param goingRate the going rate of the SOC code, for those hours
   */
  public static SalaryOffer of(Money annualSalary, BigDecimal weeklyHours, Money goingRate) {
    return ImmutableSalaryOffer.builder().annualSalary(annualSalary).weeklyHours(weeklyHours).goingRate(goingRate)
        .build();
  }

  /**
   * {@return the annual equivalent of {@code amount} paid per {@code period} for {@code weeklyHours} a week: a year as
   * is, a month times 12, a week times 52, an hour times the weekly hours times 52 (the reckoning of SW 14.3's example,
   * "£15 x 48 x 52"), rounded down to the penny} Empty for {@link SalaryPeriod#DAY}: the days worked a week are not
   * on the CoS, so the caller must annualise a daily rate.
   *
   * @param amount the amount
   * @param period the period it is paid for
   * @param weeklyHours the hours a week
   */
  public static Optional<Money> annualise(Money amount, SalaryPeriod period, BigDecimal weeklyHours) {
    switch (period) {
      case YEAR:
        return Optional.of(amount);
      case MONTH:
        return Optional.of(amount.multipliedBy(BigDecimal.valueOf(12), RoundingMode.DOWN));
      case WEEK:
        return Optional.of(amount.multipliedBy(BigDecimal.valueOf(52), RoundingMode.DOWN));
      case HOUR:
        return Optional.of(amount.multipliedBy(weeklyHours.multiply(BigDecimal.valueOf(52)), RoundingMode.DOWN));
      default:
        return Optional.empty();
    }
  }

  /**
   * {@return the offer on a CoS whose gross salary and "For each" period are filled in, for {@code weeklyHours} a week;
   * empty when either is missing or the period is a day (see {@link #annualise})}
   *
   * @param cos the CoS
   * @param weeklyHours the hours a week
   * @param goingRate the going rate of the SOC code
   */
  public static Optional<SalaryOffer> of(Certificate cos, BigDecimal weeklyHours, Money goingRate) {
    if (cos.grossSalary().isEmpty() || cos.salaryPeriod().isEmpty()) {
      return Optional.empty();
    }
    return annualise(cos.grossSalary().get(), cos.salaryPeriod().get(), weeklyHours)
        .map(annual -> of(annual, weeklyHours, goingRate));
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SalaryOffer}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSalaryOffer.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> violations = new ArrayList<>(ValueValidation.violations(this));
    if (annualSalary().isNegative()) {
      violations.add(Violation.of("annualSalary", annualSalary().toPlainString(), "NotNegative", "must not be negative"));
    }
    if (goingRate().isNegative()) {
      violations.add(Violation.of("goingRate", goingRate().toPlainString(), "NotNegative", "must not be negative"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidValueException("SalaryOffer", violations);
    }
  }
}
