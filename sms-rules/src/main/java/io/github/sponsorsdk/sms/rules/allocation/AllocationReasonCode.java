package io.github.sponsorsdk.sms.rules.allocation;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * The reasons of {@link AllocationRules}, each with the rule it applies. The explanations of a change
 * ({@link #ASSIGNED_FROM_ALLOCATION}, {@link #INCREASE_GRANTED}, {@link #REDUCED}, {@link #REDUCED_ONLY_TO_USED})
 * carry the counts after it: {@code granted}, {@code used}, {@code remaining}, and {@code previousRemaining}.
 */
public enum AllocationReasonCode implements ReasonCode {
  /**
   * Certificates were taken from the allocation (information). Parameters: {@code count}, {@code kind},
   * {@code route}, and the counts after.
   */
  ASSIGNED_FROM_ALLOCATION(Severity.INFO, "{count} {kind} assigned from the {route} allocation; {remaining} of "
      + "{granted} remain ({used} used, {previousRemaining} remained before)",
      AllocationRules.TROUBLESHOOTING_INSUFFICIENT),
  /**
   * "The assignment could not be processed due to there being insufficient remaining CoS in your allocation": the
   * SMS's own words, verbatim (so no parameters; the counts are in the outcome's allocation).
   */
  INSUFFICIENT_ALLOCATION(Severity.REFUSAL, AllocationRules.INSUFFICIENT_MESSAGE,
      AllocationRules.TROUBLESHOOTING_INSUFFICIENT),
  /**
   * The date is outside the allocation's year: before it starts or after it has ended. Parameters: {@code route},
   * {@code yearStart}, {@code expires}, {@code date}.
   */
  OUTSIDE_ALLOCATION_YEAR(Severity.REFUSAL, "The {route} allocation covers {yearStart} to {expires}, not {date}",
      AllocationRules.ALLOCATION_YEAR),
  /**
   * A count of certificates must be at least 1, and an allocation cannot be reduced below zero. Parameter:
   * {@code count}.
   */
  INVALID_COUNT(Severity.REFUSAL, "{count} is not a valid number of certificates: a count must be at least 1 and "
      + "an allocation cannot be reduced below zero",
      Citation.of(Source.PROJECT_DECISION, "0430-certificate-lifecycle-rules")),
  /**
   * An in-year increase was added ("Request CoS/CAS allocation increase ... at any time"). Parameters:
   * {@code additional}, {@code route}, and the counts after.
   */
  INCREASE_GRANTED(Severity.INFO, "{additional} added to the {route} allocation; {remaining} of {granted} remain "
      + "({used} used, {previousRemaining} remained before)", AllocationRules.TROUBLESHOOTING_RENEWAL),
  /**
   * The Home Office reduced the allocation (for example on a downgrade to B). Parameters: {@code route}, and the
   * counts after.
   */
  REDUCED(Severity.INFO, "The {route} allocation is reduced to {granted}; {remaining} remain ({used} used, "
      + "{previousRemaining} remained before)", AllocationRules.REDUCTION),
  /**
   * A reduction below the certificates already assigned stops at what is used: counts never go negative.
   * Parameters: {@code requested} (the reduction asked for), and the counts after.
   */
  REDUCED_ONLY_TO_USED(Severity.INFO, "{used} are already assigned, so the allocation stops at {granted} rather "
      + "than {requested} ({remaining} remain, {previousRemaining} remained before)", AllocationRules.REDUCTION),
  /**
   * The allocation's renewal window is open: renewal may be requested (information). Parameters: {@code opens},
   * {@code expires}.
   */
  ALLOCATION_RENEWAL_WINDOW_OPEN(Severity.INFO, "Renewal of the allocation may be requested from {opens} until "
      + "{expires}", AllocationRules.RENEWAL_WINDOW),
  /**
   * The allocation's renewal window opens 3 months before the allocation expires; not yet. Parameter:
   * {@code opens}.
   */
  ALLOCATION_RENEWAL_WINDOW_NOT_OPEN(Severity.REFUSAL, "The allocation renewal window opens on {opens}",
      AllocationRules.RENEWAL_WINDOW),
  /**
   * The allocation was renewed automatically ("automation", 6 April 2014): nothing to request. Parameter:
   * {@code route}.
   */
  ALREADY_RENEWED_AUTOMATICALLY(Severity.REFUSAL, "The {route} allocation has been renewed automatically",
      Citation.of(Source.SMS_MANUAL_1, "Glossary: Automation; Troubleshooting: I cannot apply for annual "
          + "allocations")),
  /**
   * No automatic renewal for this allocation: automatic renewal covers allocations expiring on or after a date
   * (24 June 2023 by default), and this one expires earlier or none is in force. Parameter: {@code expires}.
   */
  AUTOMATIC_RENEWAL_NOT_IN_FORCE(Severity.REFUSAL, "Allocations expiring on {expires} are not renewed "
      + "automatically: request the renewal", AllocationParameters.AUTOMATIC_RENEWAL),
  /** The route is not one whose allocations renew automatically. Parameter: {@code route}. */
  AUTOMATIC_RENEWAL_ROUTE_NOT_ELIGIBLE(Severity.REFUSAL, "{route} allocations are not renewed automatically: "
      + "request the renewal", AllocationParameters.AUTOMATIC_RENEWAL),
  /**
   * Automatic renewal needs a licence that is licensed and fully active. Parameter: {@code status} (the licence
   * status as SMS shows it).
   */
  AUTOMATIC_RENEWAL_LICENCE_NOT_ACTIVE(Severity.REFUSAL, "The licence is {status}: allocations renew automatically "
      + "only for fully active licences", AllocationParameters.AUTOMATIC_RENEWAL),
  /**
   * Automatic renewal needs an A-rating in the route's category. Parameters: {@code route}, {@code rating} (as the
   * register writes it, or {@code none}).
   */
  AUTOMATIC_RENEWAL_NOT_A_RATED(Severity.REFUSAL, "The {route} allocation renews automatically only for A-rated "
      + "sponsors; the rating is {rating}", AllocationParameters.AUTOMATIC_RENEWAL),
  /** The allocation year has not ended yet: nothing lapses. Parameter: {@code expires}. */
  YEAR_NOT_ENDED(Severity.REFUSAL, "The allocation year runs until {expires}", AllocationRules.LAPSE),
  /**
   * Unused certificates are removed at the end of the year; none carry over (information). Parameters:
   * {@code lapsed}, {@code kind}, {@code used}, {@code granted}.
   */
  UNUSED_LAPSED(Severity.INFO, "{lapsed} unused {kind} lapsed at the end of the year ({used} of {granted} used)",
      AllocationRules.LAPSE),
  /**
   * A renewed allocation opens the next year (information). Parameters: {@code how} ({@code automatically} or
   * {@code on request}), {@code granted}, {@code yearStart}, {@code expires}.
   */
  RENEWED(Severity.INFO, "Renewed {how}: {granted} for {yearStart} to {expires}", AllocationRules.ALLOCATION_YEAR),
  /**
   * No renewal: the route has no allocation for the next year (warning). Parameters: {@code route},
   * {@code expires}.
   */
  NOT_RENEWED(Severity.WARNING, "No allocation for {route} after {expires}: none can be assigned",
      AllocationRules.ALLOCATION_YEAR);

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  AllocationReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code allocation}. */
  @Override
  public String namespace() {
    return "allocation";
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
