package io.github.sponsorsdk.sms.core.citation;

/**
 * How firmly the cited source settles the rule. Most rules are {@link #ESTABLISHED}: the source states them. Where
 * the sources are silent or read only second-hand (the Sponsor UK service, whose guidance body could not be read, is
 * the main case), the SDK picks a documented default, makes it a parameter and marks the citation
 * {@link #UNCERTAIN}, so a caller can tell a rule of the guidance from an assumption of the SDK
 * ({@link io.github.sponsorsdk.sms.core.decision.Reason#isUncertain()},
 * {@link io.github.sponsorsdk.sms.core.decision.Decision#uncertainties()}).
 *
 * <p>A caller who learns the real rule replaces the parameter with a citation of its own, which is
 * {@link #ESTABLISHED} by default, and the flag goes away with it.
 */
public enum Certainty {
  /** The source states the rule (or the project decided it in a decision record, which it cites). */
  ESTABLISHED,
  /**
   * No source read settles the rule: the value is the SDK's documented default, or rests on a single secondary
   * source; the citation's note says which.
   */
  UNCERTAIN
}
