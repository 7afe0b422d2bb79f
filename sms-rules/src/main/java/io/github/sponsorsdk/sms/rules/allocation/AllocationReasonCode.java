package io.github.sponsorsdk.sms.rules.allocation;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Sources;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/** The reasons of {@link AllocationRules}, each with the rule it applies. */
public enum AllocationReasonCode implements ReasonCode {
  /** One (or more) certificates were taken from the allocation. */
  ASSIGNED_FROM_ALLOCATION(AllocationRules.TROUBLESHOOTING_INSUFFICIENT),
  /** "The assignment could not be processed due to there being insufficient remaining CoS in your allocation". */
  INSUFFICIENT_ALLOCATION(AllocationRules.TROUBLESHOOTING_INSUFFICIENT),
  /** The date is outside the allocation's year: before it starts or after it has ended. */
  OUTSIDE_ALLOCATION_YEAR(AllocationRules.ALLOCATION_YEAR),
  /** A count must be at least 1. */
  INVALID_COUNT(Citation.of(Sources.PROJECT_DECISION, "0430-certificate-lifecycle-rules")),
  /** An in-year increase was added ("Request CoS/CAS allocation increase ... at any time"). */
  INCREASE_GRANTED(AllocationRules.TROUBLESHOOTING_RENEWAL),
  /** The Home Office reduced the allocation (for example on a downgrade to B). */
  REDUCED(AllocationRules.REDUCTION),
  /** A reduction below the certificates already assigned stops at what is used: counts never go negative. */
  REDUCED_ONLY_TO_USED(AllocationRules.REDUCTION),
  /** The renewal window is open: renewal may be requested. */
  RENEWAL_WINDOW_OPEN(AllocationRules.RENEWAL_WINDOW),
  /** The renewal window opens 3 months before the allocation expires; not yet. */
  RENEWAL_WINDOW_NOT_OPEN(AllocationRules.RENEWAL_WINDOW),
  /** The allocation was renewed automatically ("automation", 6 April 2014): nothing to request. */
  ALREADY_RENEWED_AUTOMATICALLY(Citation.of(Sources.SMS_MANUAL_1, "Glossary: Automation; Troubleshooting: I cannot "
      + "apply for annual allocations")),
  /** The allocation year has not ended yet: nothing lapses. */
  YEAR_NOT_ENDED(AllocationRules.LAPSE),
  /** Unused certificates are removed at the end of the year; none carry over. */
  UNUSED_LAPSED(AllocationRules.LAPSE),
  /** A renewed allocation opens the next year. */
  RENEWED(AllocationRules.ALLOCATION_YEAR),
  /** No renewal: the route has no allocation for the next year. */
  NOT_RENEWED(AllocationRules.ALLOCATION_YEAR);

  private final Citation citation;

  AllocationReasonCode(Citation citation) {
    this.citation = citation;
  }

  public Citation citation() {
    return citation;
  }
}
