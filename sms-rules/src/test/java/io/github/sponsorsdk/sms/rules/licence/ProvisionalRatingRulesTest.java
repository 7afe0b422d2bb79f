package io.github.sponsorsdk.sms.rules.licence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.rules.testing.Fixtures;
import io.github.sponsorsdk.sms.rules.testing.PermissionFixtures;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A provisional rating: one CoS, issued in the Authorising Officer's name (docs/sources.md#secondary-licence). */
class ProvisionalRatingRulesTest {
  static final ProvisionalRatingRules RULES = ProvisionalRatingRules.defaults();
  static final Licence PROVISIONAL = PermissionFixtures.licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
      Rating.PROVISIONAL, LocalDate.of(2034, 9, 30), Route.GBM_UK_EXPANSION_WORKER);
  static final MigrantDetails OKAFOR = Fixtures.migrant(true);
  static final UserProfile AO = PermissionFixtures.profile("Chidi", "Okafor", false).withForenames(" chidi  daniel")
      .withSurname("OKAFOR ");

  @Test
  void theFirstCosInTheAuthorisingOfficersNameIsAllowed() {
    assertThat(RULES.decideAssignment(PROVISIONAL, Route.GBM_UK_EXPANSION_WORKER, 0, OKAFOR, Optional.of(AO))
        .isAllowed()).isTrue();
  }

  @Test
  void aSecondCosOrAnotherPersonOrNoKnownOfficerIsRefusedWithEveryReason() {
    UserProfile someoneElse = PermissionFixtures.profile("Dj", "Don", true);
    assertThat(RULES.decideAssignment(PROVISIONAL, Route.GBM_UK_EXPANSION_WORKER, 1, OKAFOR,
        Optional.of(someoneElse)).codes()).containsExactly("provisional.PROVISIONAL_ONE_COS_ONLY",
        "provisional.PROVISIONAL_COS_FOR_AUTHORISING_OFFICER_ONLY");
    assertThat(RULES.decideAssignment(PROVISIONAL, Route.GBM_UK_EXPANSION_WORKER, 0, OKAFOR, Optional.empty())
        .codes()).containsExactly("provisional.PROVISIONAL_AUTHORISING_OFFICER_UNKNOWN");
    assertThat(RULES.decideAssignment(PROVISIONAL, Route.GBM_UK_EXPANSION_WORKER, 0, OKAFOR,
        Optional.of(someoneElse)).refusals().get(0).message()).contains("Dj Don").contains("Chidi Daniel Okafor");
  }

  @Test
  void otherRatingsAreNotLimited() {
    Licence rated = PROVISIONAL.withRatings(java.util.Map.of(Route.GBM_UK_EXPANSION_WORKER.category(), Rating.A));
    assertThat(RULES.decideAssignment(rated, Route.GBM_UK_EXPANSION_WORKER, 5, OKAFOR, Optional.empty())
        .isAllowed()).isTrue();
  }
}
