package io.github.sponsorsdk.sms.core.citation;

/**
 * What the date of a {@link Citation#effectiveFrom()} is. Every citation has a date; this says whether the source
 * states it as the day the rule took effect or whether it is only the edition of the source the project read.
 */
public enum EffectiveDateBasis {
  /**
   * The source states that the rule took effect on this day (for example "On 19 June 2023 the NINO became
   * mandatory").
   */
  RULE_TOOK_EFFECT,
  /**
   * The source gives no date for the rule; the date is that of the edition the project read ({@link Source#edition()}).
   * The rule held on that day; it may be older.
   */
  EDITION_READ
}
