package io.github.sponsorsdk.sms.rules.certificate;

/**
 * Where an application for a defined CoS stands. SMS Manual 12 lets a sponsor "apply for defined CoS, ... view and
 * withdraw an application awaiting a decision, create and assign defined CoS, view previously refused, withdrawn or
 * rejected applications" (manual index, docs/sources.md#sms-manual-12).
 */
public enum DefinedCosStatus {
  AWAITING_DECISION,
  /** Granted: may be created and assigned within 3 months. */
  GRANTED,
  REFUSED,
  WITHDRAWN,
  REJECTED;

  /** {@return true for every status but {@link #AWAITING_DECISION}} */
  public boolean isDecided() {
    return this != AWAITING_DECISION;
  }
}
