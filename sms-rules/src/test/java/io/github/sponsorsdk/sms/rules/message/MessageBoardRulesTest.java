package io.github.sponsorsdk.sms.rules.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Manual 1, "Logging in and out of SMS" and Guide 5 (the message board). */
class MessageBoardRulesTest {

  final MessageBoardRules board = MessageBoardRules.defaults();

  /** Guide 5, step 4: the maintenance message published 25/02/2014; its expiry is the example's choice. */
  final BoardMessage maintenance = BoardMessage.builder().id("m-2014-02-25")
      .text("THIS MESSAGE IS FOR THE ATTENTION OF ALL SPONSORS: Sponsorship IT systems ... will be unavailable")
      .publishedOn(LocalDate.of(2014, 2, 25)).expiresOn(LocalDate.of(2014, 2, 28)).build();
  /** Guide 5, step 3: the reminder published 06/04/2014, no expiry shown. */
  final BoardMessage reminder = BoardMessage.builder().id("m-2014-04-06")
      .text("THIS MESSAGE IS FOR THE ATTENTION OF ALL SPONSORS: You are reminded to review your licence details")
      .publishedOn(LocalDate.of(2014, 4, 6)).build();
  final BoardMessage studentsOnly = BoardMessage.builder().id("m-students").text("For Student sponsors")
      .publishedOn(LocalDate.of(2024, 2, 1)).expiresOn(LocalDate.of(2024, 2, 29)).targetRoutes(Set.of(Route.STUDENT))
      .build();
  final List<BoardMessage> all = List.of(maintenance, reminder, studentsOnly);

  @Test
  void activeUntilTheExpiryDateThenArchivedForExactly12Months() {
    // "View active messages that have not reached their expiry date"; "Expired messages are retained in this
    // archive for 12 months".
    assertThat(board.isActive(maintenance, LocalDate.of(2014, 2, 24))).isFalse(); // not yet published
    assertThat(board.isActive(maintenance, LocalDate.of(2014, 2, 25))).isTrue();
    assertThat(board.isActive(maintenance, LocalDate.of(2014, 2, 27))).isTrue();
    assertThat(board.isActive(maintenance, LocalDate.of(2014, 2, 28))).isFalse();
    assertThat(board.isArchived(maintenance, LocalDate.of(2014, 2, 27))).isFalse();
    assertThat(board.isArchived(maintenance, LocalDate.of(2014, 2, 28))).isTrue();
    assertThat(board.isArchived(maintenance, LocalDate.of(2015, 2, 27))).isTrue();
    assertThat(board.isArchived(maintenance, LocalDate.of(2015, 2, 28))).isFalse(); // exactly 12 months after expiry
    assertThat(board.isActive(reminder, LocalDate.of(2026, 11, 25))).isTrue();
    assertThat(board.isArchived(reminder, LocalDate.of(2026, 11, 25))).isFalse();
  }

  @Test
  void aMessageExpiringOn29FebruaryLeavesTheArchiveOn28FebruaryTheNextYear() {
    // The month-end policy: LocalDate.plus(12 months) clamps to the last day of February.
    assertThat(board.archivedUntil(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(board.isArchived(studentsOnly, LocalDate.of(2025, 2, 27))).isTrue();
    assertThat(board.isArchived(studentsOnly, LocalDate.of(2025, 2, 28))).isFalse();
  }

  @Test
  void messagesAreTargetedByRouteAndShownToLevel1UsersOnly() {
    LocalDate d = LocalDate.of(2024, 2, 10);
    assertThat(board.active(UserLevel.LEVEL_1, Set.of(Route.STUDENT), all, d)).containsExactly(studentsOnly, reminder);
    assertThat(board.active(UserLevel.LEVEL_1, Set.of(Route.SKILLED_WORKER), all, d)).containsExactly(reminder);
    assertThat(board.active(UserLevel.LEVEL_2, Set.of(Route.STUDENT), all, d)).isEmpty();
    assertThat(board.archived(UserLevel.LEVEL_1, Set.of(Route.STUDENT), all, LocalDate.of(2024, 3, 1)))
        .containsExactly(studentsOnly);
    assertThat(board.archived(UserLevel.LEVEL_1, Set.of(Route.SKILLED_WORKER), all, LocalDate.of(2024, 3, 1)))
        .isEmpty();
    assertThat(board.archived(UserLevel.LEVEL_2, Set.of(Route.STUDENT), all, LocalDate.of(2024, 3, 1))).isEmpty();
  }

  @Test
  void level1UsersMustReadTheMessagesBeforeUsingSms() {
    // "The Level 1 user must read these messages before using SMS"; Guide 5 step 3: OK proceeds, Cancel logs out.
    List<BoardMessage> shown = board.active(UserLevel.LEVEL_1, Set.of(Route.SKILLED_WORKER), all,
        LocalDate.of(2026, 11, 25));
    for (SmsAction a : SmsAction.values()) {
      boolean reading = a == SmsAction.VIEW_MESSAGE_BOARD || a == SmsAction.VIEW_ARCHIVED_MESSAGES
          || a == SmsAction.LOG_OUT;
      assertThat(board.decide(UserLevel.LEVEL_1, shown, Optional.empty(), a).isAllowed()).as("%s", a)
          .isEqualTo(reading);
      assertThat(board.decide(UserLevel.LEVEL_1, shown, Optional.of(BoardChoice.OK), a).isAllowed()).isTrue();
      assertThat(board.decide(UserLevel.LEVEL_1, shown, Optional.of(BoardChoice.CANCEL), a).codes())
          .containsExactly("message.CANCEL_LOGS_OUT", "message.MUST_READ_MESSAGES_FIRST");
      assertThat(board.decide(UserLevel.LEVEL_1, List.of(), Optional.empty(), a).isAllowed()).isTrue();
      assertThat(board.decide(UserLevel.LEVEL_2, shown, Optional.empty(), a).isAllowed()).isTrue();
    }
    assertThat(board.decide(UserLevel.LEVEL_1, shown, Optional.empty(), SmsAction.CREATE_COS).codes())
        .containsExactly("message.MUST_READ_MESSAGES_FIRST");
    assertThat(board.decide(UserLevel.LEVEL_2, shown, Optional.empty(), SmsAction.CREATE_COS).codes())
        .containsExactly("message.LEVEL_2_NOT_SHOWN_MESSAGES");
    assertThat(BoardChoice.CANCEL.logsOut()).isTrue();
    assertThat(BoardChoice.OK.logsOut()).isFalse();
  }

  @Test
  void parametersRoundTripThroughJson() {
    MessageParameters p = MessageParameters.defaults();
    assertThat(Json.roundTrip(p, MessageParameters.class)).isEqualTo(p);
  }

  /**
   * Guide 5: the archive lists expired messages, like the board, newest first; on the same publication day the
   * message id decides, so the order never depends on the order the caller holds them in.
   */
  @Test
  void theArchiveListsNewestFirstWhateverTheInputOrder() {
    BoardMessage january = BoardMessage.builder().id("m-jan").text("January notice")
        .publishedOn(LocalDate.of(2024, 1, 2)).expiresOn(LocalDate.of(2024, 1, 31)).build();
    BoardMessage marchB = BoardMessage.builder().id("m-mar-b").text("March notice B")
        .publishedOn(LocalDate.of(2024, 3, 1)).expiresOn(LocalDate.of(2024, 3, 15)).build();
    BoardMessage marchA = BoardMessage.builder().id("m-mar-a").text("March notice A")
        .publishedOn(LocalDate.of(2024, 3, 1)).expiresOn(LocalDate.of(2024, 3, 20)).build();
    LocalDate on = LocalDate.of(2024, 6, 1);
    for (List<BoardMessage> input : List.of(List.of(january, marchB, marchA), List.of(marchA, january, marchB),
        List.of(marchB, marchA, january))) {
      assertThat(board.archived(UserLevel.LEVEL_1, Set.of(Route.SKILLED_WORKER), input, on))
          .containsExactly(marchA, marchB, january);
    }
  }
}
