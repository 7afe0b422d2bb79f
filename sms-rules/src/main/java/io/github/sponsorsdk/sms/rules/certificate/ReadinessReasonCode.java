package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;

/**
 * The reasons of {@link AssignmentReadiness}: the fields SMS Manual 1's Troubleshooting table names for "I cannot
 * assign a CoS/CAS – The Assign button is greyed out".
 */
public enum ReadinessReasonCode implements ReasonCode {
  /** Every field assignment needs is there (information). */
  READY_TO_ASSIGN(Severity.INFO, "Every field needed to assign is complete", "the Assign button is greyed out"),
  /** "Gender: please ensure this field is completed, as it is often missed". */
  GENDER_MISSING(Severity.REFUSAL, "Gender is missing", "Gender"),
  /**
   * "Main work/study address ... suffixed with the phrase 'mandatory for assignment'". Parameter: {@code address}
   * ({@code work} for a CoS, {@code study} for a CAS).
   */
  MAIN_ADDRESS_MISSING(Severity.REFUSAL, "The main {address} address is missing", "Main work/study address"),
  /** A CoS needs its gross salary. */
  GROSS_SALARY_MISSING(Severity.REFUSAL, "The gross salary is missing", "Gross salary"),
  /** "Gross salary: use format '1234' or '1234.99' (no symbols)". Parameter: {@code entered} (the text typed). */
  GROSS_SALARY_FORMAT(Severity.REFUSAL,
      "The gross salary must be written as 1234 or 1234.99, with no symbols: '{entered}'", "Gross salary"),
  /** "For each: please ensure this dropdown menu is completed, as it is often missed". */
  SALARY_PERIOD_MISSING(Severity.REFUSAL, "The salary period ('For each') is not chosen", "For each"),
  /**
   * "Tick to confirm sponsor certifies maintenance for the migrant: although this tick box is not mandatory, it is
   * often missed which can lead to migrant applications ... being refused". A warning, never a refusal.
   */
  MAINTENANCE_NOT_CERTIFIED(Severity.WARNING, "The sponsor has not certified maintenance: the application may be "
      + "refused unless the migrant shows the funds", "Tick to confirm sponsor certifies maintenance for the migrant");

  private final Severity severity;
  private final String messageTemplate;
  private final String field;

  ReadinessReasonCode(Severity severity, String messageTemplate, String field) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.field = field;
  }

  /** {@code readiness}. */
  @Override
  public String namespace() {
    return "readiness";
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageTemplate() {
    return messageTemplate;
  }

  /** Manual 1's Troubleshooting row for the field. */
  @Override
  public Citation citation() {
    return Citation.of(Source.SMS_MANUAL_1, "Troubleshooting: I cannot assign a CoS/CAS (" + field + ")");
  }
}
