package io.github.sponsorsdk.sms.core.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The "migrated" marker on a licence's route (docs/sources.md#migrated-to-spuk, #sponsor-uk-start). */
class RouteMigrationTest {

  static final LocalDate BETA = LocalDate.of(2024, 10, 24);

  static Licence gaeSponsor() {
    return LicenceTest.workerLicence().withRoutes(Route.SKILLED_WORKER, Route.GOVERNMENT_AUTHORISED_EXCHANGE)
        .withMigrations(RouteMigration.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE, BETA).withCohort("PB1"));
  }

  @Test
  void aMigratedRouteIsServedBySponsorUkFromItsDayAndTheOthersStayOnTheSms() {
    Licence licence = gaeSponsor();
    assertThat(licence.systemFor(Route.GOVERNMENT_AUTHORISED_EXCHANGE, BETA.minusDays(1)))
        .isEqualTo(SponsorshipSystem.SMS);
    assertThat(licence.systemFor(Route.GOVERNMENT_AUTHORISED_EXCHANGE, BETA)).isEqualTo(SponsorshipSystem.SPONSOR_UK);
    assertThat(licence.isMigrated(Route.SKILLED_WORKER, BETA.plusYears(1))).isFalse();
    assertThat(licence.migration(Route.GOVERNMENT_AUTHORISED_EXCHANGE).flatMap(RouteMigration::cohort)).contains("PB1");
    assertThat(Json.roundTrip(licence, Licence.class)).isEqualTo(licence);
    assertThat(Json.roundTrip(licence.migrations().get(0), RouteMigration.class))
        .isEqualTo(licence.migrations().get(0));
  }

  @Test
  void aMarkerForAnUnlicensedRouteOrASecondMarkerIsRefused() {
    assertThatThrownBy(() -> gaeSponsor().withMigrations(RouteMigration.of(Route.SCALE_UP, BETA),
        RouteMigration.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE, BETA),
        RouteMigration.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE, BETA.plusDays(3))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("migrations[0].route", "MigrationOfLicensedRoute"),
                org.assertj.core.groups.Tuple.tuple("migrations[2].route", "OneMigrationPerRoute")));
    assertThatThrownBy(() -> RouteMigration.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE, BETA).withCohort("PB1; drop"))
        .isInstanceOf(InvalidValueException.class);
  }
}
