package io.github.sponsorsdk.sms.rules.derivation;

import java.util.Optional;

/**
 * What a worker's day was, as a payroll or time-and-attendance system records it. Each status has a one-letter
 * {@link #code()}, the letter an {@link AttendanceRow} uses for the day.
 */
public enum AttendanceStatus {
  /** {@code W}: the worker worked (or was on a paid day the employer counts as attendance). Breaks an absence run. */
  WORKED('W'),
  /**
   * {@code A}: absent without the employer's permission. Counts towards an unauthorised absence on a scheduled day.
   */
  ABSENT_WITHOUT_PERMISSION('A'),
  /**
   * {@code L}: absent with permission (leave, sickness reported under the employer's policy). Breaks an absence run.
   */
  AUTHORISED_ABSENCE('L'),
  /** {@code -}: not a working day on the worker's roster (a rest day): neither counts nor breaks a run. */
  NOT_SCHEDULED('-');

  private final char code;

  AttendanceStatus(char code) {
    this.code = code;
  }

  /** {@return the status's letter in an {@link AttendanceRow}: {@code W}, {@code A}, {@code L} or {@code -}} */
  public char code() {
    return code;
  }

  /**
   * {@return the status whose {@link #code()} is {@code code}; empty for any other character}
   *
   * @param code a grid code: {@code W A L - .}
   */
  public static Optional<AttendanceStatus> ofCode(char code) {
    switch (code) {
      case 'W':
        return Optional.of(WORKED);
      case 'A':
        return Optional.of(ABSENT_WITHOUT_PERMISSION);
      case 'L':
        return Optional.of(AUTHORISED_ABSENCE);
      case '-':
        return Optional.of(NOT_SCHEDULED);
      default:
        return Optional.empty();
    }
  }
}
