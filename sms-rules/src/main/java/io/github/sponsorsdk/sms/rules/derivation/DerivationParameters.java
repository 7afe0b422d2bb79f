package io.github.sponsorsdk.sms.rules.derivation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.reporting.ReportingParameters;
import org.immutables.value.Value;

/**
 * The parameters of {@link EventDerivation}: whose working days count absences, and the reporting parameters whose
 * thresholds decide when a fact becomes an event (the same values the duties engine applies: 10 working days of
 * absence, 4 weeks of unpaid leave, the start window, the exceptions in force).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDerivationParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDerivationParameters.class)
@JsonDeserialize(as = ImmutableDerivationParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDerivationParameters.class)
public abstract class DerivationParameters implements WithDerivationParameters {

  /** {@return whose working days count absences} Default {@link AbsenceDays#WORKER_PATTERN_ELSE_NATION}. */
  @Value.Default
  public AbsenceDays absenceDays() {
    return AbsenceDays.WORKER_PATTERN_ELSE_NATION;
  }

  /** {@return the reporting parameters} Default {@link ReportingParameters#defaults()}. */
  @Value.Default
  public ReportingParameters reporting() {
    return ReportingParameters.defaults();
  }

  /** {@return the defaults} */
  public static DerivationParameters defaults() {
    return builder().build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code DerivationParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDerivationParameters.Builder {
    Builder() {}
  }
}
