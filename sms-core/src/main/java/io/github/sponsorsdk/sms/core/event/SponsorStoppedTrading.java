package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * O1: the organisation stops trading or becomes insolvent. GOV.UK "Your responsibilities";
 * docs/sources.md#sponsor-reporting-duties, row O1.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(SponsorStoppedTrading.TYPE)
@JsonSerialize(as = ImmutableSponsorStoppedTrading.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSponsorStoppedTrading.class)
@JsonDeserialize(as = ImmutableSponsorStoppedTrading.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSponsorStoppedTrading.class)
public non-sealed abstract class SponsorStoppedTrading implements SponsorEvent, WithSponsorStoppedTrading {

  /** The stable JSON type name. */
  public static final String TYPE = "sponsor.stopped-trading";

  /** The day the organisation stopped trading or entered insolvency. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return which of the two} */
  public abstract TradingChangeKind change();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.SPONSOR_STOPPED_TRADING;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SponsorStoppedTrading}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSponsorStoppedTrading.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "SponsorStoppedTrading");
  }
}
