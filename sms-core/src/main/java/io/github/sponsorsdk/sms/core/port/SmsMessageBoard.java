package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import java.util.List;

/** The SMS message board (SMS Manual 1, Guide 5): Level 1 users only. */
public interface SmsMessageBoard {

  /**
   * {@return active messages targeted at the licence's routes}
   *
   * @param session the signed-in user's session
   */
  SmsResult<List<BoardMessage>> activeMessages(SessionToken session);

  /**
   * {@return expired messages still in the archive}
   *
   * @param session the signed-in user's session
   */
  SmsResult<List<BoardMessage>> archivedMessages(SessionToken session);

  /**
   * "OK" on the messages shown at log-in ({@link LogIn#messages()}): they count as read and the user may go
   * on. "Cancel" is {@link SmsAccess#logOut} (Manual 1, Guide 5).
   *
   * @param session the signed-in user's session
   * @return allowed, or refused when there is nothing to confirm
   */
  Decision confirmMessagesRead(SessionToken session);
}
