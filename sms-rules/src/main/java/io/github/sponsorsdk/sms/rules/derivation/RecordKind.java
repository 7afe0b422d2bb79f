package io.github.sponsorsdk.sms.rules.derivation;

/** Which list of {@link PayrollRecords} a {@link RecordFinding} points into. */
public enum RecordKind {
  /** {@link PayrollRecords#workers()}. */
  WORKER,
  /** {@link PayrollRecords#attendance()}. */
  ATTENDANCE,
  /** {@link PayrollRecords#attendanceRows()}. */
  ATTENDANCE_ROW,
  /** {@link PayrollRecords#leave()}. */
  LEAVE,
  /** {@link PayrollRecords#pay()}. */
  PAY
}
