package io.github.sponsorsdk.sms.rules.submission;

/**
 * Who moves a sponsorship submission. Which people count as a {@link #SPONSOR_USER} (Level 1 users, the Key Contact
 * and the Authorising Officer, working for the sponsor) is {@code user.SponsorUkEligibility}'s question; no split of
 * functions between them is published (docs/sources.md#sponsor-uk-users), so the lifecycle treats them alike.
 */
public enum SubmissionActor {
  /** A Sponsor UK user of the sponsor: makes, edits, withdraws and pays for submissions, uploads evidence. */
  SPONSOR_USER,
  /** The Home Office: decides submissions and edits, issues the payment link and the SRN, records use. */
  HOME_OFFICE,
  /** The passing of time: an unused SRN expires at the end of its validity. */
  TIME
}
