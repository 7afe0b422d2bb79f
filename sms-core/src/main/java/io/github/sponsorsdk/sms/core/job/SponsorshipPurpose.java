package io.github.sponsorsdk.sms.core.job;

/**
 * Why the worker is being sponsored: a new hire from abroad, a switch from another route in the UK, an extension with
 * the same sponsor or a change of employment. <b>An SDK field</b>: no source names such an SMS CoS field
 * (docs/sources.md#secondary-cos-form), but the rules turn on it: a Skilled Worker applying for entry clearance needs
 * a defined CoS (Appendix Skilled Worker SW 5.1(b)); a B-rated sponsor may assign a CoS only to a worker continuing
 * with it (SW 5.3); the Immigration Skills Charge is not paid for a student switching in the UK
 * (docs/sources.md#isc-exemptions).
 */
public enum SponsorshipPurpose {
  /** A worker applying from outside the UK (entry clearance). */
  ENTRY_CLEARANCE,
  /** A worker already in the UK on another route (for example a student) switching to this one. */
  SWITCH_IN_UK,
  /** A worker already sponsored by this sponsor on this route, extending. */
  EXTENSION_SAME_SPONSOR,
  /** A worker already sponsored on this route changing employer or job. */
  CHANGE_OF_EMPLOYMENT
}
