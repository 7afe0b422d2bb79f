package io.github.sponsorsdk.sms.core.submission;

/**
 * Where a sponsorship submission stands. The names are the SDK's (Sponsor UK's own status names are not published,
 * docs/decisions/0470-sponsor-uk.md); the steps they stand for are the sources' (docs/sources.md#sponsor-uk-process).
 *
 * <pre>
 * DRAFT --submit--> SUBMITTED --approve--> APPROVED --payment link--> AWAITING_PAYMENT --pay--> PAID --SRN--> SRN_ISSUED
 *                     |  ^  \--refuse--> REFUSED                                                          |   ^   |
 *      request evidence  respond                         SRN_ISSUED --edit requested--> EDIT_UNDER_REVIEW -+   |   |
 *                     v  |                               SRN_ISSUED --used in an application--> USED ----------+   |
 *              EVIDENCE_REQUESTED                        USED --granted or refused--> DECIDED                      |
 *                                                        SRN_ISSUED --90 days--> EXPIRED; --Home Office--> CANCELLED
 * Any status before use --withdraw--> WITHDRAWN
 * </pre>
 *
 * {@link #WITHDRAWN}, {@link #REFUSED}, {@link #DECIDED}, {@link #EXPIRED} and {@link #CANCELLED} are final.
 */
public enum SubmissionStatus {
  /** Being prepared by the sponsor; not yet sent to the Home Office. */
  DRAFT("Draft", Phase.BEFORE_PAYMENT),
  /** Sent to the Home Office, awaiting its decision. */
  SUBMITTED("Submitted", Phase.BEFORE_PAYMENT),
  /** The Home Office asked for more evidence; the sponsor uploads it and responds. */
  EVIDENCE_REQUESTED("Evidence requested", Phase.BEFORE_PAYMENT),
  /** Approved by the Home Office; the payment link is yet to be issued. */
  APPROVED("Approved", Phase.BEFORE_PAYMENT),
  /** The payment link has been issued; the sponsor has not paid yet. */
  AWAITING_PAYMENT("Awaiting payment", Phase.BEFORE_PAYMENT),
  /** Paid; the Sponsorship Reference Number is yet to be issued. */
  PAID("Paid", Phase.PAID),
  /** The SRN has been issued; the worker may apply with it. */
  SRN_ISSUED("SRN issued", Phase.SRN),
  /** An edit the sponsor requested is being reviewed by the Home Office; these days do not count toward the 90. */
  EDIT_UNDER_REVIEW("Edit under review", Phase.SRN),
  /** Used in a visa application that awaits a decision. */
  USED("Used", Phase.SRN),
  /** Used in an application that was granted or refused: spent (final). */
  DECIDED("Application decided", Phase.SRN),
  /** Refused by the Home Office (final). */
  REFUSED("Refused", Phase.BEFORE_PAYMENT),
  /** Withdrawn by the sponsor (final); it may or may not have had an SRN. */
  WITHDRAWN("Withdrawn", Phase.ANY),
  /** The SRN was not used within its validity (final). */
  EXPIRED("Expired", Phase.SRN),
  /** Cancelled by the Home Office after the SRN was issued (final). */
  CANCELLED("Cancelled", Phase.SRN);

  /** Which facts a status implies about payment and the SRN; checked by {@link Submission}. */
  enum Phase { BEFORE_PAYMENT, PAID, SRN, ANY }

  private final String label;
  private final Phase phase;

  SubmissionStatus(String label, Phase phase) {
    this.label = label;
    this.phase = phase;
  }

  /** {@return a readable label: "Awaiting payment"} */
  public String label() {
    return label;
  }

  /** {@return true for the statuses nothing leaves: withdrawn, refused, decided, expired, cancelled} */
  public boolean isFinal() {
    return this == WITHDRAWN || this == REFUSED || this == DECIDED || this == EXPIRED || this == CANCELLED;
  }

  /** {@return true when a submission in this status must have an SRN (and so must have been paid for)} */
  public boolean requiresSrn() {
    return phase == Phase.SRN;
  }

  /** {@return true when a submission in this status cannot have been paid for yet (and so has no SRN)} */
  public boolean isBeforePayment() {
    return phase == Phase.BEFORE_PAYMENT;
  }

  Phase phase() {
    return phase;
  }
}
