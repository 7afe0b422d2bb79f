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
 * O7: after a downgrade to B rating the sponsor is given an action plan, whose fee must be paid or the licence is
 * revoked. docs/sources.md#sponsor-reporting-duties, row O7.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(SponsorActionPlanIssued.TYPE)
@JsonSerialize(as = ImmutableSponsorActionPlanIssued.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSponsorActionPlanIssued.class)
@JsonDeserialize(as = ImmutableSponsorActionPlanIssued.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSponsorActionPlanIssued.class)
public non-sealed abstract class SponsorActionPlanIssued implements SponsorEvent, WithSponsorActionPlanIssued {

  /** The stable JSON type name. */
  public static final String TYPE = "sponsor.action-plan-issued";

  /** The day UKVI told the sponsor of the downgrade and action plan. */
  @Override
  public abstract LocalDate occurredOn();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.SPONSOR_ACTION_PLAN_ISSUED;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SponsorActionPlanIssued}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSponsorActionPlanIssued.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "SponsorActionPlanIssued");
  }
}
