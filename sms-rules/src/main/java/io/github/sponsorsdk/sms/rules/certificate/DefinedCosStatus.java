package io.github.sponsorsdk.sms.rules.certificate;

/**
 * Where an application for a defined CoS stands. SMS Manual 12 lets a sponsor "apply for defined CoS, ... view and
 * withdraw an application awaiting a decision, create and assign defined CoS, view previously refused, withdrawn or
 * rejected applications" (manual index, docs/sources.md#sms-manual-12).
 */
public enum DefinedCosStatus {
  /** Applied for; a caseworker has not decided. */
  AWAITING_DECISION,
  /** Granted: may be created and assigned within 3 months. */
  GRANTED,
  /** Refused by the Home Office. */
  REFUSED,
  /** Withdrawn by the sponsor before a decision. */
  WITHDRAWN,
  /** Rejected as invalid. */
  REJECTED;

  /** {@return true for every status but {@link #AWAITING_DECISION}} */
  public boolean isDecided() {
    return this != AWAITING_DECISION;
  }
}
