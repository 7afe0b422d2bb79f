package io.github.sponsorsdk.sms.testkit.scenario;

import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;

/** The common setups, ready to adjust. */
public final class Scenarios {
  private Scenarios() {}

  /** An empty scenario: add routes, ratings and allocations. */
  public static SponsorScenario sponsor() {
    return new SponsorScenario();
  }

  /** An A-rated Skilled Worker sponsor with one Level 1 user (the Authorising Officer) and 10 CoS. */
  public static SponsorScenario skilledWorkerSponsor() {
    return sponsor().route(Route.SKILLED_WORKER, Rating.A).allocation(Route.SKILLED_WORKER, 10);
  }

  /** A Student sponsor (track record) with one Level 1 user and 50 CAS. */
  public static SponsorScenario studentSponsor() {
    return sponsor().licenceNumber("E4ABC1234").organisation("Example College")
        .route(Route.STUDENT, Rating.STUDENT_SPONSOR_TRACK_RECORD).allocation(Route.STUDENT, 50);
  }
}
