/**
 * The SMS message board: which messages a Level 1 user sees at log-in (targeted by route, active until their expiry
 * date), which stay in the archive (12 months after expiry), and the "must read before using SMS" gate a session
 * enforces.
 *
 * <pre>{@code
 * MessageBoardRules board = MessageBoardRules.defaults();
 * LocalDate today = LocalDate.of(2026, 11, 25);
 *
 * List<BoardMessage> shown = board.active(UserLevel.LEVEL_1, licence.routes(), allMessages, today);
 * List<BoardMessage> archive = board.archived(UserLevel.LEVEL_1, licence.routes(), allMessages, today);
 *
 * // Before the user chooses OK, only the board and Log out are allowed.
 * board.decide(UserLevel.LEVEL_1, shown, Optional.empty(), SmsAction.CREATE_COS).codes();
 *                                                     // [MUST_READ_MESSAGES_FIRST] when shown is not empty
 * board.decide(UserLevel.LEVEL_1, shown, Optional.of(BoardChoice.OK), SmsAction.CREATE_COS).isAllowed(); // true
 * BoardChoice.CANCEL.logsOut();                       // true
 *
 * board.archivedUntil(LocalDate.of(2026, 1, 31), today);   // 2027-01-31: first day no longer archived
 * }</pre>
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.message;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
