package io.github.sponsorsdk.sms.rules.migration;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.RouteMigration;
import io.github.sponsorsdk.sms.core.licence.SponsorshipSystem;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SMS and Sponsor UK side by side: a licence's route is served by one of them on a given day
 * ({@link Licence#systemFor}), and a function of the other is refused with a reason that says where to go. A route
 * may be marked migrated only on a day the roll-out ({@link MigrationParameters}) opens it.
 *
 * <pre>{@code
 * MigrationRules rules = MigrationRules.defaults();
 * rules.decide(licence, Route.GOVERNMENT_AUTHORISED_EXCHANGE, SponsorshipSystem.SMS, LocalDate.of(2026, 3, 2))
 *     .codes();   // [migration.ROUTE_MIGRATED_TO_SPONSOR_UK] when the licence's GAE route has moved
 * rules.decideMigration(RouteMigration.of(Route.SKILLED_WORKER, LocalDate.of(2026, 3, 2)))
 *     .codes();   // [migration.MIGRATION_NOT_OPEN]: only GAE is open in the private beta
 * }</pre>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link MigrationParameters#defaults()} (GAE from 24 October 2024); {@link #of(MigrationParameters)} takes others;
 * {@link #parameters()} returns them. Immutable and thread-safe. <b>Verbs:</b> {@code decide} (may a function of a
 * system be used for a route) and {@code decideMigration} (may a route be marked migrated), each a
 * {@code Decision}; the query {@code routesOpen}.
 */
public final class MigrationRules {

  private static final MigrationRules DEFAULTS = new MigrationRules(MigrationParameters.defaults());

  private final MigrationParameters parameters;

  private MigrationRules(MigrationParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the rules with {@link MigrationParameters#defaults()}} */
  public static MigrationRules defaults() {
    return DEFAULTS;
  }

  /**
   * The rules with {@code parameters}.
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   * @return the rules
   */
  public static MigrationRules of(MigrationParameters parameters) {
    return new MigrationRules(parameters);
  }

  /** {@return the parameters this engine reads} */
  public MigrationParameters parameters() {
    return parameters;
  }

  /**
   * {@return the routes open to Sponsor UK on {@code date}; empty before the roll-out}
   *
   * @param date the day asked about
   */
  public Set<Route> routesOpen(LocalDate date) {
    return parameters.routesOpen().find(date).map(DatedValue::value).orElse(Set.of());
  }

  /**
   * May a function of {@code system} be used for {@code route} of {@code licence} on {@code date}? Refused when the
   * route is served by the other system: an SMS certificate function on a migrated route, a Sponsor UK submission on
   * a route still on the SMS. Whether the route is licensed at all is the permission engine's question.
   *
   * @param licence the licence
   * @param route the route
   * @param system the system whose function is used
   * @param date the day of the use
   * @return allowed, or refused naming the system that serves the route
   */
  public Decision decide(Licence licence, Route route, SponsorshipSystem system, LocalDate date) {
    SponsorshipSystem serving = licence.systemFor(route, date);
    if (serving == system) {
      return Decision.of(MigrationReasonCode.ROUTE_SERVED.reason(Map.of("route", route.displayName(), "licence",
          licence.number(), "system", system.label(), "date", date)));
    }
    if (system == SponsorshipSystem.SMS) {
      RouteMigration m = licence.migration(route).orElseThrow();
      return Decision.of(MigrationReasonCode.ROUTE_MIGRATED_TO_SPONSOR_UK.reason(Map.of("route",
          route.displayName(), "licence", licence.number(), "from", m.from(), "date", date)));
    }
    return Decision.of(MigrationReasonCode.ROUTE_NOT_ON_SPONSOR_UK.reason(Map.of("route", route.displayName(),
        "licence", licence.number(), "date", date)));
  }

  /**
   * May {@code migration}'s route be marked migrated from its day? Only when the roll-out opens the route then.
   *
   * @param migration the marker to set
   * @return allowed, or refused when the roll-out does not open the route that day
   */
  public Decision decideMigration(RouteMigration migration) {
    Optional<DatedValue<Set<Route>>> version = parameters.routesOpen().find(migration.from());
    Set<Route> open = version.map(DatedValue::value).orElse(Set.of());
    if (open.contains(migration.route())) {
      return Decision.of(MigrationReasonCode.MIGRATION_OPEN.reason(Map.of("route", migration.route().displayName(),
          "from", migration.from())).withCitation(version.get().citation()));
    }
    TreeSet<String> names = new TreeSet<>();
    open.forEach(r -> names.add(r.displayName()));
    return Decision.of(MigrationReasonCode.MIGRATION_NOT_OPEN.reason(Map.of("route", migration.route().displayName(),
        "from", migration.from(), "openRoutes", names.isEmpty() ? "none" : String.join(", ", names))));
  }
}
