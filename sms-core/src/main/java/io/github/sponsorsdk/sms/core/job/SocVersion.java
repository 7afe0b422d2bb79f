package io.github.sponsorsdk.sms.core.job;

/**
 * The edition of the Standard Occupational Classification an occupation code belongs to.
 *
 * <p>SOC 2020 replaced SOC 2010 for Skilled Worker CoS on 4 April 2024 ("From 4 April 2024, employers must now choose
 * from the SOC 2020 volume", docs/sources.md#rules-cos-content); a certificate assigned before then may carry a SOC
 * 2010 code. Both are four digits, with different meanings (2150 is "research and development managers" in SOC
 * 2010), so a code always says which edition it is from.
 */
public enum SocVersion {
  /** SOC 2010 (ONS), used on CoS assigned before 4 April 2024. */
  SOC_2010,
  /** SOC 2020 (ONS), required on CoS assigned from 4 April 2024 (Appendix Skilled Worker SW 6.2). */
  SOC_2020
}
