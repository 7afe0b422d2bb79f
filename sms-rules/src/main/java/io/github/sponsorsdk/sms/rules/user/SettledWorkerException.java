package io.github.sponsorsdk.sms.rules.user;

import io.github.sponsorsdk.sms.core.route.Route;
import java.util.Optional;

/**
 * Why a licence may have no settled worker among its Level 1 users. Which of these are recognised on a date is the
 * date-effective parameter {@link UserParameters#settledWorkerExceptions()}; the sponsor declares which apply to it.
 */
public enum SettledWorkerException {
  /** (a) A diplomatic mission or international organisation licensed under Temporary Work - International Agreement. */
  DIPLOMATIC_MISSION_OR_INTERNATIONAL_ORGANISATION(Route.INTERNATIONAL_AGREEMENT),
  /** (b)(1) The Authorising Officer has valid leave as a Representative of an Overseas Business. */
  AO_REPRESENTATIVE_OF_OVERSEAS_BUSINESS(null),
  /** (b)(2) The Authorising Officer has valid leave as a Tier 1 (Graduate Entrepreneur) migrant. */
  AO_TIER_1_GRADUATE_ENTREPRENEUR(null),
  /** (b)(3) The Authorising Officer has valid leave as a Tier 1 (Entrepreneur) migrant. */
  AO_TIER_1_ENTREPRENEUR(null),
  /** Not in Manual 1: the Authorising Officer is an Innovator Founder (one secondary reading of later guidance). */
  AO_INNOVATOR_FOUNDER(null),
  /** Not in Manual 1: the Authorising Officer holds Global Talent permission (one secondary reading). */
  AO_GLOBAL_TALENT(null),
  /** Not in Manual 1: the Authorising Officer is a UK Expansion Worker (one secondary reading). */
  AO_UK_EXPANSION_WORKER(null);

  private final Route requiredRoute;

  SettledWorkerException(Route requiredRoute) {
    this.requiredRoute = requiredRoute;
  }

  /** {@return the route the licence must hold for the exception to apply, if any} */
  public Optional<Route> requiredRoute() {
    return Optional.ofNullable(requiredRoute);
  }
}
