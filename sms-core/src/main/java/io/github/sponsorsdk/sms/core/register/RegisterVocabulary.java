package io.github.sponsorsdk.sms.core.register;

import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The register's rating and route strings and their typed meaning. Package-private: the table is documented on
 * {@link RegisterParser}.
 */
final class RegisterVocabulary {
  private RegisterVocabulary() {}

  /** A category and rating read from one cell. */
  record CategoryRating(RouteCategory category, Rating rating) {}

  /** What a route string means: a route, or "known but unmapped". */
  record RouteReading(Optional<Route> route) {}

  /** {@code Worker (A rating)}, {@code Tier 2 (A (SME+))}, {@code Worker (UK Expansion Worker: Provisional )}. */
  private static final Pattern TYPE_AND_RATING =
      Pattern.compile("(Temporary Worker|Worker|Tier 2|Tier 5)\\s*\\((.*)\\)");

  private static final Map<String, Rating> WORKER_RATINGS = Map.of(
      "A rating", Rating.A,
      "B rating", Rating.B,
      "A (Premium)", Rating.A_PREMIUM,
      "A (SME+)", Rating.A_SME_PLUS,
      "UK Expansion Worker: Provisional", Rating.PROVISIONAL,
      "Probationary Sponsor", Rating.PROBATIONARY_SPONSOR);

  private static final Map<String, Rating> STUDENT_STATUSES = Map.of(
      "Student Sponsor", Rating.STUDENT_SPONSOR,
      "Student Sponsor - Track Record", Rating.STUDENT_SPONSOR_TRACK_RECORD,
      "Probationary Sponsor", Rating.PROBATIONARY_SPONSOR);

  /** Strings that name one route whatever the category column says. */
  private static final Map<String, Route> ROUTES = new HashMap<>();

  static {
    for (Route r : Route.values()) {
      ROUTES.put(r.displayName(), r);
    }
    // Skilled Worker replaced Tier 2 (General) on 1 December 2020; sponsors were converted.
    ROUTES.put("Tier 2 General", Route.SKILLED_WORKER);
    ROUTES.put("Tier 2 Ministers of Religion", Route.MINISTER_OF_RELIGION);
    // Tier 2 (Intra-company Transfer) became the Intra-company routes in December 2020.
    ROUTES.put("Intra Company Transfers (ICT)", Route.INTRA_COMPANY);
  }

  /** Strings known to the register whose route depends on the category, or has no single successor. */
  private static final Set<String> CATEGORY_DEPENDENT = Set.of(
      "Religious Workers", "Exchange", "Sport", "Creative & Sporting", "Voluntary Workers");

  /** The category and rating of a workers register cell; empty when not one of the known strings. */
  static Optional<CategoryRating> workerRating(String text) {
    Matcher m = TYPE_AND_RATING.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    RouteCategory category = m.group(1).equals("Worker") || m.group(1).equals("Tier 2")
        ? RouteCategory.WORKER : RouteCategory.TEMPORARY_WORKER;
    Rating rating = WORKER_RATINGS.get(m.group(2).trim());
    if (rating == null || !rating.appliesTo(category)) {
      return Optional.empty();
    }
    return Optional.of(new CategoryRating(category, rating));
  }

  /** The rating of a students register {@code Status} cell. */
  static Optional<Rating> studentRating(String text) {
    return Optional.ofNullable(STUDENT_STATUSES.get(text.trim()));
  }

  /**
   * The reading of a route cell in {@code category}; empty when the string is unknown (a finding), a reading with
   * an empty route when it is known but has no clear single route.
   */
  static Optional<RouteReading> route(String text, RouteCategory category) {
    String t = text.trim();
    Route direct = ROUTES.get(t);
    if (direct != null) {
      return Optional.of(new RouteReading(Optional.of(direct)));
    }
    if (!CATEGORY_DEPENDENT.contains(t)) {
      return Optional.empty();
    }
    boolean temporary = category == RouteCategory.TEMPORARY_WORKER;
    Optional<Route> route;
    switch (t) {
      case "Religious Workers":
        route = temporary ? Optional.of(Route.RELIGIOUS_WORKER) : Optional.empty();
        break;
      case "Exchange":
        route = temporary ? Optional.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE) : Optional.empty();
        break;
      case "Sport":
        route = category == RouteCategory.WORKER ? Optional.of(Route.INTERNATIONAL_SPORTSPERSON) : Optional.empty();
        break;
      default:
        route = Optional.empty();
    }
    return Optional.of(new RouteReading(route));
  }
}
