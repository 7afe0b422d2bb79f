package io.github.sponsorsdk.sms.core.event;

/** Why sponsorship of a worker ends early (Workers guidance Part 3; docs/sources.md#reporting-duties, row W6). */
public enum SponsorshipEndReason {
  /** The worker resigned. */
  RESIGNATION,
  /** The worker was dismissed. */
  DISMISSAL,
  /** The worker was made redundant. */
  REDUNDANCY,
  /** A fixed-term contract ended earlier than the CoS end date. */
  FIXED_TERM_ENDED_EARLY,
  /** The worker will not take up the post. */
  DID_NOT_TAKE_UP_POST,
  /** The sponsor withdrew the job offer. */
  OFFER_WITHDRAWN,
  /** The worker no longer needs sponsorship (e.g. settlement, another route). */
  NO_LONGER_NEEDS_SPONSORSHIP,
  /** Any other reason the sponsor stops sponsoring. */
  OTHER
}
