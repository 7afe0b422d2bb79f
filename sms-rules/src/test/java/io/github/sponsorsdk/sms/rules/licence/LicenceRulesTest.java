package io.github.sponsorsdk.sms.rules.licence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.testing.Json;
import io.github.sponsorsdk.sms.rules.testing.PermissionFixtures;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LicenceRulesTest {

  final LicenceRules rules = LicenceRules.defaults();

  @Test
  void theRenewalWindowOpensExactly90DaysBeforeExpiryAndItsLastDayIsTheDayBefore() {
    // Manual 1, Navigation in SMS: "only available from 90 days before your licence is due to expire";
    // Access to SMS: "The latest date ... is the day before your licence expiry date NOT the date your licence expires"
    LocalDate expiry = LocalDate.of(2023, 10, 31);
    LocalDate on = LocalDate.of(2023, 9, 1);
    assertThat(rules.renewalWindow(expiry, on)).isEqualTo(RenewalWindow.of(LocalDate.of(2023, 8, 2),
        LocalDate.of(2023, 10, 30)));
    assertThat(rules.renewalState(expiry, LocalDate.of(2023, 8, 1))).isEqualTo(RenewalState.NOT_OPEN);
    assertThat(rules.renewalState(expiry, LocalDate.of(2023, 8, 2))).isEqualTo(RenewalState.OPEN);
    assertThat(rules.renewalState(expiry, LocalDate.of(2023, 10, 30))).isEqualTo(RenewalState.OPEN);
    assertThat(rules.renewalState(expiry, LocalDate.of(2023, 10, 31))).isEqualTo(RenewalState.CLOSED);
    Decision early = rules.decideRenewal(expiry, LocalDate.of(2023, 8, 1));
    assertThat(early.codes()).containsExactly("licence.RENEWAL_WINDOW_NOT_OPEN", "licence.RENEWAL_WINDOW_DATES");
    assertThat(early.reasons().get(1).message())
        .isEqualTo("For a licence expiring on 2023-10-31 the renewal window runs from 2023-08-02 to 2023-10-30");
    assertThat(early.reasons().get(1).parameters()).containsExactly(Map.entry("expiry", "2023-10-31"),
        Map.entry("opensOn", "2023-08-02"), Map.entry("lastDay", "2023-10-30"));
    assertThat(rules.decideRenewal(expiry, LocalDate.of(2023, 10, 31)).codes())
        .containsExactly("licence.RENEWAL_WINDOW_CLOSED", "licence.RENEWAL_WINDOW_DATES");
    assertThat(rules.decideRenewal(expiry, LocalDate.of(2023, 10, 30)).codes())
        .containsExactly("licence.RENEWAL_WINDOW_OPEN", "licence.RENEWAL_WINDOW_DATES");
    assertThat(rules.decideRenewal(expiry, LocalDate.of(2023, 10, 30)).isAllowed()).isTrue();
  }

  @Test
  void licencesExpiringOnOrAfter6April2024NeedNoRenewalThoseExpiringOn5AprilStillDo() {
    // SMS message of 24 January 2024: "If your licence is due to expire on or after this date [6 April 2024] you
    // will no longer need to apply to renew"; licences expiring 25 January to 5 April 2024 still had to renew.
    LocalDate on = LocalDate.of(2024, 2, 1);
    assertThat(rules.renewalRequired(LocalDate.of(2024, 4, 5), on)).isTrue();
    assertThat(rules.renewalRequired(LocalDate.of(2024, 4, 6), on)).isFalse();
    assertThat(rules.renewalWindow(LocalDate.of(2024, 4, 5), on))
        .isEqualTo(RenewalWindow.of(LocalDate.of(2024, 1, 6), LocalDate.of(2024, 4, 4)));
    assertThat(rules.decideRenewal(LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 4)).isAllowed()).isTrue();
    assertThat(rules.decideRenewal(LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 5)).codes())
        .containsExactly("licence.RENEWAL_WINDOW_CLOSED", "licence.RENEWAL_WINDOW_DATES");
    assertThat(rules.decideRenewal(LocalDate.of(2024, 4, 6), on).codes())
        .containsExactly("licence.RENEWAL_NOT_REQUIRED");
    // expiry extended by 10 years: 1 June 2026 -> 1 June 2036 (docs/sources.md#sms-message-2024-01-24, the example
    // of a secondary source)
    assertThat(rules.extendedExpiry(LocalDate.of(2026, 6, 1), on)).isEqualTo(LocalDate.of(2036, 6, 1));
    assertThat(rules.extendedExpiry(LocalDate.of(2024, 4, 5), on)).isEqualTo(LocalDate.of(2024, 4, 5));
  }

  @Test
  void theChangeIsDateEffectiveOnTheDayItWasAnnounced() {
    // Before 24 January 2024 a licence expiring 6 April 2024 was in its window (opened 7 January 2024).
    LocalDate expiry = LocalDate.of(2024, 4, 6);
    assertThat(rules.renewalState(expiry, LocalDate.of(2024, 1, 23))).isEqualTo(RenewalState.OPEN);
    assertThat(rules.renewalState(expiry, LocalDate.of(2024, 1, 24))).isEqualTo(RenewalState.NOT_REQUIRED);
    assertThat(rules.extendedExpiry(expiry, LocalDate.of(2024, 1, 23))).isEqualTo(expiry);
  }

  @Test
  void premiumService() {
    Licence a = PermissionFixtures.licence();
    assertThat(rules.decidePremiumService(a, LocalDate.of(2025, 11, 10)).isAllowed()).isTrue();
    assertThat(rules.decidePremiumService(a, LocalDate.of(2025, 11, 11)).codes())
        .containsExactly("licence.PREMIUM_CLOSED_TO_APPLICATIONS");
    Licence b = PermissionFixtures.licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.B, LocalDate.of(2034, 1, 1),
        Route.SKILLED_WORKER);
    assertThat(rules.decidePremiumService(b, LocalDate.of(2025, 1, 1)).codes())
        .containsExactly("licence.PREMIUM_RATING_NOT_APPROPRIATE");
    Licence premium = PermissionFixtures.licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A_PREMIUM,
        LocalDate.of(2034, 1, 1), Route.SKILLED_WORKER);
    assertThat(rules.decidePremiumService(premium, LocalDate.of(2026, 1, 1)).codes())
        .containsExactly("licence.PREMIUM_CLOSED_TO_APPLICATIONS", "licence.ALREADY_PREMIUM");
    assertThat(LicenceRules.premiumRatingAppropriate(List.of(Rating.A, Rating.STUDENT_SPONSOR_TRACK_RECORD))).isTrue();
    assertThat(LicenceRules.premiumRatingAppropriate(List.of(Rating.A, Rating.PROBATIONARY_SPONSOR))).isFalse();
    assertThat(LicenceRules.premiumRatingAppropriate(List.of())).isFalse();
  }

  @Test
  void studentSponsorStatusHasItsOwnRenewalPeriod() {
    // A licence that needs no renewal (expiry 2034) with a status ending 1 May 2024: renewal opens 1 February 2024
    Licence held = PermissionFixtures.licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A,
        LocalDate.of(2034, 3, 31), Route.STUDENT).withStudentStatusEndDate(LocalDate.of(2024, 5, 1));
    assertThat(rules.decideStudentSponsorStatus(held, LocalDate.of(2024, 2, 1)).isAllowed()).isTrue();
    Decision early = rules.decideStudentSponsorStatus(held, LocalDate.of(2024, 1, 31));
    assertThat(early.codes()).containsExactly("licence.STUDENT_STATUS_APPLICATION_KIND",
        "licence.STUDENT_SPONSOR_STATUS_NOT_IN_RENEWAL_PERIOD", "licence.STUDENT_STATUS_RENEWAL_DATES");
    assertThat(early.reasons().get(0).message()).isEqualTo(
        "On 2024-01-31 the Student sponsor applies for STUDENT_SPONSOR_STATUS");
    assertThat(early.reasons().get(2).message()).isEqualTo(
        "The status ends on 2024-05-01; its renewal can be applied for from 2024-02-01");
    // no status held, or the status has ended: a new application is not barred by timing
    assertThat(rules.decideStudentSponsorStatus(PermissionFixtures.licence(), LocalDate.of(2025, 1, 1))
        .isAllowed()).isTrue();
    assertThat(rules.decideStudentSponsorStatus(held, LocalDate.of(2024, 5, 1)).isAllowed()).isTrue();
    // from 10 July 2024 the application is the Basic Compliance Assessment
    assertThat(rules.studentStatusApplication(LocalDate.of(2024, 7, 9)))
        .isEqualTo(StudentStatusApplication.STUDENT_SPONSOR_STATUS);
    assertThat(rules.studentStatusApplication(LocalDate.of(2024, 7, 10)))
        .isEqualTo(StudentStatusApplication.BASIC_COMPLIANCE_ASSESSMENT);
    Licence workerB = PermissionFixtures.licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.B,
        LocalDate.of(2024, 3, 31), Route.SKILLED_WORKER);
    assertThat(rules.decideStudentSponsorStatus(workerB, LocalDate.of(2024, 1, 1)).codes())
        .containsExactly("licence.STUDENT_STATUS_APPLICATION_KIND", "licence.STUDENT_SPONSOR_STATUS_NOT_STUDENT_SPONSOR",
            "licence.STUDENT_SPONSOR_STATUS_B_RATED");
  }

  @Test
  void premiumRenewal() {
    Licence premium = PermissionFixtures.licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A_PREMIUM,
        LocalDate.of(2034, 3, 31), Route.SKILLED_WORKER);
    assertThat(rules.decidePremiumRenewal(premium, LocalDate.of(2025, 11, 10)).isAllowed()).isTrue();
    assertThat(rules.decidePremiumRenewal(premium, LocalDate.of(2025, 11, 11)).codes())
        .containsExactly("licence.PREMIUM_CLOSED_TO_RENEWALS");
    assertThat(rules.decidePremiumRenewal(PermissionFixtures.licence(), LocalDate.of(2025, 1, 1)).codes())
        .containsExactly("licence.NOT_A_PREMIUM_CUSTOMER");
  }

  /** Manual 1: "If your licence has expired ... you will not be able to log in to SMS". */
  @Test
  void expiryEndsTheLicenceUnlessARenewalIsPending() {
    Licence old = PermissionFixtures.licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A,
        LocalDate.of(2024, 3, 31), Route.SKILLED_WORKER);
    ExpiryOutcome before = rules.assessExpiry(old, PendingRenewal.NONE, LocalDate.of(2024, 3, 30));
    assertThat(before.status()).isEqualTo(LicenceStatus.LICENSED_AND_FULLY_ACTIVE);
    assertThat(before.decision().codes()).containsExactly("licence.LICENCE_IN_FORCE");
    ExpiryOutcome on = rules.assessExpiry(old, PendingRenewal.NONE, LocalDate.of(2024, 3, 31));
    assertThat(on.status()).isEqualTo(LicenceStatus.EXPIRED);
    assertThat(on.changed(LicenceStatus.LICENSED_AND_FULLY_ACTIVE)).isTrue();
    assertThat(on.status().canLogIn()).isFalse();
    assertThat(on.decision().reasons().get(0).message()).isEqualTo(
        "The licence expired on 2024-03-31: no user can log in to SMS");
    ExpiryOutcome pending = rules.assessExpiry(old, PendingRenewal.AWAITING_DECISION, LocalDate.of(2024, 6, 1));
    assertThat(pending.status()).isEqualTo(LicenceStatus.LICENSED_AND_FULLY_ACTIVE);
    assertThat(pending.decision().codes()).containsExactly("licence.RENEWAL_PENDING_KEEPS_LICENCE");
    // a recorded expiry of 6 April 2024 is extended by 10 years: still in force in 2030
    Licence extended = old.withExpiryDate(LocalDate.of(2024, 4, 6));
    ExpiryOutcome later = rules.assessExpiry(extended, PendingRenewal.NONE, LocalDate.of(2030, 1, 1));
    assertThat(later.status()).isEqualTo(LicenceStatus.LICENSED_AND_FULLY_ACTIVE);
    assertThat(later.expiryDate()).isEqualTo(LocalDate.of(2034, 4, 6));
    assertThat(rules.assessExpiry(extended, PendingRenewal.NONE, LocalDate.of(2034, 4, 6)).status())
        .isEqualTo(LicenceStatus.EXPIRED);
    // revoked and suspended licences: revoked stays revoked; a suspended one expires too
    assertThat(rules.assessExpiry(old.withStatus(LicenceStatus.REVOKED), PendingRenewal.NONE,
        LocalDate.of(2025, 1, 1)).status()).isEqualTo(LicenceStatus.REVOKED);
    assertThat(rules.assessExpiry(old.withStatus(LicenceStatus.SUSPENDED), PendingRenewal.NONE,
        LocalDate.of(2025, 1, 1)).status()).isEqualTo(LicenceStatus.EXPIRED);
    assertThat(Json.roundTrip(on, ExpiryOutcome.class)).isEqualTo(on);
  }

  @Test
  void aCallerMayPassItsOwnParameters() {
    LicenceParameters d = LicenceParameters.defaults();
    LicenceParameters longer = d.withRenewalOpensDaysBeforeExpiry(
        d.renewalOpensDaysBeforeExpiry().then(LocalDate.of(2020, 1, 1), 120,
            Citation.of(Source.CALLER_DOCUMENT, "test: " + "what-if", LocalDate.of(2020, 1, 1))));
    LicenceRules what = LicenceRules.of(longer);
    LocalDate expiry = LocalDate.of(2023, 10, 31);
    assertThat(what.renewalWindow(expiry, LocalDate.of(2023, 1, 1)).opensOn()).isEqualTo(expiry.minusDays(120));
    assertThat(what.renewalWindow(expiry, LocalDate.of(2019, 12, 31)).opensOn()).isEqualTo(expiry.minusDays(90));
  }

  @Test
  void valuesRoundTripThroughJson() {
    RenewalWindow w = RenewalWindow.of(LocalDate.of(2024, 1, 6), LocalDate.of(2024, 4, 4));
    assertThat(Json.roundTrip(w, RenewalWindow.class)).isEqualTo(w);
    LicenceParameters p = LicenceParameters.defaults();
    assertThat(Json.roundTrip(p, LicenceParameters.class)).isEqualTo(p);
    assertThat(p.noRenewalExtension().on(LocalDate.of(2024, 1, 24))).isEqualTo(Period.ofYears(10));
  }
}
