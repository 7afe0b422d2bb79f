package io.github.sponsorsdk.sms.rules.message;

import static io.github.sponsorsdk.sms.core.citation.Source.SMS_MANUAL_1;
import static io.github.sponsorsdk.sms.rules.licence.LicenceParameters.COVERAGE_FROM;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.Period;
import java.util.List;
import org.immutables.value.Value;

/** The date-effective parameters of {@link MessageBoardRules}. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableMessageParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableMessageParameters.class)
@JsonDeserialize(as = ImmutableMessageParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableMessageParameters.class)
public abstract class MessageParameters implements ParameterSet, WithMessageParameters {

  /**
   * {@return how long an expired message stays in the archive: "Expired messages are retained in this archive for 12
   * months" (Guide 5, step 4)} Added to the expiry date with {@link java.time.LocalDate#plus}: a month end is clamped
   * (29 February 2024 + 12 months = 28 February 2025).
   */
  public abstract DateEffective<Period> archiveRetention();

  @JsonIgnore
  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(archiveRetention());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code MessageParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableMessageParameters.Builder {
    Builder() {}
  }

  /** {@return today's guidance: expired messages stay in the archive for 12 months} */
  public static MessageParameters defaults() {
    return builder().archiveRetention(DateEffective.of("messageBoard.archiveRetention", COVERAGE_FROM,
        Period.ofMonths(12), Citation.of(SMS_MANUAL_1, "Guide 5, step 4 (archived messages)"))).build();
  }
}
