package io.github.sponsorsdk.sms.rules.licence;

/**
 * Whether a licence renewal application awaits a decision: a pending renewal keeps the licence in force past its
 * expiry date until it is decided (secondary sources, docs/sources.md#secondary-licence). An argument of
 * {@link LicenceRules#assessExpiry}, in place of a boolean.
 */
public enum PendingRenewal {
  /** No renewal application awaits a decision. */
  NONE,
  /** A renewal application was made in the window and awaits a decision. */
  AWAITING_DECISION
}
