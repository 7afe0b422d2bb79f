package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a bulk fee update of CAS ("bulk fee updates", Manual 1, "Access to SMS"; "Fee updates", Manual 5): the
 * first-year course fees and, where given, the amounts paid to date, as the BDT fee update record carries them. An
 * amount not given keeps the CAS's current one.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCasFeeUpdate.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCasFeeUpdate.class)
@JsonDeserialize(as = ImmutableCasFeeUpdate.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCasFeeUpdate.class)
public abstract class CasFeeUpdate implements WithCasFeeUpdate {

  /** {@return the CAS updated} */
  public abstract CasNumber cas();

  /** {@return the course fees for the first year only} */
  public abstract Money courseFeesForFirstYearOnly();

  /** {@return the course fees paid to date, when updated} */
  public abstract Optional<Money> courseFeesPaidToDate();

  /** {@return the accommodation fees paid to date, when updated} */
  public abstract Optional<Money> accommodationFeesPaidToDate();

  /** {@return the boarding fees paid to date, when updated} */
  public abstract Optional<Money> boardingFeesPaidToDate();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CasFeeUpdate}: one setter per attribute. */
  public static final class Builder extends ImmutableCasFeeUpdate.Builder {
    Builder() {}
  }
}
