package io.github.sponsorsdk.sms.core.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;

class LicenceTest {

  static final LocalDate GRANTED = LocalDate.of(2021, 3, 1);

  /** A Worker and Temporary Worker sponsor, expiry extended by 10 years (SMS message of 24 January 2024). */
  static Licence workerLicence() {
    return Licence.builder()
        .number(SponsorLicenceNumber.of("QHDGHB91X"))
        .organisationName("Arundel Group Limited (\"AGL\")")
        .town("London")
        .status(LicenceStatus.LICENSED_AND_FULLY_ACTIVE)
        .putRating(RouteCategory.WORKER, Rating.A)
        .putRating(RouteCategory.TEMPORARY_WORKER, Rating.B)
        .addRoutes(Route.SKILLED_WORKER, Route.CHARITY_WORKER)
        .startDate(GRANTED)
        .expiryDate(LocalDate.of(2035, 3, 1))
        .addAllocation(Allocation.builder().route(Route.SKILLED_WORKER).yearStart(GRANTED)
            .yearEndExclusive(GRANTED.plusYears(1)).granted(10).used(4).build())
        .build();
  }

  @Test
  void aConsistentLicenceIsBuiltAndAnswersByRouteAndCategory() {
    Licence licence = workerLicence();
    assertThat(licence.categories()).containsExactly(RouteCategory.WORKER, RouteCategory.TEMPORARY_WORKER);
    assertThat(licence.ratingFor(Route.SKILLED_WORKER)).contains(Rating.A);
    assertThat(licence.ratingFor(Route.CHARITY_WORKER)).contains(Rating.B);
    assertThat(licence.ratingFor(Route.STUDENT)).isEmpty();
    assertThat(licence.rating(RouteCategory.STUDENT)).isEmpty();
    assertThat(licence.covers(Route.CREATIVE_WORKER)).isFalse();
    // Half-open year: the last day is covered, the exclusive end is not.
    assertThat(licence.allocation(Route.SKILLED_WORKER, LocalDate.of(2022, 2, 28))).isPresent();
    assertThat(licence.allocation(Route.SKILLED_WORKER, LocalDate.of(2022, 3, 1))).isEmpty();
    assertThat(licence.allocation(Route.SKILLED_WORKER, GRANTED.minusDays(1))).isEmpty();
  }

  @Test
  void everyValueTypeRoundTripsThroughJson() {
    Licence licence = workerLicence();
    assertThat(Json.roundTrip(licence, Licence.class)).isEqualTo(licence);
    Allocation allocation = licence.allocations().get(0);
    assertThat(Json.roundTrip(allocation, Allocation.class)).isEqualTo(allocation);
    for (Rating r : Rating.values()) {
      assertThat(Json.roundTrip(r, Rating.class)).isEqualTo(r);
    }
    for (LicenceStatus s : LicenceStatus.values()) {
      assertThat(Json.roundTrip(s, LicenceStatus.class)).isEqualTo(s);
    }
    assertThat(Json.MAPPER.valueToTree(licence).get("number").asText()).isEqualTo("QHDGHB91X");
    assertThat(Json.MAPPER.valueToTree(licence).get("expiryDate").asText()).isEqualTo("2035-03-01");
  }

  @Test
  void aLicenceWithSeveralBadFieldsFailsOnceNamingThemAll() {
    assertThatThrownBy(() -> Licence.builder()
        .number(SponsorLicenceNumber.of("QHDGHB91X"))
        .organisationName("  ")
        .status(LicenceStatus.SUSPENDED)
        .putRating(RouteCategory.WORKER, Rating.STUDENT_SPONSOR)
        .putRating(RouteCategory.TEMPORARY_WORKER, Rating.A)
        .addRoutes(Route.SKILLED_WORKER, Route.STUDENT)
        .startDate(GRANTED)
        .expiryDate(GRANTED)
        .addAllocation(Allocation.of(Route.SEASONAL_WORKER, GRANTED, GRANTED.plusYears(1), 5))
        .addAllocation(Allocation.of(Route.SKILLED_WORKER, GRANTED, GRANTED.plusYears(1), 5))
        .addAllocation(Allocation.of(Route.SKILLED_WORKER, GRANTED.plusMonths(6), GRANTED.plusMonths(18), 5))
        .build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.valueType()).isEqualTo("Licence");
          assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactly(
              org.assertj.core.groups.Tuple.tuple("allocations[0].route", "AllocationForLicensedRoute"),
              org.assertj.core.groups.Tuple.tuple("allocations[2]", "AllocationYearsDisjoint"),
              org.assertj.core.groups.Tuple.tuple("expiryDate", "ExpiryAfterStart"),
              org.assertj.core.groups.Tuple.tuple("organisationName", "NotBlank"),
              org.assertj.core.groups.Tuple.tuple("ratings[STUDENT]", "RatingPerCategory"),
              org.assertj.core.groups.Tuple.tuple("ratings[TEMPORARY_WORKER]", "RatingPerCategory"),
              org.assertj.core.groups.Tuple.tuple("ratings[WORKER]", "RatingAppliesToCategory"));
          assertThat(e.getMessage()).startsWith("Invalid Licence: 7 violations");
        });
  }

  @Test
  void missingAttributesAreNamedTogether() {
    assertThatThrownBy(() -> Licence.builder().organisationName("X").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).contains("number", "status", "startDate", "expiryDate"));
  }

  @Test
  void allocationNumbersMustBeConsistent() {
    Allocation a = Allocation.builder().route(Route.STUDENT).yearStart(GRANTED).yearEndExclusive(GRANTED.plusYears(1))
        .granted(3).used(3).build();
    assertThat(a.remaining()).isZero();
    assertThat(a.certificateKind()).isEqualTo(CertificateKind.CAS);
    assertThatThrownBy(() -> Allocation.builder().route(Route.STUDENT).yearStart(GRANTED).yearEndExclusive(GRANTED)
        .granted(3).used(4).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactlyInAnyOrder("YearNotEmpty", "UsedNotAboveGranted"));
    assertThatThrownBy(() -> Allocation.builder().route(Route.STUDENT).yearStart(GRANTED)
        .yearEndExclusive(GRANTED.plusDays(1)).granted(-1).used(-2).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("granted", "used"));
  }

  @Test
  void everyCategoryHasRatingsAndOnlyTheAServicesAreARated() {
    for (RouteCategory c : RouteCategory.values()) {
      assertThat(Rating.applicableTo(c)).as("%s", c).isNotEmpty().allMatch(r -> r.appliesTo(c));
    }
    assertThat(Rating.values()).filteredOn(Rating::isARated)
        .containsExactly(Rating.A, Rating.A_PREMIUM, Rating.A_SME_PLUS);
    assertThat(Rating.values()).filteredOn(Rating::isBRated).containsExactly(Rating.B);
    assertThat(Rating.applicableTo(RouteCategory.STUDENT)).containsExactly(Rating.STUDENT_SPONSOR,
        Rating.STUDENT_SPONSOR_TRACK_RECORD, Rating.PROBATIONARY_SPONSOR);
  }

  @Test
  void statusesFollowManualOneAccessToSms() {
    assertThat(LicenceStatus.values()).filteredOn(LicenceStatus::canLogIn).containsExactly(
        LicenceStatus.LICENSED_AND_FULLY_ACTIVE, LicenceStatus.SUSPENDED, LicenceStatus.DORMANT);
    assertThat(LicenceStatus.values()).filteredOn(LicenceStatus::canIssueCertificates)
        .containsExactly(LicenceStatus.LICENSED_AND_FULLY_ACTIVE);
    assertThat(LicenceStatus.LICENSED_AND_FULLY_ACTIVE.displayName()).isEqualTo("Licensed and Fully Active");
  }

  /** Choices Instancio makes; {@link #fromChoice} turns each into a licence that must be valid. */
  record Choice(String name, Set<Route> routes, int ratingPick, LicenceStatus status, LocalDate start, int years,
      int granted, int usedPercent, boolean withTown) {}

  static Licence fromChoice(Choice c) {
    Licence.Builder b = Licence.builder()
        .number(SponsorLicenceNumber.of("QHDGHB91X"))
        .organisationName(c.name())
        .status(c.status())
        .addAllRoutes(c.routes())
        .startDate(c.start())
        .expiryDate(c.start().plusYears(c.years()));
    if (c.withTown()) {
      b.town("Leeds");
    }
    Set<RouteCategory> categories = EnumSet.noneOf(RouteCategory.class);
    c.routes().forEach(r -> categories.add(r.category()));
    for (RouteCategory category : categories) {
      List<Rating> ratings = Rating.applicableTo(category);
      b.putRating(category, ratings.get((c.ratingPick() + category.ordinal()) % ratings.size()));
    }
    for (Route r : c.routes()) {
      b.addAllocation(Allocation.builder().route(r).yearStart(c.start()).yearEndExclusive(c.start().plusYears(1))
          .granted(c.granted()).used(c.granted() * c.usedPercent() / 100).build());
    }
    return b.build();
  }

  @Test
  void generatedLicencesAreValidRoundTripAndKeepTheirInvariants() {
    List<Choice> choices = Instancio.ofList(Choice.class).size(300)
        .generate(field(Choice.class, "routes"), gen -> gen.collection().minSize(1).maxSize(6))
        .generate(field(Choice.class, "ratingPick"), gen -> gen.ints().range(0, 99))
        .generate(field(Choice.class, "start"),
            gen -> gen.temporal().localDate().range(LocalDate.of(2008, 11, 27), LocalDate.of(2026, 11, 25)))
        .generate(field(Choice.class, "years"), gen -> gen.ints().range(1, 14))
        .generate(field(Choice.class, "granted"), gen -> gen.ints().range(0, 5000))
        .generate(field(Choice.class, "usedPercent"), gen -> gen.ints().range(0, 100))
        .withSeed(20261125L)
        .create();
    assertThat(choices).hasSize(300);
    Map<RouteCategory, Set<Rating>> seen = new java.util.EnumMap<>(RouteCategory.class);
    for (Choice c : choices) {
      Licence licence = fromChoice(c);
      assertThat(Json.roundTrip(licence, Licence.class)).isEqualTo(licence);
      assertThat(licence.ratings().keySet()).isEqualTo(licence.categories());
      licence.ratings().forEach((cat, r) -> {
        assertThat(r.appliesTo(cat)).isTrue();
        seen.computeIfAbsent(cat, k -> EnumSet.noneOf(Rating.class)).add(r);
      });
      assertThat(licence.allocations()).allSatisfy(a -> {
        assertThat(a.remaining()).isBetween(0, a.granted());
        assertThat(licence.covers(a.route())).isTrue();
      });
      assertThat(licence.expiryDate()).isAfter(licence.startDate());
    }
    // The generator reached every rating of every category.
    for (RouteCategory cat : RouteCategory.values()) {
      assertThat(seen.get(cat)).as("%s", cat).containsExactlyInAnyOrderElementsOf(Rating.applicableTo(cat));
    }
  }
}
