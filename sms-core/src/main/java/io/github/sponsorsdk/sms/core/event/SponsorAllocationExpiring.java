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
 * O8: an annual CoS or CAS allocation expires; unless it renews automatically the sponsor requests a renewal in the
 * 3 months before expiry. docs/sources.md#sponsor-reporting-duties, row O8; SMS Manual 1 (email notice of allocation
 * expiry).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(SponsorAllocationExpiring.TYPE)
@JsonSerialize(as = ImmutableSponsorAllocationExpiring.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSponsorAllocationExpiring.class)
@JsonDeserialize(as = ImmutableSponsorAllocationExpiring.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSponsorAllocationExpiring.class)
public non-sealed abstract class SponsorAllocationExpiring implements SponsorEvent, WithSponsorAllocationExpiring {

  /** The stable JSON type name. */
  public static final String TYPE = "sponsor.allocation-expiring";

  /** The day the allocation expires. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return true when the allocation renews automatically, so no request is needed} */
  @Value.Default
  public boolean autoRenewed() {
    return false;
  }

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.SPONSOR_ALLOCATION_EXPIRING;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SponsorAllocationExpiring}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSponsorAllocationExpiring.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "SponsorAllocationExpiring");
  }
}
