package io.github.sponsorsdk.sms.rules.licence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The days on which a licence renewal can be applied for: from {@link #opensOn()} to {@link #lastDay()}, both
 * inclusive (Manual 1: the Next button is available "from 90 days before your licence is due to expire"; "the latest
 * date you can apply ... is the day before your licence expiry date NOT the date your licence expires").
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableRenewalWindow.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRenewalWindow.class)
@JsonDeserialize(as = ImmutableRenewalWindow.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRenewalWindow.class)
public abstract class RenewalWindow implements WithRenewalWindow {

  /** {@return the first day an application can be made} */
  public abstract LocalDate opensOn();

  /** {@return the last day an application can be made (the day before expiry)} */
  public abstract LocalDate lastDay();

  /**
   * {@return true when {@code date} is in the window}
   *
   * @param date the day
   */
  @JsonIgnore
  public boolean contains(LocalDate date) {
    return !date.isBefore(opensOn()) && !date.isAfter(lastDay());
  }

  /**
   * {@return a window}
   *
   * @param opensOn the first day
   * @param lastDay the last day, included
   */
  public static RenewalWindow of(LocalDate opensOn, LocalDate lastDay) {
    return ImmutableRenewalWindow.builder().opensOn(opensOn).lastDay(lastDay).build();
  }

  @Value.Check
  void check() {
    if (lastDay().isBefore(opensOn())) {
      throw new InvalidValueException("RenewalWindow", List.of(Violation.of("lastDay", lastDay().toString(),
          "NotBeforeOpening", "must not be before opensOn " + opensOn())));
    }
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code RenewalWindow}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableRenewalWindow.Builder {
    Builder() {}
  }
}
