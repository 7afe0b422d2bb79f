package io.github.sponsorsdk.sms.rules.licence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The answer of {@link LicenceRules#assessExpiry}: the licence's status on a day, the expiry date in force (extended
 * by 10 years where no renewal is needed) and the reasons (expired, kept alive by a pending renewal, or in force).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableExpiryOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableExpiryOutcome.class)
@JsonDeserialize(as = ImmutableExpiryOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableExpiryOutcome.class)
public abstract class ExpiryOutcome implements WithExpiryOutcome {

  /** {@return why the status is what it is; never refused (an expiry is a fact, not a request)} */
  public abstract Decision decision();

  /** {@return the status on the day assessed: {@link LicenceStatus#EXPIRED} once the licence has expired} */
  public abstract LicenceStatus status();

  /** {@return the expiry date in force on the day assessed} */
  public abstract LocalDate expiryDate();

  /**
   * {@return true when the status changed from the one recorded (the caller should store the new one)}
   *
   * @param recorded the status the caller holds
   */
  public boolean changed(LicenceStatus recorded) {
    return recorded != status();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code ExpiryOutcome}. */
  public static final class Builder extends ImmutableExpiryOutcome.Builder {
    Builder() {}
  }
}
