package io.github.sponsorsdk.sms.rules.derivation;

/** What a worker's day was, as a payroll or time-and-attendance system records it. */
public enum AttendanceStatus {
  /** The worker worked (or was on a paid day the employer counts as attendance). Breaks an absence run. */
  WORKED,
  /** Absent without the employer's permission. Counts towards an unauthorised absence on a scheduled day. */
  ABSENT_WITHOUT_PERMISSION,
  /** Absent with permission: leave, sickness reported under the employer's policy. Breaks an absence run. */
  AUTHORISED_ABSENCE,
  /** Not a working day on the worker's roster (a rest day): neither counts nor breaks a run. */
  NOT_SCHEDULED
}
