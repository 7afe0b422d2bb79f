package io.github.sponsorsdk.sms.testkit.scenario;

import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;

/** The common setups, ready to adjust. */
public final class Scenarios {
  private Scenarios() {}

  /** {@return an empty scenario: add routes, ratings and allocations} */
  public static SponsorScenario sponsor() {
    return new SponsorScenario();
  }

  /** {@return an A-rated Skilled Worker sponsor with one Level 1 user (the Authorising Officer) and 10 CoS} */
  public static SponsorScenario skilledWorkerSponsor() {
    return sponsor().route(Route.SKILLED_WORKER, Rating.A).allocation(Route.SKILLED_WORKER, 10);
  }

  /**
   * {@return a Student sponsor with a BDT batch: the sponsor of {@link #studentSponsor()}, granted in {@code sms},
   * whose Level 1 user has uploaded a file of {@code records} CAS (built by {@link BdtBatches}); the CAS are CREATED,
   * ready to assign} Returns the sponsor; the upload is in {@code sms.snapshot().uploads()}.
   *
   * @param sms the fake
   * @param records how many CAS records
   */
  public static Sponsor studentSponsorWithBdtBatch(io.github.sponsorsdk.sms.testkit.InMemorySms sms, int records) {
    Sponsor s = studentSponsor().grant(sms);
    var upload = sms.uploadBdt(s.signIn(), BdtBatches.casBatch(s.licenceNumber(), records));
    if (upload.isRefused() || upload.orElseThrow().created().size() != records) {
      throw new IllegalStateException("the scenario's BDT batch was not fully accepted: " + upload.decision());
    }
    return s;
  }

  /** {@return a Student sponsor (track record) with one Level 1 user and 50 CAS} */
  public static SponsorScenario studentSponsor() {
    return sponsor().licenceNumber("E4ABC1234").organisation("Example College")
        .route(Route.STUDENT, Rating.STUDENT_SPONSOR_TRACK_RECORD).allocation(Route.STUDENT, 50);
  }
}
