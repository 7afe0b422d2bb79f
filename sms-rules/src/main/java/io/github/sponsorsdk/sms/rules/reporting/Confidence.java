package io.github.sponsorsdk.sms.rules.reporting;

/**
 * How firmly a catalogue row rests on its sources. Every {@link Duty} carries its row's confidence, so a payroll
 * system can show, or route to a person, the duties whose rule the SDK could not read in the primary text.
 *
 * <p>The Part 3 reporting annex and Student Document 2 could be read only through secondary sources quoting them
 * (decision 0460), so most rows are {@link #SECONDARY}.
 */
public enum Confidence {
  /** The rule was read in the primary text (Immigration Rules, an SMS manual, a GOV.UK page). */
  PRIMARY,
  /** The guidance's words as quoted by several secondary sources that agree. */
  SECONDARY,
  /**
   * One old or indirect source, sources that disagree (the default is a project decision), or a rule whose current
   * status is unknown. Check these duties with a person before relying on them.
   */
  UNCERTAIN
}
