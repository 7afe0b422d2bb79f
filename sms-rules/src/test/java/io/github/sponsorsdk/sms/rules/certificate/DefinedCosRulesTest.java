package io.github.sponsorsdk.sms.rules.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DefinedCosRulesTest {

  static final DefinedCosRules RULES = DefinedCosRules.defaults();
  static final LocalDate D = LocalDate.of(2023, 11, 29);

  static DefinedCosRequest.Builder ok() {
    return DefinedCosRequest.builder().route(Route.SKILLED_WORKER).entryClearance(true).rating(Rating.A)
        .licenceStatus(LicenceStatus.LICENSED_AND_FULLY_ACTIVE).userLevel(UserLevel.LEVEL_1).date(D);
  }

  @Test
  void aSkilledWorkerSponsorAppliesForEntryClearance() {
    DefinedCosOutcome o = RULES.apply(ok().build());
    assertThat(o.decision().codes()).containsExactly(DefinedCosReasonCode.APPLICATION_MADE.code());
    assertThat(o.application()).contains(DefinedCosApplication.awaitingDecision(D));
  }

  @Test
  void everyBarIsReportedAtOnce() {
    Decision d = RULES.apply(ok().route(Route.CREATIVE_WORKER).entryClearance(false).rating(Rating.B)
        .licenceStatus(LicenceStatus.SUSPENDED).userLevel(UserLevel.LEVEL_2).build()).decision();
    assertThat(d.codes()).containsExactly(DefinedCosReasonCode.NOT_SKILLED_WORKER.code(),
        DefinedCosReasonCode.NOT_ENTRY_CLEARANCE.code(), DefinedCosReasonCode.B_RATED.code(),
        DefinedCosReasonCode.LICENCE_STATUS_BLOCKS.code(), DefinedCosReasonCode.LEVEL_1_ONLY.code());
  }

  /** Manual 1 "Access to SMS": B-rated, suspended, dormant, expired, revoked: no defined CoS. Every pair. */
  @Test
  void ratingAndLicenceStatusOverTheirWholeDomain() {
    for (Rating rating : Rating.values()) {
      for (LicenceStatus status : LicenceStatus.values()) {
        boolean expected = !rating.isBRated() && status.canIssueCertificates();
        assertThat(RULES.apply(ok().rating(rating).licenceStatus(status).build()).isAllowed())
            .as("%s %s", rating, status).isEqualTo(expected);
      }
    }
  }

  /** Only an application awaiting a decision moves; the Home Office decides, a Level 1 user withdraws. */
  @Test
  void decisionsOverTheWholeDomain() {
    for (DefinedCosStatus status : DefinedCosStatus.values()) {
      DefinedCosApplication app = DefinedCosApplication.builder().status(status).appliedOn(D)
          .decidedOn(status.isDecided() ? java.util.Optional.of(D) : java.util.Optional.empty()).build();
      for (DefinedCosEvent event : DefinedCosEvent.values()) {
        for (Actor actor : Actor.values()) {
          DefinedCosOutcome o = RULES.apply(app, event, actor, D.plusDays(1));
          boolean expected = status == DefinedCosStatus.AWAITING_DECISION && actor == event.actor();
          assertThat(o.isAllowed()).as("%s %s by %s", status, event, actor).isEqualTo(expected);
          o.application().ifPresent(a -> {
            assertThat(a.status()).isEqualTo(event.to());
            assertThat(a.decidedOn()).contains(D.plusDays(1));
          });
        }
      }
    }
    assertThat(DefinedCosEvent.WITHDRAW.actor()).isEqualTo(Actor.LEVEL_1_USER);
    assertThat(DefinedCosEvent.GRANT.actor()).isEqualTo(Actor.HOME_OFFICE);
  }

  /** A granted defined CoS must be assigned within 3 months: granted 30 November 2023, last day 29 February 2024. */
  @Test
  void assignWithinThreeMonthsOfTheGrant() {
    DefinedCosApplication applied = RULES.apply(ok().build()).application().orElseThrow();
    DefinedCosApplication granted = RULES.apply(applied, DefinedCosEvent.GRANT, Actor.HOME_OFFICE,
        LocalDate.of(2023, 11, 30)).application().orElseThrow();
    Decision lastDay = RULES.decideAssignment(granted, Rating.A, LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
        LocalDate.of(2024, 2, 29));
    assertThat(lastDay.codes()).containsExactly(DefinedCosReasonCode.ASSIGNABLE.code(),
        ValidityReasonCode.DEFINED_COS_ASSIGNABLE.code());
    Decision dayAfter = RULES.decideAssignment(granted, Rating.A, LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
        LocalDate.of(2024, 3, 1));
    assertThat(dayAfter.codes()).containsExactly(ValidityReasonCode.DEFINED_COS_EXPIRED.code());
    // a sponsor downgraded to B after the grant can no longer assign it
    assertThat(RULES.decideAssignment(granted, Rating.B, LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
        LocalDate.of(2024, 1, 2)).codes()).containsExactly(DefinedCosReasonCode.B_RATED.code(),
        ValidityReasonCode.DEFINED_COS_ASSIGNABLE.code());
    DefinedCosApplication refused = RULES.apply(applied, DefinedCosEvent.REFUSE, Actor.HOME_OFFICE, D).application()
        .orElseThrow();
    assertThat(RULES.decideAssignment(refused, Rating.A, LicenceStatus.LICENSED_AND_FULLY_ACTIVE, D).codes())
        .containsExactly(DefinedCosReasonCode.NOT_GRANTED.code());
  }

  @Test
  void aDecidedApplicationHasItsDate() {
    assertThatThrownBy(() -> DefinedCosApplication.builder().status(DefinedCosStatus.GRANTED).appliedOn(D).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("decidedOn");
    assertThatThrownBy(() -> DefinedCosApplication.builder().status(DefinedCosStatus.GRANTED).appliedOn(D)
        .decidedOn(D.minusDays(1)).build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("DateOrder");
  }

  @Test
  void roundTripsThroughJson() {
    DefinedCosRequest r = ok().build();
    assertThat(Json.roundTrip(r, DefinedCosRequest.class)).isEqualTo(r);
    DefinedCosOutcome applied = RULES.apply(r);
    assertThat(Json.roundTrip(applied, DefinedCosOutcome.class)).isEqualTo(applied);
    DefinedCosOutcome refused = RULES.apply(ok().rating(Rating.B).build());
    assertThat(Json.roundTrip(refused, DefinedCosOutcome.class)).isEqualTo(refused);
    DefinedCosApplication a = RULES.apply(applied.application().get(), DefinedCosEvent.REJECT, Actor.HOME_OFFICE, D)
        .application().get();
    assertThat(Json.roundTrip(a, DefinedCosApplication.class)).isEqualTo(a);
  }
}
