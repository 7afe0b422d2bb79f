package io.github.sponsorsdk.sms.testkit.audit;

/** Who made a change: a sponsor's SMS user, the Home Office, or the SMS itself (time passing). */
public enum ActorKind {
  USER,
  HOME_OFFICE,
  SYSTEM
}
