package io.github.sponsorsdk.sms.core.register;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The rows of one organisation in a register, grouped: what a licence looks like from the public register.
 *
 * <p>The register has no licence number, so an organisation is identified by its trimmed name, town and county
 * together (two "Acme Ltd" in different towns are two sponsors). Ratings are kept per category as sets: the register
 * should give one rating per category, but if its rows disagree both are shown rather than one picked.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableRegisteredSponsor.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRegisteredSponsor.class)
@JsonDeserialize(as = ImmutableRegisteredSponsor.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRegisteredSponsor.class)
public abstract class RegisteredSponsor implements WithRegisteredSponsor {

  /** {@return the organisation name, trimmed} */
  @NotBlank
  public abstract String organisationName();

  /** {@return the town or city, as the register gives it, when given} */
  public abstract Optional<String> town();

  /** {@return the county, as the register gives it, when given} */
  public abstract Optional<String> county();

  /** {@return the rows, in register order; all for this organisation} */
  @NotEmpty
  public abstract List<RegisterEntry> entries();

  /** {@return the categories of the rows} */
  public Set<RouteCategory> categories() {
    Set<RouteCategory> set = EnumSet.noneOf(RouteCategory.class);
    entries().forEach(e -> set.add(e.category()));
    return set;
  }

  /**
   * {@return the ratings the rows give for {@code category}: normally one}
   *
   * @param category the route category
   */
  public Set<Rating> ratings(RouteCategory category) {
    return entries().stream().filter(e -> e.category() == category).map(RegisterEntry::rating)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rating.class)));
  }

  /**
   * {@return the rating in {@code category} when the rows agree on exactly one}
   *
   * @param category the route category
   */
  public Optional<Rating> rating(RouteCategory category) {
    Set<Rating> ratings = ratings(category);
    return ratings.size() == 1 ? Optional.of(ratings.iterator().next()) : Optional.empty();
  }

  /** {@return the mapped routes} */
  public Set<Route> routes() {
    Set<Route> set = EnumSet.noneOf(Route.class);
    entries().forEach(e -> e.route().ifPresent(set::add));
    return set;
  }

  /** {@return the route strings that did not map to a {@link Route}, as found} */
  public Set<String> unmappedRoutes() {
    return entries().stream().filter(e -> e.route().isEmpty()).map(RegisterEntry::routeText)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Groups {@code entries} by organisation (name, town, county), keeping the order of first appearance.
   *
   * @param entries the register's rows, in file order
   * @return one sponsor per organisation
   */
  public static List<RegisteredSponsor> group(Collection<RegisterEntry> entries) {
    Map<List<Object>, ImmutableRegisteredSponsor.Builder> groups = new LinkedHashMap<>();
    for (RegisterEntry e : entries) {
      List<Object> key = List.of(e.organisationName(), e.town().orElse(""), e.county().orElse(""));
      groups.computeIfAbsent(key, k -> ImmutableRegisteredSponsor.builder()
          .organisationName(e.organisationName()).town(e.town()).county(e.county())).addEntry(e);
    }
    List<RegisteredSponsor> result = new ArrayList<>(groups.size());
    groups.values().forEach(b -> result.add(b.build()));
    return result;
  }

  @Value.Check
  void check() {
    List<Violation> violations = new ArrayList<>(ValueValidation.violations(this));
    for (int i = 0; i < entries().size(); i++) {
      RegisterEntry e = entries().get(i);
      if (!e.organisationName().equals(organisationName()) || !Objects.equals(e.town(), town())
          || !Objects.equals(e.county(), county())) {
        violations.add(Violation.of("entries[" + i + "]", e.organisationName(), "SameOrganisation",
            "must have the sponsor's organisation name, town and county"));
      }
    }
    ValueValidation.requireNone("RegisteredSponsor", violations);
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code RegisteredSponsor}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableRegisteredSponsor.Builder {
    Builder() {}
  }
}
