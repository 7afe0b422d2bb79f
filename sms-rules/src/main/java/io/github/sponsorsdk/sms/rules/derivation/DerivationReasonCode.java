package io.github.sponsorsdk.sms.rules.derivation;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/**
 * The reason codes of {@link RecordFinding}s (namespace {@code derivation}): what was wrong with one input record of
 * {@link EventDerivation}. Callers branch on these, never on messages. A {@link Severity#REFUSAL} means the record
 * was not used (the rest of the batch was still derived); a {@link Severity#WARNING} means it was used after a
 * correction. The checks are the project's decision on bad input (decision record 0460), except
 * {@link #NO_COS_SALARY}, which follows from the rule that pay is measured against the CoS salary.
 */
public enum DerivationReasonCode implements ReasonCode {
  /** The record names a worker reference that no {@link WorkerRecord} has: not used. Parameter: {@code worker}. */
  UNKNOWN_WORKER(Severity.REFUSAL, "No worker record has reference {worker}: the record was not used."),
  /** A second worker record with the same reference: not used (the first is). Parameter: {@code worker}. */
  DUPLICATE_WORKER(Severity.REFUSAL, "A second worker record with reference {worker}: not used; the first one is."),
  /**
   * An attendance record (or a row's day) for a day the worker already has an entry for: the worker's absences were
   * not derived. Parameter: {@code date}.
   */
  OVERLAPPING_RECORD(Severity.REFUSAL, "A second attendance entry for {date}: the worker's unauthorised absences "
      + "were not derived (either entry could be wrong)."),
  /**
   * An attendance record (or row) earlier than one before it for the same worker: the worker's attendance was sorted
   * by date and used. Parameter: {@code date} (the record's day, or the row's first day).
   */
  OUT_OF_ORDER(Severity.WARNING, "Attendance of {date} comes after a later day of the same worker: the worker's "
      + "attendance was sorted by date and used."),
  /**
   * An attendance row of a worker who also has attendance records: the row was not used (the records were). A
   * worker's attendance comes in one form. Parameter: {@code worker}.
   */
  ATTENDANCE_IN_TWO_FORMS(Severity.REFUSAL, "Worker {worker} also has attendance records: the attendance row was "
      + "not used (give a worker's attendance as records or as rows, not both)."),
  /**
   * A date outside the working-day calendar's range: not used. Parameters: {@code date}, {@code firstDay},
   * {@code lastDay} (the calendar's range, 2000-01-01 to 2060-12-31).
   */
  DATE_OUTSIDE_CALENDAR(Severity.REFUSAL, "Date {date} is outside the working-day calendar's range ({firstDay} to "
      + "{lastDay}): the record was not used."),
  /**
   * A leave period overlapping an earlier one of the same worker: not used. Parameters: {@code from} (the period's
   * first day), {@code previousTo} (the last day of the earlier period).
   */
  OVERLAPPING_LEAVE(Severity.REFUSAL, "Leave from {from} overlaps an earlier period of the same worker (to "
      + "{previousTo}): the record was not used."),
  /** A second salary record of the same worker from the same day: not used. Parameter: {@code date}. */
  DUPLICATE_PAY_DATE(Severity.REFUSAL, "A second salary record from {date}: the record was not used."),
  /** Salary records for a worker whose record has no CoS salary: no baseline, not used. */
  NO_COS_SALARY(Severity.REFUSAL, "The worker record has no CoS salary to measure pay changes against: the record "
      + "was not used."),
  /**
   * An unauthorised absence longer than an event can state: reported as the longest. Parameter:
   * {@code maxWorkingDays} (366).
   */
  ABSENCE_TRUNCATED(Severity.WARNING, "An unauthorised absence longer than an event can state was reported as "
      + "{maxWorkingDays} working days.");

  private static final Citation BAD_INPUT = Citation.of(Source.PROJECT_DECISION,
      "0460-duties-catalogue-and-derivation (event derivation: bad input)", LocalDate.of(2026, 12, 5));
  private static final Citation PAY_BASELINE = Citation.of(Source.SKILLED_WORKER_GUIDANCE,
      "SK7.19: salary checked against the CoS and later salary reports", LocalDate.of(2026, 4, 8))
      .withNote("Quoted by lewissilkin; docs/sources.md#pay-baseline. Without a CoS salary there is no baseline.");

  private final Severity severity;
  private final String messageTemplate;

  DerivationReasonCode(Severity severity, String messageTemplate) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
  }

  /** {@code derivation}. */
  @Override
  public String namespace() {
    return "derivation";
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageTemplate() {
    return messageTemplate;
  }

  /** The pay-baseline rule for {@link #NO_COS_SALARY}; the project's decision on bad input otherwise. */
  @Override
  public Citation citation() {
    return this == NO_COS_SALARY ? PAY_BASELINE : BAD_INPUT;
  }
}
