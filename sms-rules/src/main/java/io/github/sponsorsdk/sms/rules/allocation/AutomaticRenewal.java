package io.github.sponsorsdk.sms.rules.allocation;

/**
 * Whether the SMS has already renewed an allocation automatically this year: a sponsor may not request a renewal of
 * one it did (SMS Manual 1, Troubleshooting: "No routes are displayed"). An argument of
 * {@link AllocationRules#decideRenewalRequest}, in place of a boolean.
 */
public enum AutomaticRenewal {
  /** The SMS has not renewed the allocation automatically: the sponsor may request a renewal in the window. */
  NOT_RENEWED,
  /** The SMS has already renewed the allocation automatically: a request is refused. */
  ALREADY_RENEWED
}
