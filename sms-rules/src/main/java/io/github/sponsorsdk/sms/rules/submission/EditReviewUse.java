package io.github.sponsorsdk.sms.rules.submission;

/**
 * Whether a worker may apply with an SRN while an edit the sponsor requested is under review. Appendix Skilled Worker
 * SW 1.2(d) disregards the review's days but does not say (docs/sources.md#srn-validity). A parameter,
 * {@link #BLOCKS_USE} by default (uncertain): the job details the application would rely on are being changed.
 */
public enum EditReviewUse {
  /** No application may use the SRN while an edit is under review. */
  BLOCKS_USE,
  /** An application may use the SRN while an edit is under review (the details before the edit hold). */
  ALLOWS_USE
}
