package io.github.sponsorsdk.sms.rules.submission;

/**
 * Until when a sponsor may withdraw a submission. The sources say users can "withdraw a sponsorship submission"
 * (docs/sources.md#sponsor-uk-actions) but not until when, nor whether a paid submission is refunded; a withdrawn CoS
 * supports no application (Appendix Skilled Worker SW 5.1(e)). A parameter, {@link #UNTIL_USED} by default
 * (uncertain).
 */
public enum WithdrawalWindow {
  /** Any status before the SRN is used in an application, paid or not (no refund is modelled). */
  UNTIL_USED,
  /** Only before payment. */
  UNTIL_PAID
}
