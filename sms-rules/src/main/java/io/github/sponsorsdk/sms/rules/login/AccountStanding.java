package io.github.sponsorsdk.sms.rules.login;

import io.github.sponsorsdk.sms.core.citation.Citation;

/**
 * The SMS user status as far as log-in is concerned (Manual 1, Guide 3, "Manage Level 1 and 2 users": Requested,
 * Active, Refused, Deactivated by sponsor, Deactivated by UK V&amp;I). Only an Active user is "an appointed Level 1
 * or 2 user" who may log in (Guide 2, log-in screen: "You MUST be an appointed Level 1 or 2 user to access SMS").
 *
 * <p>A local enum of the log-in engine: when sms-core's user status enum lands, map it here (one {@code switch}) or
 * replace this type's use in {@link LoginAttempt} with it and move {@link #permitsLogIn()}.
 */
public enum AccountStanding {
  /** A Level 1 request under consideration: the password is only emailed once it is approved (Guide 3). */
  REQUESTED(false, LoginSources.manual1("User ID and password", "Once the request is approved, your password will be sent")),
  /** Active: may log in. */
  ACTIVE(true, LoginSources.guide2("SMS log in screen", "You MUST be an appointed Level 1 or 2 user to access SMS")),
  /** The Home Office refused the request (Guide 3). */
  REFUSED(false, LoginSources.manual1("Guide 3, Manage Level 1 and 2 users (status note)", "Refused - the request to add a Level 1 user has been refused")),
  /** Deactivated by a Level 1 user; "deactivated accounts cannot be reactivated" (Guide 4). */
  DEACTIVATED_BY_SPONSOR(false, LoginSources.manual1("Guide 4, User details", "deactivated accounts cannot be reactivated")),
  /** Deactivated by the Home Office (Guide 3: "Deactivated by UK V&amp;I - we have deactivated the user"). */
  DEACTIVATED_BY_HOME_OFFICE(false, LoginSources.manual1("Guide 3, Manage Level 1 and 2 users (status note)", "Deactivated by UK V&I - we have deactivated the user"));

  private final boolean permitsLogIn;
  private final Citation citation;

  AccountStanding(boolean permitsLogIn, Citation citation) {
    this.permitsLogIn = permitsLogIn;
    this.citation = citation;
  }

  /** True when a user with this status may log in. */
  public boolean permitsLogIn() {
    return permitsLogIn;
  }

  public Citation citation() {
    return citation;
  }
}
