package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An application for a defined CoS (Skilled Worker entry clearance): the job, its occupation code and salary, and
 * the start date. The Home Office grants it "for the specific job and salary details shown" (Immigration Rules
 * SW 5.1(b)).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDefinedCosApplication.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDefinedCosApplication.class)
@JsonDeserialize(as = ImmutableDefinedCosApplication.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDefinedCosApplication.class)
public abstract class DefinedCosApplication implements WithDefinedCosApplication {

  /** {@return the job title} */
  @NotBlank
  @Size(max = 100)
  public abstract String jobTitle();

  /** {@return the four-digit SOC 2020 occupation code, e.g. {@code 2136}} */
  @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit SOC 2020 code")
  public abstract String occupationCode();

  /** {@return the gross salary of the job, as the CoS will state it} */
  public abstract Money grossSalary();

  /** {@return the period the salary is paid for} */
  public abstract SalaryPeriod salaryPeriod();

  /** {@return the intended start date of the employment} */
  public abstract LocalDate startDate();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code DefinedCosApplication}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDefinedCosApplication.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
