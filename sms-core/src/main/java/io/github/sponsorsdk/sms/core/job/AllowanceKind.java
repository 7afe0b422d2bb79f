package io.github.sponsorsdk.sms.core.job;

/**
 * What an allowance on a CoS is paid for. The Global Business Mobility rules count allowances "which are guaranteed
 * to be paid for the duration of the applicant's employment in the UK (such as London weighting) or are paid as a
 * mobility premium or to cover the additional cost of living in the UK", and accommodation allowances only up to a
 * share of the package (Appendix Global Business Mobility SNR 7.2(b), 7.3; docs/sources.md#rules-cos-content). Skilled
 * Worker salary counts no allowance (SW 14.2(d)). Which allowance counts for which route is a rule in
 * {@code sms-rules}; this enum only says what the allowance is.
 */
public enum AllowanceKind {
  /** Guaranteed for the whole of the UK employment, such as London weighting. */
  GUARANTEED,
  /** A mobility premium. */
  MOBILITY_PREMIUM,
  /** Paid to cover the additional cost of living in the UK. */
  COST_OF_LIVING,
  /** Paid for accommodation. */
  ACCOMMODATION
}
