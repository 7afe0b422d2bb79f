package io.github.sponsorsdk.sms.rules.allocation;

/**
 * How a licence's allocation ("CoS") year runs (weightmans.com, 2021, quoting the sponsor guidance;
 * docs/sources.md#secondary-allocations).
 */
public enum AllocationYearBasis {
  /**
   * "12 months from the date your licence was granted and, in subsequent years, 12 months from the date an
   * allocation renewal request is granted".
   */
  FROM_GRANT,
  /** 6 April to 5 April, for licences converted from Tier 2 on 1 December 2020. */
  TIER_2_CONVERSION
}
