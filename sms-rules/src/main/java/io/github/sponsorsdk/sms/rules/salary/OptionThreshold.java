package io.github.sponsorsdk.sms.rules.salary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.immutables.value.Value;

/**
 * What one salary option asks on a date: an annual salary floor (the option's general threshold) and a share of
 * the going rate. The salary must equal or exceed both (Appendix Skilled Worker, table following SW 4.4).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableOptionThreshold.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableOptionThreshold.class)
@JsonDeserialize(as = ImmutableOptionThreshold.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOptionThreshold.class)
public abstract class OptionThreshold implements WithOptionThreshold {

  /**
   * {@return the annual floor, e.g. GBP 41700.00 for option A from 22 July 2025} Never pro-rated (SW 14.3 only caps
   * hours).
   */
  public abstract Money annualFloor();

  /** {@return the share of the pro-rated going rate required: 100, 90, 80 or 70 (SW 14.4(b))} */
  @Min(1)
  @Max(100)
  public abstract int goingRatePercent();

  /**
   * {@return a threshold}
   *
   * @param annualFloorPounds the annual salary floor, in pounds
   * @param goingRatePercent the share of the going rate required, in per cent
   */
  public static OptionThreshold of(long annualFloorPounds, int goingRatePercent) {
    return ImmutableOptionThreshold.builder().annualFloor(Money.ofPounds(annualFloorPounds))
        .goingRatePercent(goingRatePercent).build();
  }

  @Value.Check
  void check() {
    if (annualFloor().isNegative()) {
      throw new InvalidValueException("OptionThreshold", List.of(
          Violation.of("annualFloor", annualFloor().toPlainString(), "NotNegative", "must not be negative")));
    }
    ValueValidation.check(this);
  }

  @Override
  public String toString() {
    return annualFloor() + " and " + goingRatePercent() + "% of the going rate";
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code OptionThreshold}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableOptionThreshold.Builder {
    Builder() {}
  }
}
