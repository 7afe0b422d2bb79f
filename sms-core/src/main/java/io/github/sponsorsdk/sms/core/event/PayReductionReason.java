package io.github.sponsorsdk.sms.core.event;

/**
 * Why a sponsored worker's pay was reduced, where the reason is one the Immigration Rules permit (Part Suitability
 * SUI 37.3): the reduction is still reported (W4), but it is not a ground for cancelling permission. Which reasons
 * were in force on a date is a rule parameter in {@code sms-rules} (the health-related reduction dates from 9
 * November 2022, HC 719).
 */
public enum PayReductionReason {
  /** SUI 37.3(a): the reduction coincides with an absence permitted under SUI 36.1 (maternity, sickness, ...). */
  PERMITTED_ABSENCE,
  /**
   * SUI 37.3(b): Intra-Company or Global Business Mobility routes, while working for the sponsor group outside the UK.
   */
  GROUP_WORK_OUTSIDE_UK,
  /**
   * SUI 37.3(c): a Skilled Worker who, after the change, would still score the salary points of the option they were
   * granted under.
   */
  STILL_MEETS_SALARY_REQUIREMENT,
  /**
   * SUI 37.3(d): a temporary reduction in hours or a phased return for individual health reasons, supported by an
   * occupational health assessment, with the hourly rate still meeting the requirement of the latest grant.
   */
  HEALTH_REDUCED_HOURS
}
