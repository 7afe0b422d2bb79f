package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import java.util.List;

/**
 * "Manage your Level 1 and 2 users" (SMS Manual 1, Guides 3 and 4): Level 1 users only.
 */
public interface SmsUserManagement {

  /** The rows of the "Manage Level 1 and 2 users" screen. */
  SmsResult<List<SmsUser>> users(SessionToken session);

  /** Requests a new Level 1 user: status Requested until the Home Office decides (Guide 3). */
  SmsResult<SmsUser> requestLevel1User(SessionToken session, UserProfile profile);

  /** Creates a Level 2 user, Active at once; the user ID and password are emailed (Guide 3, step 5). */
  SmsResult<SmsUser> createLevel2User(SessionToken session, UserProfile profile);

  /** Amends the session user's own details or a Level 2 user's (Guide 4). */
  SmsResult<SmsUser> amendUser(SessionToken session, SmsUserId userId, UserProfile profile);

  /** Deactivates another user, permanently (Guide 4). */
  SmsResult<SmsUser> deactivateUser(SessionToken session, SmsUserId userId);
}
