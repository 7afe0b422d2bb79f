package io.github.sponsorsdk.sms.rules.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.testing.PermissionFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Automatic allocation renewal (the Home Office e-mail of 23 March 2023, docs/sources.md#secondary-allocations):
 * eligible routes, active A-rated sponsors, allocations expiring from 24 June 2023, in the 3 months before expiry,
 * the same number as the year before.
 */
class AutomaticRenewalTest {
  static final AllocationRules RULES = AllocationRules.defaults();

  static Licence licence(LicenceStatus status, Rating rating) {
    return PermissionFixtures.licence(status, rating, LocalDate.of(2034, 9, 30), Route.SKILLED_WORKER,
        Route.CREATIVE_WORKER, Route.STUDENT);
  }

  static Allocation year(Route route, LocalDate start, int granted) {
    return RULES.openYear(route, start, granted, AllocationYearBasis.FROM_GRANT);
  }

  @Test
  void anEligibleAllocationRenewsWithTheSameNumberFromTheDayAfterItEnds() {
    Allocation current = year(Route.SKILLED_WORKER, LocalDate.of(2025, 6, 2), 7);   // expires 2026-06-01
    AllocationOutcome o = RULES.renewAutomatically(current, licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
        Rating.A), LocalDate.of(2026, 3, 1), AllocationYearBasis.FROM_GRANT);
    assertThat(o.isAllowed()).as(o.decision().toString()).isTrue();
    assertThat(o.decision().codes()).containsExactly("allocation.RENEWED");
    assertThat(o.allocation().yearStart()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(o.allocation().granted()).isEqualTo(7);
    assertThat(o.allocation().used()).isZero();
    assertThat(RULES.expiresOn(o.allocation())).isEqualTo(LocalDate.of(2027, 6, 1));
  }

  @Test
  void notBeforeTheWindowOpensThreeMonthsBeforeExpiry() {
    Allocation current = year(Route.SKILLED_WORKER, LocalDate.of(2025, 6, 2), 7);
    Licence active = licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A);
    AllocationOutcome early = RULES.renewAutomatically(current, active, LocalDate.of(2026, 2, 28),
        AllocationYearBasis.FROM_GRANT);
    assertThat(early.decision().codes()).containsExactly("allocation.ALLOCATION_RENEWAL_WINDOW_NOT_OPEN");
    assertThat(early.allocation()).isEqualTo(current);
    assertThat(RULES.renewAutomatically(current, active, RULES.renewalWindowOpens(current),
        AllocationYearBasis.FROM_GRANT).isAllowed()).isTrue();
    assertThat(RULES.renewAutomatically(current, active, LocalDate.of(2026, 6, 2), AllocationYearBasis.FROM_GRANT)
        .decision().codes()).containsExactly("allocation.OUTSIDE_ALLOCATION_YEAR");
  }

  @Test
  void suspendedBRatedIneligibleRoutesAndEarlyExpiriesAreRefusedWithEveryReason() {
    Allocation students = year(Route.STUDENT, LocalDate.of(2025, 6, 2), 7);
    AllocationOutcome o = RULES.renewAutomatically(students, licence(LicenceStatus.SUSPENDED, Rating.B),
        LocalDate.of(2026, 4, 1), AllocationYearBasis.FROM_GRANT);
    assertThat(o.decision().codes()).containsExactlyInAnyOrder("allocation.AUTOMATIC_RENEWAL_ROUTE_NOT_ELIGIBLE",
        "allocation.AUTOMATIC_RENEWAL_LICENCE_NOT_ACTIVE", "allocation.AUTOMATIC_RENEWAL_NOT_A_RATED");
    AllocationOutcome b = RULES.renewAutomatically(year(Route.SKILLED_WORKER, LocalDate.of(2025, 6, 2), 7),
        licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.B), LocalDate.of(2026, 4, 1),
        AllocationYearBasis.FROM_GRANT);
    assertThat(b.decision().codes()).containsExactly("allocation.AUTOMATIC_RENEWAL_NOT_A_RATED");
    // "only ... for those whose allocations expire more than three months after today's mailing (24 June 2023)"
    Allocation early = year(Route.SKILLED_WORKER, LocalDate.of(2022, 6, 23), 3);   // expires 2023-06-22
    assertThat(RULES.renewAutomatically(early, licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A),
        LocalDate.of(2023, 5, 1), AllocationYearBasis.FROM_GRANT).decision().codes())
        .containsExactly("allocation.AUTOMATIC_RENEWAL_NOT_IN_FORCE");
    Allocation first = year(Route.SKILLED_WORKER, LocalDate.of(2022, 6, 25), 3);   // expires 2023-06-24
    assertThat(RULES.renewAutomatically(first, licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A),
        LocalDate.of(2023, 5, 1), AllocationYearBasis.FROM_GRANT).isAllowed()).isTrue();
  }

  @Test
  void premiumRatingsAreARatings() {
    Licence premium = licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A_PREMIUM);
    assertThat(RULES.renewAutomatically(year(Route.CREATIVE_WORKER, LocalDate.of(2025, 6, 2), 2), premium,
        LocalDate.of(2026, 5, 1), AllocationYearBasis.FROM_GRANT).isAllowed()).isTrue();
  }
}
