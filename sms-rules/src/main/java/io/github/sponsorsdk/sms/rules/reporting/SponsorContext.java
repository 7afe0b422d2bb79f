package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the duties depend on about the sponsor itself. All optional: an empty {@link #licensedCategories()} means
 * "not stated" and no category check is made.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSponsorContext.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSponsorContext.class)
@JsonDeserialize(as = ImmutableSponsorContext.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSponsorContext.class)
public abstract class SponsorContext implements WithSponsorContext {

  /** {@return the licence number, when known} */
  public abstract Optional<SponsorLicenceNumber> licenceNumber();

  /**
   * {@return the licence categories held} When not empty, worker events need {@link RouteCategory#WORKER} or
   * {@link RouteCategory#TEMPORARY_WORKER} and student events {@link RouteCategory#STUDENT}; otherwise the duty is
   * {@link DutyStatus#UNDETERMINED}.
   */
  public abstract Set<RouteCategory> licensedCategories();

  /** {@return true for a sponsor with a provisional rating in the UK Expansion Worker route (duty W11)} */
  @Value.Default
  public boolean provisionalUkExpansionSponsor() {
    return false;
  }

  /** {@return a context that states nothing} */
  public static SponsorContext unspecified() {
    return ImmutableSponsorContext.builder().build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SponsorContext}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSponsorContext.Builder {
    Builder() {}
  }
}
