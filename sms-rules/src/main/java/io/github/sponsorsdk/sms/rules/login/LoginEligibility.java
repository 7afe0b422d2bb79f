package io.github.sponsorsdk.sms.rules.login;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.user.UserStatus;

/**
 * Who may log in at all, by licence status and user status, with the source of each answer. The facts themselves
 * are {@link LicenceStatus#canLogIn()} and {@link UserStatus#canLogIn()}; this class cites them for the engine's
 * reasons.
 */
public final class LoginEligibility {
  private LoginEligibility() {}

  /**
   * {@return true when users of a licence in {@code status} may log in}
   *
   * @param status the licence status
   */
  public static boolean permits(LicenceStatus status) {
    return status.canLogIn();
  }

  /**
   * {@return true when a user in {@code status} may log in}
   *
   * @param status the user status
   */
  public static boolean permits(UserStatus status) {
    return status.canLogIn();
  }

  /**
   * {@return the source of {@link #permits(LicenceStatus)} for {@code status}}
   *
   * @param status the licence status
   */
  public static Citation citation(LicenceStatus status) {
    switch (status) {
      case LICENSED_AND_FULLY_ACTIVE:
        return LoginSources.manual1("Access to SMS", "Licensed and fully active: users can access all functions");
      case SUSPENDED:
      case DORMANT:
        return LoginSources.manual1("Access to SMS", "Suspended or Dormant: users can access SMS");
      case EXPIRED:
        return LoginSources.manual1("Access to SMS", "If your licence has expired ... you will not be able to log in");
      case REVOKED:
        return LoginSources.manual1("Access to SMS",
            "If your licence ... has been revoked you will not be able to log in");
      case SURRENDERED:
        // docs/sources.md#secondary-licence: UNCERTAIN; a surrendered licence has ended like a revoked one.
        return LoginSources.decision("surrender ends the licence; Manual 1 is silent: treated like revoked");
      default:
        throw new IllegalArgumentException("unknown licence status " + status);
    }
  }

  /**
   * {@return the source of {@link #permits(UserStatus)} for {@code status}}
   *
   * @param status the user status
   */
  public static Citation citation(UserStatus status) {
    switch (status) {
      case REQUESTED:
        return LoginSources.manual1("User ID and password", "Once the request is approved, your password will be sent");
      case ACTIVE:
        return LoginSources.guide2("SMS log in screen", "You MUST be an appointed Level 1 or 2 user to access SMS");
      case REFUSED:
        return LoginSources.manual1("Guide 3, Manage Level 1 and 2 users (status note)",
            "Refused - the request to add a Level 1 user has been refused");
      case DEACTIVATED_BY_SPONSOR:
        return LoginSources.manual1("Guide 4, User details", "deactivated accounts cannot be reactivated");
      case DEACTIVATED_BY_UK_VI:
        return LoginSources.manual1("Guide 3, Manage Level 1 and 2 users (status note)",
            "Deactivated by UK V&I - we have deactivated the user");
      default:
        throw new IllegalArgumentException("unknown user status " + status);
    }
  }
}
