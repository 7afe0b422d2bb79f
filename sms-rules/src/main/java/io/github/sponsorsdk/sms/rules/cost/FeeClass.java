package io.github.sponsorsdk.sms.rules.cost;

/**
 * Which Certificate of Sponsorship fee a route pays: the "Worker" fee or the "Temporary Worker" fee (The Immigration
 * and Nationality (Fees) Regulations 2018, Schedule 4; docs/sources.md#fees-regulations). Which route pays which is a
 * parameter ({@link CostParameters#feeClasses()}), cited per route, some of them <b>UNCERTAIN</b>.
 */
public enum FeeClass {
  /** The Worker CoS fee (Skilled Worker, Senior or Specialist Worker, ...). */
  WORKER,
  /** The Temporary Worker CoS fee (Seasonal, Religious, Charity, Creative, GAE, International Agreement, ...). */
  TEMPORARY_WORKER
}
