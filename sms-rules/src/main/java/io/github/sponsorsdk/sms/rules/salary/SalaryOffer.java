package io.github.sponsorsdk.sms.rules.salary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
@JsonDeserialize(as = ImmutableSalaryOffer.class)
public abstract class SalaryOffer {

  /** Guaranteed basic gross annual pay for the stated weekly hours (SW 14.1). */
  public abstract Money annualSalary();

  /** The weekly working hours the sponsor states on the CoS; more than 0, at most 168. */
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("168")
  public abstract BigDecimal weeklyHours();

  /** The annual going rate of the job's SOC 2020 code for a 37.5-hour week, from Appendix Skilled Occupations. */
  public abstract Money goingRate();

  public static SalaryOffer of(Money annualSalary, BigDecimal weeklyHours, Money goingRate) {
    return ImmutableSalaryOffer.builder().annualSalary(annualSalary).weeklyHours(weeklyHours).goingRate(goingRate)
        .build();
  }

  public static ImmutableSalaryOffer.Builder builder() {
    return ImmutableSalaryOffer.builder();
  }

  @Value.Check
  protected void check() {
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
