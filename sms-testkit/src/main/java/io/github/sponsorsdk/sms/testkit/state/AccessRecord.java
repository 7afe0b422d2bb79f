package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A licence's last log-in and the monthly-access warnings already raised since it (the sms-rules
 * {@code MonthlyAccessRules} decide them): a warning is raised once per period missed, not on every clock move.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableAccessRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAccessRecord.class)
@JsonDeserialize(as = ImmutableAccessRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAccessRecord.class)
public abstract class AccessRecord implements WithAccessRecord {

  /** {@return the licence} */
  public abstract SponsorLicenceNumber licence();

  /** {@return the day of the licence's last successful log-in by any of its users; empty when none is recorded} */
  public abstract Optional<LocalDate> lastLogIn();

  /** {@return the qualified reason codes raised as events since {@link #lastLogIn()}} */
  public abstract Set<String> warned();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code AccessRecord}: one setter per attribute. */
  public static final class Builder extends ImmutableAccessRecord.Builder {
    Builder() {}
  }
}
