package io.github.sponsorsdk.sms.core.event;

/** Why a student's sponsorship ends (Student guidance Document 2; Part Suitability SUI 31.1, 32.1). */
public enum StudentWithdrawalReason {
  /** The student withdrew from the course. */
  STUDENT_WITHDREW,
  /** The student discontinued their studies. */
  DISCONTINUED,
  /** The student was excluded. */
  EXCLUDED,
  /** The sponsor withdrew sponsorship for another reason. */
  SPONSOR_WITHDREW
}
