package io.github.sponsorsdk.sms.core.job;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A guaranteed allowance the CoS states beside the gross salary ("Gross salary and allowances including any
 * guaranteed bonuses", docs/sources.md#secondary-cos-form; "details of the job, salary and any allowances the sponsor
 * is offering them", Appendix Global Business Mobility SNR 5.1(a), docs/sources.md#rules-cos-content): an amount per
 * period, what it is for, and an optional description.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableAllowance.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAllowance.class)
@JsonDeserialize(as = ImmutableAllowance.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAllowance.class)
public abstract class Allowance implements WithAllowance {

  /** {@return the amount per {@link #period()}; more than zero} */
  public abstract Money amount();

  /** {@return the period the amount is paid for} */
  public abstract SalaryPeriod period();

  /** {@return what the allowance is paid for} */
  public abstract AllowanceKind kind();

  /** {@return a description ("London weighting"), at most 250 printable ISO 8859-1 characters} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1, max = 250)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = JobDetails.PRINTABLE,
      message = "may hold only printable ISO 8859-1 (Latin-1) characters")
  public abstract Optional<String> description();

  /**
   * An allowance of {@code amount} each {@code period}.
   *
   * @param amount the amount, more than zero
   * @param period the period it is paid for
   * @param kind what it is paid for
   * @return the allowance
   */
  public static Allowance of(Money amount, SalaryPeriod period, AllowanceKind kind) {
    return builder().amount(amount).period(period).kind(kind).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code Allowance}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableAllowance.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    if (amount().amount().signum() <= 0) {
      v.add(Violation.of("amount", amount().toPlainString(), "Positive", "must be more than zero"));
    }
    ValueValidation.requireNone("Allowance", v);
  }
}
