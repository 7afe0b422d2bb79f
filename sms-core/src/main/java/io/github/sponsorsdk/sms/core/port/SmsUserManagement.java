package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import java.util.List;

/**
 * "Manage your Level 1 and 2 users" (SMS Manual 1, Guides 3 and 4): Level 1 users only.
 */
public interface SmsUserManagement {

  /**
   * {@return the rows of the "Manage Level 1 and 2 users" screen}
   *
   * @param session the signed-in user's session
   */
  SmsResult<List<SmsUser>> users(SessionToken session);

  /**
   * Requests a new Level 1 user: status Requested until the Home Office decides (Guide 3).
   *
   * @param session the signed-in Level 1 user's session
   * @param profile the new user's details
   * @return the new user, status Requested, or the refusal
   */
  SmsResult<SmsUser> requestLevel1User(SessionToken session, UserProfile profile);

  /**
   * Creates a Level 2 user, Active at once; the user ID and password are emailed (Guide 3, step 5).
   *
   * @param session the signed-in Level 1 user's session
   * @param profile the new user's details
   * @return the new user, Active, or the refusal
   */
  SmsResult<SmsUser> createLevel2User(SessionToken session, UserProfile profile);

  /**
   * Amends the session user's own details or a Level 2 user's (Guide 4).
   *
   * @param session the signed-in user's session
   * @param userId the user to amend
   * @param profile the amended details
   * @return the user as amended (or as sent for assessment), or the refusal
   */
  SmsResult<SmsUser> amendUser(SessionToken session, SmsUserId userId, UserProfile profile);

  /**
   * Deactivates another user, permanently (Guide 4).
   *
   * @param session the signed-in Level 1 user's session
   * @param userId the user to deactivate
   * @return the deactivated user, or the refusal
   */
  SmsResult<SmsUser> deactivateUser(SessionToken session, SmsUserId userId);
}
