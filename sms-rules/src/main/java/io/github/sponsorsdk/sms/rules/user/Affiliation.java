package io.github.sponsorsdk.sms.rules.user;

/**
 * Whom a key person works for. Sponsor UK's beta invites key personnel who "work for the business (i.e. do not
 * include legal representatives)" (docs/sources.md#sponsor-uk-users); the SMS lets a representative be a user.
 */
public enum Affiliation {
  /** Works for the sponsor. */
  SPONSOR,
  /** A representative (a regulated immigration adviser acting for the sponsor). */
  REPRESENTATIVE
}
