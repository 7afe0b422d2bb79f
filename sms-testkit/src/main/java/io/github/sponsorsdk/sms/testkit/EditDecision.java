package io.github.sponsorsdk.sms.testkit;

/** The Home Office's decision on an edit a sponsor requested after the SRN was issued. */
public enum EditDecision {
  /** The edit is made: the submission takes the edited details. */
  APPROVED,
  /** The edit is not made: the submission keeps its details. */
  REJECTED
}
