package io.github.sponsorsdk.sms.rules.licence;

/** Where a licence stands, on a given day, with respect to renewal. */
public enum RenewalState {
  /** The licence expires on or after the cut-off of the 2024 change: it needs no renewal. */
  NOT_REQUIRED,
  /** More than the notice period (90 days) before expiry: the Next button is not available yet. */
  NOT_OPEN,
  /** From 90 days before expiry to the day before expiry, both inclusive. */
  OPEN,
  /** On or after the expiry date: too late to apply. */
  CLOSED
}
