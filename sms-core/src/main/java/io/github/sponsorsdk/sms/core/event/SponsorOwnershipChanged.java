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
 * O3: a merger, takeover, change of ownership, sale or TUPE transfer. Licences are not transferable: the change is
 * reported, and a new owner without a licence must apply for one. GOV.UK "Your responsibilities"; Immigration Rules
 * Part Suitability SUI 34.1(b); docs/sources.md#sponsor-reporting-duties, row O3.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(SponsorOwnershipChanged.TYPE)
@JsonSerialize(as = ImmutableSponsorOwnershipChanged.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSponsorOwnershipChanged.class)
@JsonDeserialize(as = ImmutableSponsorOwnershipChanged.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSponsorOwnershipChanged.class)
public non-sealed abstract class SponsorOwnershipChanged implements SponsorEvent, WithSponsorOwnershipChanged {

  /** The stable JSON type name. */
  public static final String TYPE = "sponsor.ownership-changed";

  /** The day the change took effect (the date of the transfer). */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return what happened} */
  public abstract OwnershipChangeKind change();

  /**
   * {@return true when the new owner holds no sponsor licence and must apply for one to keep sponsoring the workers}
   */
  @Value.Default
  public boolean newOwnerMustApplyForLicence() {
    return false;
  }

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.SPONSOR_OWNERSHIP_CHANGED;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SponsorOwnershipChanged}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSponsorOwnershipChanged.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "SponsorOwnershipChanged");
  }
}
