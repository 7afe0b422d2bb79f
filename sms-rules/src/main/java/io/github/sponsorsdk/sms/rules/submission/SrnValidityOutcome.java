package io.github.sponsorsdk.sms.rules.submission;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of {@link SrnValidity#assess}: whether the SRN-linked CoS supports the application, and the counts
 * behind it. The counts are present when the validity's start day is known.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSrnValidityOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSrnValidityOutcome.class)
@JsonDeserialize(as = ImmutableSrnValidityOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSrnValidityOutcome.class)
public abstract class SrnValidityOutcome implements WithSrnValidityOutcome {

  /**
   * Valid or not, with the reasons (the uncertain readings among them).
   *
   * @return valid or not, with the reasons (the uncertain readings among them)
   */
  public abstract Decision decision();

  /** {@return the day the validity counts from; empty when the submission has not reached it} */
  public abstract Optional<LocalDate> issuedOn();

  /**
   * Calendar days from {@link #issuedOn()} to the day of application.
   *
   * @return the calendar days from {@link #issuedOn()} to the day of application
   */
  public abstract long elapsedDays();

  /**
   * Days of edit review within those, not counted.
   *
   * @return the days of edit review within those, not counted
   */
  public abstract long disregardedDays();

  /** {@return {@link #elapsedDays()} less {@link #disregardedDays()}: what is held against the validity} */
  @Value.Derived
  @JsonIgnore
  public long countedDays() {
    return elapsedDays() - disregardedDays();
  }

  /** {@return the validity in days that applied (90 by default)} */
  public abstract int validityDays();

  /** {@return true when the SRN supports the application} */
  @JsonIgnore
  public boolean isValid() {
    return decision().isAllowed();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code SrnValidityOutcome}: one setter per attribute. */
  public static final class Builder extends ImmutableSrnValidityOutcome.Builder {
    Builder() {}
  }
}
