package io.github.sponsorsdk.sms.rules.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.licence.RouteMigration;
import io.github.sponsorsdk.sms.core.licence.SponsorshipSystem;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import io.github.sponsorsdk.sms.rules.testing.Json;
import io.github.sponsorsdk.sms.rules.testing.PermissionFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SMS and Sponsor UK side by side (docs/sources.md#sponsor-uk-start, docs/sources.md#migrated-to-spuk). */
class MigrationRulesTest {

  static final MigrationRules RULES = MigrationRules.defaults();
  static final LocalDate BETA = LocalDate.of(2024, 10, 24);
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  static Licence pb1Sponsor() {
    return PermissionFixtures.licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A, LocalDate.of(2034, 9, 30),
        Route.SKILLED_WORKER, Route.GOVERNMENT_AUTHORISED_EXCHANGE)
        .withMigrations(RouteMigration.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE, BETA).withCohort("PB1"));
  }

  @Test
  void aMigratedRouteRefusesTheSmsAndAnUnmigratedRouteRefusesSponsorUk() {
    Licence licence = pb1Sponsor();
    Decision sms = RULES.decide(licence, Route.GOVERNMENT_AUTHORISED_EXCHANGE, SponsorshipSystem.SMS, TODAY);
    assertThat(sms.codes()).containsExactly("migration.ROUTE_MIGRATED_TO_SPONSOR_UK");
    assertThat(sms.refusals().get(0).message()).isEqualTo("Government Authorised Exchange of licence QHDGHB91X "
        + "moved to Sponsor UK on 2024-10-24: the SMS's certificate functions are closed for it on 2026-03-02; "
        + "make a sponsorship submission instead");
    assertThat(sms.uncertainties()).hasSize(1);
    assertThat(RULES.decide(licence, Route.GOVERNMENT_AUTHORISED_EXCHANGE, SponsorshipSystem.SPONSOR_UK, TODAY)
        .codes()).containsExactly("migration.ROUTE_SERVED");
    assertThat(RULES.decide(licence, Route.SKILLED_WORKER, SponsorshipSystem.SPONSOR_UK, TODAY).codes())
        .containsExactly("migration.ROUTE_NOT_ON_SPONSOR_UK");
    assertThat(RULES.decide(licence, Route.SKILLED_WORKER, SponsorshipSystem.SMS, TODAY).isAllowed()).isTrue();
    // the day before the move the SMS still served the route
    assertThat(RULES.decide(licence, Route.GOVERNMENT_AUTHORISED_EXCHANGE, SponsorshipSystem.SMS,
        BETA.minusDays(1)).isAllowed()).isTrue();
  }

  @Test
  void onlyRoutesTheRollOutOpensMayBeMarkedMigrated() {
    assertThat(RULES.routesOpen(BETA.minusDays(1))).isEmpty();
    assertThat(RULES.routesOpen(BETA)).containsExactly(Route.GOVERNMENT_AUTHORISED_EXCHANGE);
    assertThat(RULES.decideMigration(RouteMigration.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE, BETA)).codes())
        .containsExactly("migration.MIGRATION_OPEN");
    assertThat(RULES.decideMigration(RouteMigration.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE, BETA.minusDays(1)))
        .refusals().get(0).message()).isEqualTo("Government Authorised Exchange is not open to Sponsor UK on "
            + "2024-10-23 (open then: none)");
    assertThat(RULES.decideMigration(RouteMigration.of(Route.SKILLED_WORKER, TODAY)).codes())
        .containsExactly("migration.MIGRATION_NOT_OPEN");
    // a later roll-out step is a new version of the table
    MigrationParameters wider = MigrationParameters.builder().routesOpen(DateEffective.<java.util.Set<Route>>builder()
        .name("migration.routesOpen").addAllVersions(MigrationParameters.defaults().routesOpen().versions())
        .addVersion(DatedValue.of(LocalDate.of(2027, 4, 6), Set.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE,
            Route.SKILLED_WORKER), io.github.sponsorsdk.sms.core.citation.Citation.of(
                io.github.sponsorsdk.sms.core.citation.Source.CALLER_DOCUMENT, "A future announcement",
                LocalDate.of(2027, 1, 1))))
        .build()).build();
    assertThat(MigrationRules.of(wider).decideMigration(RouteMigration.of(Route.SKILLED_WORKER,
        LocalDate.of(2027, 4, 6))).isAllowed()).isTrue();
    assertThat(Json.roundTrip(MigrationParameters.defaults(), MigrationParameters.class))
        .isEqualTo(MigrationParameters.defaults());
    assertThat(List.of(MigrationRules.of(wider).parameters())).containsExactly(wider);
  }
}
