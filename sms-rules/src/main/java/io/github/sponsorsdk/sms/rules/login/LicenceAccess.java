package io.github.sponsorsdk.sms.rules.login;

import io.github.sponsorsdk.sms.core.citation.Citation;

/**
 * The licence status as far as log-in is concerned (Manual 1, "Access to SMS"): "If your licence has expired or has
 * been revoked you will not be able to log in to SMS"; suspended and dormant licences "can access SMS".
 *
 * <p>This is a local enum of the log-in engine. When sms-core's licence status enum lands, map it here (one
 * {@code switch}) or replace this type's use in {@link LoginAttempt} with it and move {@link #permitsLogIn()}.
 */
public enum LicenceAccess {
  /** Licensed and fully active: all functions of the licensed routes. */
  FULLY_ACTIVE(true, LoginSources.manual1("Access to SMS", "Licensed and fully active: users can access all functions")),
  /** Suspended: can log in, some functions blocked. */
  SUSPENDED(true, LoginSources.manual1("Access to SMS", "Suspended or Dormant: users can access SMS")),
  /** Dormant: can log in, some functions blocked. */
  DORMANT(true, LoginSources.manual1("Access to SMS", "Suspended or Dormant: users can access SMS")),
  /** Expired: no log-in. */
  EXPIRED(false, LoginSources.manual1("Access to SMS", "If your licence has expired ... you will not be able to log in")),
  /** Revoked: no log-in. */
  REVOKED(false, LoginSources.manual1("Access to SMS", "If your licence ... has been revoked you will not be able to log in")),
  /**
   * Surrendered: the manual is silent; a surrendered licence has ended like a revoked one, so no log-in
   * (DOMAIN-NOTES 3.1: UNCERTAIN, treated like revoked).
   */
  SURRENDERED(false, LoginSources.decision("surrender ends the licence; Manual 1 is silent: treated like revoked"));

  private final boolean permitsLogIn;
  private final Citation citation;

  LicenceAccess(boolean permitsLogIn, Citation citation) {
    this.permitsLogIn = permitsLogIn;
    this.citation = citation;
  }

  /** True when users of a licence in this status may log in at all. */
  public boolean permitsLogIn() {
    return permitsLogIn;
  }

  public Citation citation() {
    return citation;
  }
}
