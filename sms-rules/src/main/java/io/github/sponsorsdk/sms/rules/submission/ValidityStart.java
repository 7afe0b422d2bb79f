package io.github.sponsorsdk.sms.rules.submission;

/**
 * Which day an SRN-linked CoS counts as "issued" for the 90 days of Appendix Skilled Worker SW 1.2(d). The Rules do
 * not say (docs/sources.md#srn-validity). A parameter, {@link #SRN_ISSUED} by default (uncertain): the record the
 * Rules call a CoS is "linked to a Sponsorship Reference Number", which exists from its issue.
 */
public enum ValidityStart {
  /** The day the SRN is issued (after payment). */
  SRN_ISSUED,
  /** The day the sponsor paid. */
  PAID,
  /** The day the Home Office approved the submission. */
  APPROVED
}
