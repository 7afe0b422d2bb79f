package io.github.sponsorsdk.sms.rules.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * For messages with generated publication and expiry dates (fixed seed), every day from before publication to after
 * the archive ends: a message goes unpublished, active, archived, gone, in that order, never two at once, and the
 * changes fall exactly on publication, expiry and expiry + 12 months.
 */
class MessageBoardSweepTest {

  final MessageBoardRules board = MessageBoardRules.defaults();

  @Test
  void eachMessageIsActiveThenArchivedThenGoneOnExactlyTheRightDays() {
    long seed = 4_2014_04_06L;
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      LocalDate published = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(4000));
      LocalDate expires = published.plusDays(1 + random.nextInt(400));
      BoardMessage m = BoardMessage.builder().id("m" + i).text("message " + i).publishedOn(published)
          .expiresOn(expires).build();
      LocalDate archiveEnd = expires.plusMonths(12);
      for (LocalDate d = published.minusDays(3); d.isBefore(archiveEnd.plusDays(3)); d = d.plusDays(1)) {
        boolean active = board.isActive(m, d);
        boolean archived = board.isArchived(m, d);
        String at = "seed " + seed + ", " + m.id() + " " + published + ".." + expires + " on " + d;
        assertThat(active && archived).as(at).isFalse();
        assertThat(active).as(at).isEqualTo(!d.isBefore(published) && d.isBefore(expires));
        assertThat(archived).as(at).isEqualTo(!d.isBefore(expires) && d.isBefore(archiveEnd));
        assertThat(board.active(UserLevel.LEVEL_2, Set.of(Route.STUDENT), List.of(m), d)).isEmpty();
        assertThat(board.archived(UserLevel.LEVEL_2, Set.of(Route.STUDENT), List.of(m), d)).isEmpty();
        assertThat(board.active(UserLevel.LEVEL_1, Set.of(Route.STUDENT), List.of(m), d).isEmpty()).isEqualTo(!active);
      }
    }
  }
}
