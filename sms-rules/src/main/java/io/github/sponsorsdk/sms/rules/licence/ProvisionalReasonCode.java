package io.github.sponsorsdk.sms.rules.licence;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * The reasons of {@link ProvisionalRatingRules}: what a UK Expansion Worker sponsor with a provisional rating may
 * assign (docs/sources.md#secondary-licence: "one CoS, for the AO").
 */
public enum ProvisionalReasonCode implements ReasonCode {

  /**
   * A provisionally rated sponsor has one CoS: it has been assigned already. Parameter: {@code assigned} (the
   * certificates assigned on the licence so far).
   */
  PROVISIONAL_ONE_COS_ONLY(Severity.REFUSAL, "A provisionally rated sponsor is given one CoS only, and {assigned} "
      + "has already been assigned: the Authorising Officer can upgrade the licence to an A-rating once their visa is "
      + "granted", ProvisionalRatingRules.PROVISIONAL),
  /**
   * The one CoS of a provisionally rated sponsor must be issued in the Authorising Officer's name. Parameters:
   * {@code officer} (the AO's name), {@code migrant} (the name on the CoS).
   */
  PROVISIONAL_COS_FOR_AUTHORISING_OFFICER_ONLY(Severity.REFUSAL, "A provisionally rated sponsor's CoS must be "
      + "issued in the Authorising Officer's name ({officer}), not {migrant}", ProvisionalRatingRules.PROVISIONAL),
  /** The licence's Authorising Officer is not known, so the CoS cannot be checked against their name. */
  PROVISIONAL_AUTHORISING_OFFICER_UNKNOWN(Severity.REFUSAL, "A provisionally rated sponsor's CoS must be issued in "
      + "the Authorising Officer's name, and the licence names no Authorising Officer",
      ProvisionalRatingRules.PROVISIONAL);

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  ProvisionalReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code provisional}. */
  @Override
  public String namespace() {
    return "provisional";
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageTemplate() {
    return messageTemplate;
  }

  @Override
  public Citation citation() {
    return citation;
  }
}
