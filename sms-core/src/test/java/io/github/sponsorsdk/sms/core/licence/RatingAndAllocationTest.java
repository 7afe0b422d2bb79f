package io.github.sponsorsdk.sms.core.licence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a rating covers and what an allocation has left (docs/sources.md#secondary-licence). */
class RatingAndAllocationTest {

  @Test
  void eachRatingCoversTheCategoriesOfTheRegister() {
    assertThat(Rating.A.categories()).containsExactlyInAnyOrder(RouteCategory.WORKER, RouteCategory.TEMPORARY_WORKER);
    assertThat(Rating.PROVISIONAL.categories()).containsExactly(RouteCategory.WORKER);
    assertThat(Rating.STUDENT_SPONSOR.categories()).containsExactly(RouteCategory.STUDENT);
    assertThat(Rating.PROBATIONARY_SPONSOR.categories())
        .containsExactlyInAnyOrder(RouteCategory.STUDENT, RouteCategory.WORKER);
    for (Rating r : Rating.values()) {
      for (RouteCategory c : RouteCategory.values()) {
        assertThat(r.categories().contains(c)).as("%s %s", r, c).isEqualTo(r.appliesTo(c));
      }
    }
  }

  @Test
  void theCategoriesReturnedAreTheCallersCopy() {
    Set<RouteCategory> mine = Rating.STUDENT_SPONSOR.categories();
    mine.add(RouteCategory.WORKER);
    assertThat(Rating.STUDENT_SPONSOR.categories()).containsExactly(RouteCategory.STUDENT);
    assertThat(Rating.STUDENT_SPONSOR.appliesTo(RouteCategory.WORKER)).isFalse();
  }

  @Test
  void remainingIsGrantedLessUsed() {
    LocalDate start = LocalDate.of(2026, 4, 6);
    Allocation a = Allocation.builder().route(Route.SKILLED_WORKER).yearStart(start)
        .yearEndExclusive(start.plusYears(1)).granted(10).used(4).build();
    assertThat(a.remaining()).isEqualTo(6);
    assertThat(a.withUsed(0).remaining()).isEqualTo(10);
    assertThat(a.withUsed(9).remaining()).isEqualTo(1);
  }
}
