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
 * O2: a substantial change in the nature of the sponsor's business. GOV.UK "Your responsibilities";
 * docs/sources.md#sponsor-reporting-duties,
 * row O2.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(SponsorBusinessChanged.TYPE)
@JsonSerialize(as = ImmutableSponsorBusinessChanged.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSponsorBusinessChanged.class)
@JsonDeserialize(as = ImmutableSponsorBusinessChanged.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSponsorBusinessChanged.class)
public non-sealed abstract class SponsorBusinessChanged implements SponsorEvent, WithSponsorBusinessChanged {

  /** The stable JSON type name. */
  public static final String TYPE = "sponsor.business-changed";

  /** The day the change took effect. */
  @Override
  public abstract LocalDate occurredOn();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.SPONSOR_BUSINESS_CHANGED;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SponsorBusinessChanged}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSponsorBusinessChanged.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "SponsorBusinessChanged");
  }
}
