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
 * O5: a change of organisation or branch name or address, other licence details, or key personnel. GOV.UK "Your
 * responsibilities"; the 20-working-day figure comes from secondary sources
 * (docs/sources.md#sponsor-reporting-duties, row O5).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(SponsorDetailsChanged.TYPE)
@JsonSerialize(as = ImmutableSponsorDetailsChanged.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSponsorDetailsChanged.class)
@JsonDeserialize(as = ImmutableSponsorDetailsChanged.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSponsorDetailsChanged.class)
public non-sealed abstract class SponsorDetailsChanged implements SponsorEvent, WithSponsorDetailsChanged {

  /** The stable JSON type name. */
  public static final String TYPE = "sponsor.details-changed";

  /** The day the change took effect. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return what changed} */
  public abstract SponsorDetailsChangeKind change();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.SPONSOR_DETAILS_CHANGED;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SponsorDetailsChanged}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSponsorDetailsChanged.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "SponsorDetailsChanged");
  }
}
