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
 * O4: a change in the relationship with an overseas business that sent workers (Global Business Mobility), or to a
 * contract covering secondment workers or service suppliers. GOV.UK "Your responsibilities";
 * docs/sources.md#sponsor-reporting-duties, row O4.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(SponsorOverseasRelationshipChanged.TYPE)
@JsonSerialize(as = ImmutableSponsorOverseasRelationshipChanged.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSponsorOverseasRelationshipChanged.class)
@JsonDeserialize(as = ImmutableSponsorOverseasRelationshipChanged.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSponsorOverseasRelationshipChanged.class)
public non-sealed abstract class SponsorOverseasRelationshipChanged implements SponsorEvent, WithSponsorOverseasRelationshipChanged {

  /** The stable JSON type name. */
  public static final String TYPE = "sponsor.overseas-relationship-changed";

  /** The day the change took effect. */
  @Override
  public abstract LocalDate occurredOn();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.SPONSOR_OVERSEAS_RELATIONSHIP_CHANGED;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SponsorOverseasRelationshipChanged}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSponsorOverseasRelationshipChanged.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "SponsorOverseasRelationshipChanged");
  }
}
