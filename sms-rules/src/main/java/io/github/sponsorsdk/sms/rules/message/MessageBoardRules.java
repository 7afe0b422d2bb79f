package io.github.sponsorsdk.sms.rules.message;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which SMS message board messages a user sees, and the log-in gate they form (Manual 1, "Logging in and out of SMS"
 * and Guide 5).
 *
 * <ul>
 *   <li><b>Active</b> on day {@code d}: published on or before {@code d} and not yet at its expiry date
 *       ({@code d < expiresOn}; "active messages that have not reached their expiry date"); a message without an
 *       expiry date stays active.
 *   <li><b>Archived</b> on {@code d}: {@code expiresOn <= d < expiresOn + 12 months} ("Expired messages are retained
 *       in this archive for 12 months"); so on the day 12 months after expiry it is gone.
 *   <li>Both only when targeted at one of the licence's routes (or at every sponsor), and only for Level 1 users.
 *   <li><b>Gate</b>: a Level 1 user shown active messages at log-in "must read these messages before using SMS":
 *       until they choose OK, every action but reading the board and logging out is refused; Cancel logs out.
 * </ul>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link MessageParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(MessageParameters)} takes other parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code decide} (may the user go on past the board; a {@code Decision}); queries {@code active}, {@code
 * archived}, {@code archivedUntil}, {@code isActive}, {@code isArchived}.
 */
public final class MessageBoardRules {

  private static final Comparator<BoardMessage> NEWEST_FIRST =
      Comparator.comparing(BoardMessage::publishedOn).reversed().thenComparing(BoardMessage::id);

  private final MessageParameters parameters;

  private MessageBoardRules(MessageParameters parameters) {
    this.parameters = java.util.Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * {@return the rules with {@code parameters}}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static MessageBoardRules of(MessageParameters parameters) {
    return new MessageBoardRules(parameters);
  }

  /** {@return the rules with {@link MessageParameters#defaults()}, today's guidance} */
  public static MessageBoardRules defaults() {
    return new MessageBoardRules(MessageParameters.defaults());
  }

  /**
   * {@return true when {@code m} is active on {@code on}}
   *
   * @param m the message
   * @param on the day of the question: the rules in force that day apply
   */
  public boolean isActive(BoardMessage m, LocalDate on) {
    return !m.publishedOn().isAfter(on) && m.expiresOn().map(on::isBefore).orElse(true);
  }

  /**
   * {@return true when {@code m} is in the archive on {@code on}}
   *
   * @param m the message
   * @param on the day of the question: the rules in force that day apply
   */
  public boolean isArchived(BoardMessage m, LocalDate on) {
    return m.expiresOn().map(e -> !on.isBefore(e) && on.isBefore(archivedUntil(e, on))).orElse(false);
  }

  /**
   * {@return the first day a message that expired on {@code expiresOn} is no longer in the archive}
   *
   * @param expiresOn the day the message expired
   * @param on the day of the question: the rules in force that day apply
   */
  public LocalDate archivedUntil(LocalDate expiresOn, LocalDate on) {
    return expiresOn.plus(parameters.archiveRetention().on(on));
  }

  /**
   * {@return the active messages a user of {@code level} on a licence with {@code routes} sees on {@code on}, newest
   * first}
   *
   * @param level the user's level
   * @param routes the licence's routes
   * @param messages every message
   * @param on the day of the question: the rules in force that day apply
   */
  public List<BoardMessage> active(UserLevel level, Set<Route> routes, Collection<BoardMessage> messages,
      LocalDate on) {
    List<BoardMessage> out = new ArrayList<>();
    if (level == UserLevel.LEVEL_1) {
      for (BoardMessage m : messages) {
        if (m.isTargetedAt(routes) && isActive(m, on)) {
          out.add(m);
        }
      }
      out.sort(NEWEST_FIRST);
    }
    return out;
  }

  /**
   * {@return the archived messages such a user sees on {@code on}, newest first}
   *
   * @param level the user's level
   * @param routes the licence's routes
   * @param messages every message
   * @param on the day of the question: the rules in force that day apply
   */
  public List<BoardMessage> archived(UserLevel level, Set<Route> routes, Collection<BoardMessage> messages,
      LocalDate on) {
    List<BoardMessage> out = new ArrayList<>();
    if (level == UserLevel.LEVEL_1) {
      for (BoardMessage m : messages) {
        if (m.isTargetedAt(routes) && isArchived(m, on)) {
          out.add(m);
        }
      }
      out.sort(NEWEST_FIRST);
    }
    return out;
  }

  /**
   * {@return the log-in gate: may the user do {@code action} now? {@code shownAtLogIn} are the active messages shown at
   * log-in ({@link #active}); {@code choice} is the button chosen so far, empty while the board is still open}
   * Reading the board ({@link SmsAction#VIEW_MESSAGE_BOARD}, {@link SmsAction#VIEW_ARCHIVED_MESSAGES}) and
   * {@link SmsAction#LOG_OUT} are always allowed.
   *
   * @param level the user's level
   * @param shownAtLogIn the messages shown at log-in
   * @param choice the button chosen so far
   * @param action what the user wants to do
   */
  public Decision decide(UserLevel level, List<BoardMessage> shownAtLogIn, Optional<BoardChoice> choice,
      SmsAction action) {
    if (level != UserLevel.LEVEL_1) {
      return Decision.of(MessageReasonCode.LEVEL_2_NOT_SHOWN_MESSAGES.reason());
    }
    if (shownAtLogIn.isEmpty() || choice.filter(c -> c == BoardChoice.OK).isPresent()) {
      return Decision.allowed();
    }
    if (choice.filter(BoardChoice::logsOut).isPresent()) {
      return Decision.of(MessageReasonCode.CANCEL_LOGS_OUT.reason(),
          MessageReasonCode.MUST_READ_MESSAGES_FIRST.reason(Map.of("messages", shownAtLogIn.size())));
    }
    if (action == SmsAction.VIEW_MESSAGE_BOARD || action == SmsAction.VIEW_ARCHIVED_MESSAGES
        || action == SmsAction.LOG_OUT) {
      return Decision.allowed();
    }
    return Decision.of(MessageReasonCode.MUST_READ_MESSAGES_FIRST.reason(Map.of("messages", shownAtLogIn.size())));
  }

  /** {@return the parameters this engine reads} */
  public MessageParameters parameters() {
    return parameters;
  }
}
