package io.github.sponsorsdk.sms.core.licence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A sponsor licence as the SMS Licence summary shows it: number, organisation, status, one rating per category held,
 * the routes licensed, its dates and its current allocations.
 *
 * <p>Cross-field rules, all reported together in one {@link io.github.sponsorsdk.sms.core.value.InvalidValueException}:
 * <ul>
 *   <li>every licensed route's category has a rating, and every rating is for a category the routes cover (a licence
 *       is rated per category, docs/sources.md#secondary-licence);
 *   <li>each rating applies to its category ({@link Rating#appliesTo}): no {@code STUDENT_SPONSOR} for Workers;
 *   <li>the expiry date is after the start date;
 *   <li>every allocation is for a licensed route, and allocations of one route do not overlap in time;
 *   <li>every migration marker ({@link #migrations()}) is for a licensed route, at most one per route.
 * </ul>
 *
 * <p><b>Expiry date kept, not optional.</b> Since 6 April 2024 licences no longer need renewal, but SMS did not
 * remove the date: it extended the expiry of every licence due to expire on or after that day by 10 years (SMS
 * message of 24 January 2024, docs/sources.md#sms-message-2024-01-24). The date is what SMS shows; whether it still
 * ends the licence is a
 * rule for sms-rules.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableLicence.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLicence.class)
@JsonDeserialize(as = ImmutableLicence.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLicence.class)
public abstract class Licence implements WithLicence {

  /** {@return the sponsor licence number, normalised} */
  public abstract SponsorLicenceNumber number();

  /** {@return the organisation's name as licensed, trimmed} */
  @NotBlank
  public abstract String organisationName();

  /** {@return the town of the sponsor's address, when the licence records one} */
  public abstract Optional<String> town();

  /** {@return the county of the sponsor's address, when the licence records one} */
  public abstract Optional<String> county();

  /** {@return the licence status: what the sponsor may do in the SMS depends on it (Manual 1, licence statuses)} */
  public abstract LicenceStatus status();

  /** {@return the rating held in each category; keys are exactly the categories of {@link #routes()}} */
  public abstract Map<RouteCategory, Rating> ratings();

  /** {@return the routes the licence covers} */
  @NotEmpty
  public abstract Set<Route> routes();

  /** {@return the day the licence was granted} */
  public abstract LocalDate startDate();

  /** {@return the expiry date SMS shows (extended by 10 years for licences due to expire on or after 6 April 2024)} */
  public abstract LocalDate expiryDate();

  /**
   * {@return the end of the current Student Sponsor status period (from 10 July 2024 the Basic Compliance Assessment
   * renewal date), as the Licence summary shows "Student Sponsor status start/end dates and Basic Compliance Assessment
   * application / renewal dates (if applicable)"; empty when the licence holds no such status}
   */
  public abstract Optional<LocalDate> studentStatusEndDate();

  /** {@return current and past allocations, per route and allocation year} */
  public abstract List<Allocation> allocations();

  /**
   * {@return the licence's routes that moved to Sponsor UK, at most one marker per route, each for a licensed route;
   * empty for a licence wholly on the SMS (docs/decisions/0470-sponsor-uk.md)}
   */
  public abstract List<RouteMigration> migrations();

  /**
   * {@return the marker of {@code route}, if it has one}
   *
   * @param route a route of the licence
   */
  public Optional<RouteMigration> migration(Route route) {
    return migrations().stream().filter(m -> m.route() == route).findFirst();
  }

  /**
   * {@return the system serving {@code route} on {@code date}: Sponsor UK from the route's migration, the SMS otherwise
   * (before the migration, or without one)}
   *
   * @param route a route of the licence
   * @param date the day asked about
   */
  public SponsorshipSystem systemFor(Route route, LocalDate date) {
    return migration(route).map(m -> m.systemOn(date)).orElse(SponsorshipSystem.SMS);
  }

  /**
   * {@return true when {@code route} is served by Sponsor UK on {@code date}}
   *
   * @param route a route of the licence
   * @param date the day asked about
   */
  public boolean isMigrated(Route route, LocalDate date) {
    return systemFor(route, date) == SponsorshipSystem.SPONSOR_UK;
  }

  /** {@return the categories the licence holds, from its routes} */
  public Set<RouteCategory> categories() {
    Set<RouteCategory> categories = EnumSet.noneOf(RouteCategory.class);
    routes().forEach(r -> categories.add(r.category()));
    return categories;
  }

  /**
   * {@return the rating in {@code category}, empty when the licence does not hold that category}
   *
   * @param category the route category (worker, temporary worker, student)
   */
  public Optional<Rating> rating(RouteCategory category) {
    return Optional.ofNullable(ratings().get(category));
  }

  /**
   * {@return the rating that governs {@code route}, empty when the route is not licensed}
   *
   * @param route the route
   */
  public Optional<Rating> ratingFor(Route route) {
    return routes().contains(route) ? rating(route.category()) : Optional.empty();
  }

  /**
   * {@return true when {@code route} is licensed}
   *
   * @param route the route
   */
  public boolean covers(Route route) {
    return routes().contains(route);
  }

  /**
   * {@return the allocation for {@code route} whose year covers {@code date}, if any}
   *
   * @param route the route
   * @param date the day the allocation year must cover
   */
  public Optional<Allocation> allocation(Route route, LocalDate date) {
    return allocations().stream().filter(a -> a.route() == route && a.covers(date)).findFirst();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Licence}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableLicence.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> violations = new ArrayList<>(ValueValidation.violations(this));
    Set<RouteCategory> held = categories();
    for (RouteCategory category : held) {
      if (!ratings().containsKey(category)) {
        violations.add(Violation.of("ratings[" + category + "]", "null", "RatingPerCategory",
            "a rating is required for every category of the licensed routes"));
      }
    }
    ratings().forEach((category, rating) -> {
      if (!held.contains(category)) {
        violations.add(Violation.of("ratings[" + category + "]", rating.name(), "RatingPerCategory",
            "is a rating for a category none of the licensed routes is in"));
      } else if (!rating.appliesTo(category)) {
        violations.add(Violation.of("ratings[" + category + "]", rating.name(), "RatingAppliesToCategory",
            "does not apply to category " + category + " (applies to " + rating.categories() + ")"));
      }
    });
    if (!expiryDate().isAfter(startDate())) {
      violations.add(Violation.of("expiryDate", expiryDate().toString(), "ExpiryAfterStart",
          "must be after startDate " + startDate()));
    }
    for (int i = 0; i < allocations().size(); i++) {
      Allocation a = allocations().get(i);
      if (!routes().contains(a.route())) {
        violations.add(Violation.of("allocations[" + i + "].route", a.route().name(), "AllocationForLicensedRoute",
            "is not a licensed route"));
      }
      for (int j = 0; j < i; j++) {
        Allocation b = allocations().get(j);
        if (a.route() == b.route() && a.yearStart().isBefore(b.yearEndExclusive())
            && b.yearStart().isBefore(a.yearEndExclusive())) {
          violations.add(Violation.of("allocations[" + i + "]", a.yearStart() + "/" + a.yearEndExclusive(),
              "AllocationYearsDisjoint", "overlaps allocations[" + j + "] of the same route"));
        }
      }
    }
    for (int i = 0; i < migrations().size(); i++) {
      RouteMigration m = migrations().get(i);
      if (!routes().contains(m.route())) {
        violations.add(Violation.of("migrations[" + i + "].route", m.route().name(), "MigrationOfLicensedRoute",
            "is not a licensed route"));
      }
      for (int j = 0; j < i; j++) {
        if (migrations().get(j).route() == m.route()) {
          violations.add(Violation.of("migrations[" + i + "].route", m.route().name(), "OneMigrationPerRoute",
              "already has a migration marker at migrations[" + j + "]"));
        }
      }
    }
    violations.sort(java.util.Comparator.comparing(Violation::path).thenComparing(Violation::rule));
    ValueValidation.requireNone("Licence", violations);
  }
}
