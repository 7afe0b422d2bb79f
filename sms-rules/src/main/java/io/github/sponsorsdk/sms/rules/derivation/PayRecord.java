package io.github.sponsorsdk.sms.rules.derivation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.event.PayReductionReason;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A worker's contractual salary from a date: the guaranteed basic gross annual salary, the figure the CoS states
 * (not period gross pay, which falls with unpaid days that belong to the 4-week rule; overtime, bonuses and one-off
 * payments excluded, Appendix Skilled Worker SW 14.1–14.2A; decision 0460).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutablePayRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePayRecord.class)
@JsonDeserialize(as = ImmutablePayRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePayRecord.class)
public abstract class PayRecord implements WithPayRecord {

  /** {@return the worker's payroll reference ({@link WorkerRecord#reference()})} */
  @Size(min = 1, max = 64)
  public abstract String worker();

  /** {@return the day the salary takes effect} */
  public abstract LocalDate effectiveFrom();

  /** {@return the basic gross annual salary from that day} */
  public abstract Money annualSalary();

  /**
   * {@return the day this salary was reported on the SMS against the CoS, if it was} A reported salary becomes the
   * level later changes are measured against (Skilled Worker guidance SK7.19: "or any subsequent salary-related report
   * made against the CoS"); an unreported one does not.
   */
  public abstract Optional<LocalDate> reportedOnSms();

  /** {@return the permitted reason for a reduction (SUI 37.3), if one applies} */
  public abstract Optional<PayReductionReason> reductionReason();

  /** {@return true for a pre-registration nurse's or midwife's rise on completing registration (reportable, SK9)} */
  @Value.Default
  public boolean nurseOrMidwifeRegistration() {
    return false;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PayRecord}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutablePayRecord.Builder {
    Builder() {}
  }

  /** Bean Validation, every violation at once. */
  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
