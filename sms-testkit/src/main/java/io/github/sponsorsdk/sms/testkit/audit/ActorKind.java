package io.github.sponsorsdk.sms.testkit.audit;

/** Who made a change: a sponsor's SMS user, the Home Office, or the SMS itself (time passing). */
public enum ActorKind {
  /** An SMS user, through the port. */
  USER,
  /** A Home Office act, through the fake's {@code HomeOffice} side (grants, ratings, casework decisions). */
  HOME_OFFICE,
  /** The fake itself, as time passes (expiries, lapses, time-outs). */
  SYSTEM
}
