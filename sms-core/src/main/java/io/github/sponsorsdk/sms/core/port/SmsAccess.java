package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;

/**
 * Getting into the SMS: SMS Manual 1, "User ID and password", Guide 1 (first log-in) and Guide 2 (reset).
 *
 * <p>Passwords are {@code char[]}: the implementation copies what it needs and never keeps the array.
 */
public interface SmsAccess {

  /**
   * Logs in. A wrong user ID and a wrong password get the same refusal, worded as the SMS words it ("Please make sure
   * you enter the correct user ID and password, as your previous attempt does not match our records."); repeated
   * failures lock the account for a while.
   *
   * @param userId the user ID, case-sensitive
   * @param password the password as typed (case-sensitive; a trailing space makes it wrong)
   * @return the session, or the refusal
   */
  SmsResult<LogIn> logIn(SmsUserId userId, char[] password);

  /**
   * Ends the session. Refused only for a token that is not a live session.
   *
   * @param session the session to end
   * @return allowed, or refused for a token that is not a live session
   */
  Decision logOut(SessionToken session);

  /**
   * Changes the password of the session's user (Guide 1 step 2, "Change password" menu): the current password, the
   * new one and its confirmation. Every policy violation is reported at once.
   *
   * @param session the signed-in user's session
   * @param currentPassword the password in use
   * @param newPassword the new password
   * @param confirmation the new password typed again
   * @return allowed, or every policy violation
   */
  Decision changePassword(SessionToken session, char[] currentPassword, char[] newPassword, char[] confirmation);

  /**
   * "Forgotten your password?" (Guide 2): the user ID and the email address the password was sent to. When
   * both match an active user, a temporary password is emailed; the answer does not tell whether they matched.
   *
   * @param userId the user ID
   * @param email the email address the password was sent to
   * @return always allowed, so that the answer does not reveal whether the user exists
   */
  Decision requestPasswordReset(SmsUserId userId, String email);
}
