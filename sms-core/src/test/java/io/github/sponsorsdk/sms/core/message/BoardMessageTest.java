package io.github.sponsorsdk.sms.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardMessageTest {

  /** Manual 1, Guide 5, step 3: the active message of 06/04/2014, for all sponsors. */
  static BoardMessage licenceDetailsReminder() {
    return BoardMessage.builder().id("2014-04-06-01").publishedOn(LocalDate.of(2014, 4, 6))
        .text("THIS MESSAGE IS FOR THE ATTENTION OF ALL SPONSORS: You are reminded to review your licence details "
            + "on a regular basis.")
        .build();
  }

  @Test
  void aMessageForAllSponsorsReachesEveryLicence() {
    BoardMessage m = licenceDetailsReminder();
    assertThat(m.isForAllSponsors()).isTrue();
    assertThat(m.isTargetedAt(List.of(Route.STUDENT))).isTrue();
    assertThat(m.isTargetedAt(List.of())).isTrue();
    assertThat(m.audience()).isEqualTo(UserLevel.LEVEL_1);
    assertThat(Json.roundTrip(m, BoardMessage.class)).isEqualTo(m);
  }

  @Test
  void aTargetedMessageReachesOnlyLicencesWithOneOfItsRoutes() {
    // Manual 1, Guide 5, step 4: the archived maintenance message of 25/02/2014.
    BoardMessage m = licenceDetailsReminder().withId("2014-02-25-01").withPublishedOn(LocalDate.of(2014, 2, 25))
        .withExpiresOn(LocalDate.of(2014, 2, 28)).withTitle("Planned maintenance")
        .withTargetRoutes(Route.SKILLED_WORKER, Route.STUDENT);
    assertThat(m.isTargetedAt(List.of(Route.STUDENT, Route.CHILD_STUDENT))).isTrue();
    assertThat(m.isTargetedAt(List.of(Route.SEASONAL_WORKER))).isFalse();
    assertThat(Json.roundTrip(m, BoardMessage.class)).isEqualTo(m);
  }

  @Test
  void expiryMustFollowPublication() {
    LocalDate published = LocalDate.of(2014, 4, 6);
    assertThat(licenceDetailsReminder().withExpiresOn(published.plusDays(1)).expiresOn())
        .contains(published.plusDays(1));
    for (LocalDate bad : new LocalDate[] {published, published.minusDays(1)}) {
      assertThatThrownBy(() -> licenceDetailsReminder().withExpiresOn(bad)).as(bad.toString())
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("expiresOn");
    }
  }

  @Test
  void blankTextAndBadIdAreListedTogether() {
    assertThatThrownBy(() -> BoardMessage.builder().id("no spaces allowed").text(" ")
        .publishedOn(LocalDate.of(2026, 1, 1)).title("").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path()).containsOnly("id", "text", "title"));
  }
}
