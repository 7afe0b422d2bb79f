package io.github.sponsorsdk.sms.rules.user;

/** Who changes a user's status: the sponsor (a Level 1 user) or the Home Office (UK Visas and Immigration). */
public enum StatusChanger {
  /** The sponsor's Level 1 user. */
  SPONSOR,
  /** The Home Office. */
  HOME_OFFICE
}
