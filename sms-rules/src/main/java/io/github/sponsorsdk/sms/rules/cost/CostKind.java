package io.github.sponsorsdk.sms.rules.cost;

/** What an item of the cost of assigning a CoS is. */
public enum CostKind {
  /** The Certificate of Sponsorship fee, paid on assignment. */
  COS_FEE,
  /** The Immigration Skills Charge, paid on assignment (Skilled Worker and Senior or Specialist Worker). */
  IMMIGRATION_SKILLS_CHARGE
}
