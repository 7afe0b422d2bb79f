package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Sources;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/**
 * The reasons of {@link AssignmentReadiness}: the fields SMS Manual 1's Troubleshooting table names for "I cannot
 * assign a CoS/CAS – The Assign button is greyed out".
 */
public enum ReadinessReasonCode implements ReasonCode {
  /** Every field assignment needs is there. */
  READY_TO_ASSIGN("the Assign button is greyed out"),
  /** "Gender: please ensure this field is completed, as it is often missed". */
  GENDER_MISSING("Gender"),
  /** "Main work/study address ... suffixed with the phrase 'mandatory for assignment'". */
  MAIN_ADDRESS_MISSING("Main work/study address"),
  /** A CoS needs its gross salary. */
  GROSS_SALARY_MISSING("Gross salary"),
  /** "Gross salary: use format '1234' or '1234.99' (no symbols)". */
  GROSS_SALARY_FORMAT("Gross salary"),
  /** "For each: please ensure this dropdown menu is completed, as it is often missed". */
  SALARY_PERIOD_MISSING("For each"),
  /**
   * "Tick to confirm sponsor certifies maintenance for the migrant: although this tick box is not mandatory, it is
   * often missed which can lead to migrant applications ... being refused". A warning, never a refusal.
   */
  MAINTENANCE_NOT_CERTIFIED("Tick to confirm sponsor certifies maintenance for the migrant");

  private final String field;

  ReadinessReasonCode(String field) {
    this.field = field;
  }

  public Citation citation() {
    return Citation.of(Sources.SMS_MANUAL_1, "Troubleshooting: I cannot assign a CoS/CAS (" + field + ")");
  }
}
