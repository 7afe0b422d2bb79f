package io.github.sponsorsdk.sms.rules.salary;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * The reasons of {@link SkilledWorkerSalaryCheck}, each with the rule it applies. Amounts are plain numbers of
 * pounds ({@code 41700.00}); a margin is the salary less what is required, negative when short.
 */
public enum SalaryReasonCode implements ReasonCode {
  /**
   * The counted salary equals or exceeds the option's annual floor (information); cites the option's version in
   * force. Parameters: {@code option}, {@code floor}, {@code countedSalary}, {@code margin}.
   */
  FLOOR_MET(Severity.INFO, "Salary £{countedSalary} meets option {option}'s floor of £{floor} (margin {margin})",
      "Table following SW 4.4; SW 14.1 to SW 14.3"),
  /**
   * The counted salary is below the option's annual floor. Parameters: {@code option}, {@code floor},
   * {@code countedSalary}, {@code margin} (negative).
   */
  FLOOR_NOT_MET(Severity.REFUSAL, "Salary £{countedSalary} is below option {option}'s floor of £{floor} (margin "
      + "{margin})", "Table following SW 4.4; SW 14.1 to SW 14.3"),
  /**
   * The salary equals or exceeds the required share of the pro-rated going rate (information). Parameters:
   * {@code option}, {@code salary}, {@code required}, {@code goingRatePercent}, {@code goingRate},
   * {@code weeklyHours}, {@code standardHours}, {@code margin}.
   */
  GOING_RATE_MET(Severity.INFO, "Salary £{salary} meets £{required} for option {option}: {goingRatePercent}% of the "
      + "going rate £{goingRate} pro-rated to {weeklyHours} of {standardHours} hours (margin {margin})", "SW 14.4"),
  /**
   * The salary is below the required share of the pro-rated going rate. Parameters: {@code option},
   * {@code salary}, {@code required}, {@code goingRatePercent}, {@code goingRate}, {@code weeklyHours},
   * {@code standardHours}, {@code margin} (negative).
   */
  GOING_RATE_NOT_MET(Severity.REFUSAL, "Salary £{salary} is below £{required} for option {option}: "
      + "{goingRatePercent}% of the going rate £{goingRate} pro-rated to {weeklyHours} of {standardHours} hours "
      + "(margin {margin})", "SW 14.4"),
  /**
   * More than 48 weekly hours: only the salary for the first 48 counts towards the floor (information); cites the
   * cap's version in force. Parameters: {@code countedHours}, {@code weeklyHours}, {@code countedSalary}.
   */
  HOURS_CAPPED(Severity.INFO, "Only the salary for the first {countedHours} of {weeklyHours} weekly hours counts "
      + "towards the floor: £{countedSalary}", "SW 14.3"),
  /**
   * The option has no figures on the date (options B to K before 4 April 2024); cites the option's own rule.
   * Parameters: {@code option}, {@code date}.
   */
  OPTION_NOT_IN_FORCE(Severity.REFUSAL, "Option {option} has no salary figures for a CoS assigned on {date}",
      "SW 4.2, table following SW 4.4");

  private final Severity severity;
  private final String messageTemplate;
  private final String section;

  SalaryReasonCode(Severity severity, String messageTemplate, String section) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.section = section;
  }

  /** {@code salary}. */
  @Override
  public String namespace() {
    return "salary";
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
    return Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, section);
  }
}
