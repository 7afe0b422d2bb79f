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
  void studentSponsorStatus() {
    Licence renewable = PermissionFixtures.licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A,
        LocalDate.of(2024, 3, 31), Route.STUDENT);
    assertThat(rules.decideStudentSponsorStatus(renewable, LocalDate.of(2024, 1, 1)).isAllowed()).isTrue();
    assertThat(rules.decideStudentSponsorStatus(renewable, LocalDate.of(2023, 12, 31)).codes())
        .containsExactly("licence.STUDENT_SPONSOR_STATUS_NOT_IN_RENEWAL_PERIOD", "licence.RENEWAL_WINDOW_DATES");
    Licence extended = PermissionFixtures.licence();
    assertThat(rules.decideStudentSponsorStatus(extended, LocalDate.of(2025, 1, 1)).codes())
        .containsExactly("licence.STUDENT_SPONSOR_STATUS_NOT_IN_RENEWAL_PERIOD", "licence.RENEWAL_NOT_REQUIRED");
    Licence workerB = PermissionFixtures.licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.B,
        LocalDate.of(2024, 3, 31),
        Route.SKILLED_WORKER);
    assertThat(rules.decideStudentSponsorStatus(workerB, LocalDate.of(2024, 1, 1)).codes())
        .containsExactly("licence.STUDENT_SPONSOR_STATUS_NOT_STUDENT_SPONSOR",
            "licence.STUDENT_SPONSOR_STATUS_B_RATED");
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
