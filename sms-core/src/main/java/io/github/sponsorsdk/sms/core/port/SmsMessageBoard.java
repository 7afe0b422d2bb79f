package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import java.util.List;

/** The SMS message board (SMS Manual 1, Guide 5): Level 1 users only. */
public interface SmsMessageBoard {

  /** Active messages targeted at the licence's routes. */
  SmsResult<List<BoardMessage>> activeMessages(SessionToken session);

  /** Expired messages still in the archive. */
  SmsResult<List<BoardMessage>> archivedMessages(SessionToken session);

  /**
   * "OK" on the messages shown at log-in ({@link LogIn#messages()}): they count as read and the user may go on.
   * "Cancel" is {@link SmsAccess#logOut} (Manual 1, Guide 5).
   */
  Decision confirmMessagesRead(SessionToken session);
}
