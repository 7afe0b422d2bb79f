package io.github.sponsorsdk.sms.rules.submission;

/**
 * Which days of an edit review are "days during which an edit ... is being reviewed" (Appendix Skilled Worker
 * SW 1.2(d), docs/sources.md#srn-validity). The Rules do not say whether the day of the request or of the decision
 * count; a parameter, {@link #REQUEST_DAY_TO_DECISION_EXCLUSIVE} by default (uncertain). Only days after the
 * validity's start and up to the day of application are ever disregarded.
 */
public enum ReviewDayCounting {
  /** From the day the edit is requested up to the day before the Home Office decides it: a one-day review is 1. */
  REQUEST_DAY_TO_DECISION_EXCLUSIVE,
  /** From the day the edit is requested to the day of the decision, both included: a one-day review is 2. */
  REQUEST_DAY_TO_DECISION_INCLUSIVE
}
