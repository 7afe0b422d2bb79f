package io.github.sponsorsdk.sms.core.event;

/** How a sponsor stops trading (GOV.UK, your responsibilities). */
public enum TradingChangeKind {
  /** The organisation stopped trading. */
  STOPPED_TRADING,
  /** The organisation became insolvent (administration, liquidation, receivership). */
  INSOLVENT
}
