package io.github.sponsorsdk.sms.rules.cost;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/**
 * The reasons of {@link AssignmentCosts} (namespace {@code cost}). A reason about a figure cites the version of the
 * rate in force on the day of assignment ({@link CostParameters}); the code's own citation is the rule's first source.
 * Amounts are in pounds with pence ({@code 525.00}).
 */
public enum CostReasonCode implements ReasonCode {
  /**
   * The CoS fee. Parameters: {@code feeClass} ({@code WORKER} or {@code TEMPORARY_WORKER}), {@code amount},
   * {@code assignedOn}.
   */
  COS_FEE_DUE(Severity.INFO, "The {feeClass} Certificate of Sponsorship fee of £{amount} is paid when the CoS is "
      + "assigned ({assignedOn})",
      Citation.of(Source.FEES_REGULATIONS, "Schedule 4", CostParameters.WORKER_ROUTES_OPENED)),
  /**
   * The route's fee class is inferred, not read in a source (warning). Parameters: {@code route}, {@code feeClass}.
   */
  FEE_CLASS_INFERRED(Severity.WARNING, "No source read names the CoS fee of the {route} route: the {feeClass} fee "
      + "is assumed", Citation.of(Source.FEES_REGULATIONS, "Schedule 4, fee by route",
      CostParameters.GBM_OPENED)),
  /**
   * The Immigration Skills Charge. Parameters: {@code months} (the CoS period, part months counted as whole),
   * {@code chargedMonths}, {@code furtherPeriods}, {@code sponsorSize}, {@code firstTwelveMonths},
   * {@code eachFurtherSixMonths}, {@code amount}.
   */
  SKILLS_CHARGE_DUE(Severity.INFO, "Immigration Skills Charge for a CoS of {months} months, charged as {chargedMonths} "
      + "months at the {sponsorSize} rate (£{firstTwelveMonths} for the first 12 months and £{eachFurtherSixMonths} for "
      + "each of {furtherPeriods} further periods of up to 6 months): £{amount}",
      Citation.of(Source.IMMIGRATION_SKILLS_CHARGE_REGULATIONS, "Regulation 3 and the Schedule",
          CostParameters.ISC_START)),
  /** The route pays no Immigration Skills Charge. Parameter: {@code route}. */
  SKILLS_CHARGE_NOT_ON_ROUTE(Severity.INFO, "The {route} route pays no Immigration Skills Charge",
      Citation.of(Source.GOVUK_IMMIGRATION_SKILLS_CHARGE, "Who pays")),
  /** No charge for an exempt occupation. Parameter: {@code occupation}. */
  SKILLS_CHARGE_EXEMPT_OCCUPATION(Severity.INFO, "No Immigration Skills Charge: {occupation} is an exempt (PhD-level) "
      + "occupation", Citation.of(Source.GOVUK_IMMIGRATION_SKILLS_CHARGE, "Exemptions")),
  /** No charge for a student switching in the UK. Parameter: {@code previousRoute}. */
  SKILLS_CHARGE_EXEMPT_STUDENT_SWITCH(Severity.INFO, "No Immigration Skills Charge: the worker switches from the "
      + "{previousRoute} route inside the UK", Citation.of(Source.GOVUK_IMMIGRATION_SKILLS_CHARGE,
      "If you're sponsoring someone to switch to a work visa from a visa that allows them to study")),
  /** No charge for an entry clearance of less than 6 months. Parameters: {@code months}, {@code minimumMonths}. */
  SKILLS_CHARGE_EXEMPT_SHORT_STAY(Severity.INFO, "No Immigration Skills Charge: the worker applies from outside the "
      + "UK for {months} months, less than {minimumMonths}", Citation.of(Source.GOVUK_IMMIGRATION_SKILLS_CHARGE,
      "When you must pay")),
  /** No charge for a Senior or Specialist Worker's EU temporary transfer (claimed by the caller). */
  SKILLS_CHARGE_EXEMPT_EU_TRANSFER(Severity.INFO, "No Immigration Skills Charge: an EU national temporarily "
      + "transferred from the sponsor's EU business (claimed)", Citation.of(Source.GOVUK_IMMIGRATION_SKILLS_CHARGE,
      "Exemptions: Senior or Specialist Workers from the EU", LocalDate.of(2023, 1, 1))),
  /**
   * A short CoS whose worker may apply from outside the UK, where no charge is due, or from inside, where it is: the
   * SDK charges it (warning). Parameter: {@code months}.
   */
  SKILLS_CHARGE_APPLICATION_PLACE_UNKNOWN(Severity.WARNING, "The CoS covers {months} months: no charge is due if "
      + "the worker applies from outside the UK; not knowing where the worker applies from, the charge is included",
      Citation.of(Source.GOVUK_IMMIGRATION_SKILLS_CHARGE, "When you must pay")),
  /** The charge needs the CoS start and end dates. */
  SKILLS_CHARGE_DATES_MISSING(Severity.REFUSAL, "The Immigration Skills Charge needs the CoS start and end dates",
      Citation.of(Source.GOVUK_IMMIGRATION_SKILLS_CHARGE, "How much you need to pay")),
  /**
   * The cost may not be passed on to the worker. Parameters: {@code cost} (what it is), {@code since} (the first day
   * of assignment the rule covers).
   */
  NOT_RECOVERABLE_FROM_WORKER(Severity.INFO, "The {cost} may not be recovered from the worker by any means (CoS "
      + "assigned on or after {since}): recouping it is a ground for revoking the licence",
      Citation.of(Source.WORKER_GUIDANCE_PART_1, "Sponsorship fees: recouping costs",
          CostParameters.NO_RECOVERY_SKILLED_WORKER)),
  /** A route with a CAS: no CoS fee and no charge. Parameter: {@code route}. */
  NOT_A_COS(Severity.REFUSAL, "The {route} route has a CAS, not a CoS: the CoS fee and the Immigration Skills Charge "
      + "do not apply", Citation.of(Source.FEES_REGULATIONS, "Schedule 4", CostParameters.WORKER_ROUTES_OPENED)),
  /**
   * A figure has no version on the day of assignment (before the tables start, or for a route closed that day).
   * Parameters: {@code figure}, {@code assignedOn}.
   */
  NO_FIGURE_ON_DATE(Severity.REFUSAL, "No {figure} is known for a CoS assigned on {assignedOn}",
      Citation.of(Source.FEES_REGULATIONS, "Schedule 4", CostParameters.WORKER_ROUTES_OPENED));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  CostReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code cost}. */
  @Override
  public String namespace() {
    return "cost";
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
