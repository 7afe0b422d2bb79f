package io.github.sponsorsdk.sms.rules.user;

/** How SMS handles an accepted user-management request. */
public enum Processing {
  /** Applied at once and visible on SMS immediately. */
  APPLIED_AT_ONCE,
  /** Sent to the Home Office for casework; nothing changes until it is decided. */
  CASEWORK
}
