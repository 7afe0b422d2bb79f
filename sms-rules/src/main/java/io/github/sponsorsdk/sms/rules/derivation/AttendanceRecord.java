package io.github.sponsorsdk.sms.rules.derivation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * One worker's day: who ({@link #worker()}, the payroll reference of a {@link WorkerRecord}), when, and what
 * happened. Records may be complete (one per day) or exception-only (absences only): a scheduled working day with no
 * record is taken as worked. Give a worker's records in date order for the fast path; out-of-order records are sorted
 * with a warning finding.
 *
 * <p>Built in millions by a payroll run, so the check is hand-written (no Bean Validation): the reference must be 1 to
 * 64 characters.
 */
@Value.Immutable(builder = false)
@SmsStyle
@JsonSerialize(as = ImmutableAttendanceRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAttendanceRecord.class)
@JsonDeserialize(as = ImmutableAttendanceRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAttendanceRecord.class)
public abstract class AttendanceRecord implements WithAttendanceRecord {

  /** {@return the worker's payroll reference ({@link WorkerRecord#reference()})} */
  @Value.Parameter
  public abstract String worker();

  /** {@return the day} */
  @Value.Parameter
  public abstract LocalDate date();

  /** {@return what the day was} */
  @Value.Parameter
  public abstract AttendanceStatus status();

  /**
   * {@return the record of one worker on one day}
   *
   * @param worker the worker's reference
   * @param date the day
   * @param status what the worker did that day
   */
  public static AttendanceRecord of(String worker, LocalDate date, AttendanceStatus status) {
    return ImmutableAttendanceRecord.of(worker, date, status);
  }

  /** The reference is 1 to 64 characters. */
  @Value.Check
  void check() {
    int n = worker().length();
    if (n < 1 || n > 64) {
      throw new InvalidValueException("AttendanceRecord", List.of(Violation.of("worker", worker(), "Size",
          "must be 1 to 64 characters")));
    }
  }
}
