package io.github.sponsorsdk.sms.rules.reporting;

/**
 * Who discharges a duty. SMS Manual 1 ("Level 1 and Level 2 users"): Level 2 users can report activity only on
 * CoS/CAS they own and cannot use the "Licence summary, applications and services" menu, so licence changes fall
 * to Level 1 users.
 */
public enum ReportingParty {
  /** A Level 1 user, or a Level 2 user who owns the CoS/CAS (worker and student activity). */
  LEVEL_1_OR_OWNING_LEVEL_2_USER,
  /** A Level 1 user (licence details, allocations, sponsor-level changes through the SMS). */
  LEVEL_1_USER,
  /** The sponsor, outside the SMS (police, email, payment, notice response; the Authorising Officer answers). */
  SPONSOR,
  /** The new owner of the business after a transfer. */
  NEW_OWNER
}
