package io.github.sponsorsdk.sms.core.register;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a register of licensed sponsors, typed: one organisation, one category and rating, one route, as the
 * register lists them (an organisation licensed for three routes has three rows).
 *
 * <p>Text fields are trimmed: the register pads some names ({@code " McMullan Shellfish"},
 * {@code "COST CUTTER RUGBY LIMITED    "}) and the padding carries no meaning. Empty and blank cells are absent.
 * The raw rating and route strings are kept beside their typed forms so nothing is lost.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableRegisterEntry.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRegisterEntry.class)
@JsonDeserialize(as = ImmutableRegisterEntry.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRegisterEntry.class)
public abstract class RegisterEntry implements WithRegisterEntry {

  /** {@return the physical line (1 = header) the row starts on} */
  @Positive
  public abstract long line();

  /** {@return the layout of the file the row came from} */
  public abstract RegisterFormat format();

  /**
   * {@return {@code Organisation Name} (workers), {@code Organization Name} (pre-2021) or {@code Sponsor Name},
   * trimmed}
   */
  @NotBlank
  public abstract String organisationName();

  /** {@return the town or city, when the row gives one} */
  public abstract Optional<String> town();

  /** {@return workers registers only} */
  public abstract Optional<String> county();

  /**
   * {@return from the rating text: {@code Worker}/{@code Tier 2} or {@code Temporary Worker}/{@code Tier 5}; Student}
   */
  public abstract RouteCategory category();

  /** {@return the rating, typed from the "Type &amp; Rating" cell} */
  public abstract Rating rating();

  /** {@return the rating cell as found, trimmed, e.g. {@code "Worker (UK Expansion Worker: Provisional )"}} */
  @NotBlank
  public abstract String ratingText();

  /** {@return the route cell as found, trimmed, e.g. {@code "Religious Workers"}} */
  @NotBlank
  public abstract String routeText();

  /**
   * {@return the route, where {@link #routeText()} maps to one without guessing; empty for the strings listed as
   * unmapped in {@link RegisterParser}}
   */
  public abstract Optional<Route> route();

  /** {@return students register: {@code Additional Locations}} */
  public abstract Optional<String> additionalLocations();

  /** {@return students register: {@code Sponsor Type}, e.g. {@code "Higher Education Institution (HEI)"}} */
  public abstract Optional<String> sponsorType();

  /** {@return students register: {@code Immigration Compliance}, blank or {@code "Subject To Action Plan"}} */
  public abstract Optional<String> immigrationCompliance();

  /** {@return true when the route string mapped to a {@link Route}} */
  @JsonIgnore
  public boolean isRouteMapped() {
    return route().isPresent();
  }

  /** {@return students register: true when {@code Immigration Compliance} reads "Subject To Action Plan"} */
  @JsonIgnore
  public boolean isSubjectToActionPlan() {
    return immigrationCompliance().filter("Subject To Action Plan"::equalsIgnoreCase).isPresent();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code RegisterEntry}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableRegisterEntry.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
