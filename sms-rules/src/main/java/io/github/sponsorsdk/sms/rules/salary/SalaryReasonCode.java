package io.github.sponsorsdk.sms.rules.salary;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Sources;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/** The reasons of {@link SkilledWorkerSalaryCheck}, each with the rule it applies. */
public enum SalaryReasonCode implements ReasonCode {
  /** The counted salary equals or exceeds the option's annual floor. */
  FLOOR_MET("Table following SW 4.4; SW 14.1 to SW 14.3"),
  /** The counted salary is below the option's annual floor; the reason says by how much. */
  FLOOR_NOT_MET("Table following SW 4.4; SW 14.1 to SW 14.3"),
  /** The salary equals or exceeds the required share of the pro-rated going rate. */
  GOING_RATE_MET("SW 14.4"),
  /** The salary is below the required share of the pro-rated going rate; the reason says by how much. */
  GOING_RATE_NOT_MET("SW 14.4"),
  /** More than 48 weekly hours: only the salary for the first 48 counts towards the floor. */
  HOURS_CAPPED("SW 14.3"),
  /** The option has no figures on the date (options B to K before 4 April 2024). */
  OPTION_NOT_IN_FORCE("SW 4.2, table following SW 4.4");

  private final String section;

  SalaryReasonCode(String section) {
    this.section = section;
  }

  public Citation citation() {
    return Citation.of(Sources.RULES_APPENDIX_SKILLED_WORKER, section);
  }
}
