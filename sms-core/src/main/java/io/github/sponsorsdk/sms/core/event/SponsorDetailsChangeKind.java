package io.github.sponsorsdk.sms.core.event;

/** Which sponsor details changed (GOV.UK, your responsibilities). */
public enum SponsorDetailsChangeKind {
  /** Organisation or branch name. */
  NAME,
  /** Organisation or branch address. */
  ADDRESS,
  /** Authorising Officer, Key Contact or Level 1 user. */
  KEY_PERSONNEL,
  /** Other details held on the licence. */
  OTHER_LICENCE_DETAILS
}
