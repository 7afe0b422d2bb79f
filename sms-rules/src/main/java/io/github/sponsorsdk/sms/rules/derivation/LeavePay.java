package io.github.sponsorsdk.sms.rules.derivation;

/** How a period of leave was paid, as the 4-week rule (SUI 36.1) sees it. */
public enum LeavePay {
  /** Without pay: counts towards the 4 weeks. */
  UNPAID,
  /** On reduced pay (less than the normal rate for the day, e.g. statutory pay only): counts towards the 4 weeks. */
  REDUCED_PAY,
  /** On full contractual pay: does not count, whatever the leave (decision 0460). */
  FULL_PAY
}
