package io.github.sponsorsdk.sms.rules.derivation;

import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/** The reason codes of {@link RecordFinding}s. Callers branch on these, never on messages. */
public enum DerivationReasonCode implements ReasonCode {
  /** The record names a worker reference that no {@link WorkerRecord} has: not used. */
  UNKNOWN_WORKER,
  /** A second worker record with the same reference: not used (the first is). */
  DUPLICATE_WORKER,
  /** An attendance record for a day the worker already has one for: the worker's absences were not derived. */
  OVERLAPPING_RECORD,
  /** An attendance record earlier than the one before it for the same worker: sorted and used. */
  OUT_OF_ORDER,
  /** A date outside the working-day calendar's range (2000 to 2060): not used. */
  OUTSIDE_CALENDAR_RANGE,
  /** A leave period overlapping an earlier one of the same worker: not used. */
  OVERLAPPING_LEAVE,
  /** A second salary record of the same worker on the same day: not used. */
  DUPLICATE_PAY_DATE,
  /** Salary records for a worker whose record has no CoS salary: no baseline, not used. */
  NO_COS_SALARY,
  /** An unauthorised absence longer than an event can state (366 working days): reported as 366. */
  ABSENCE_TRUNCATED
}
