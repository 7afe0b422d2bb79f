package io.github.sponsorsdk.sms.rules.derivation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One worker's attendance as a payroll or time-and-attendance export lays it out: one row per worker, one status per
 * day from {@link #firstDay()}, as a string of one-letter codes ({@link AttendanceStatus#code()}):
 *
 * <pre>{@code
 * //                                       Mon 5 Jan 2026 ...
 * AttendanceRow row = AttendanceRow.of("EMP-00042", LocalDate.of(2026, 1, 5), "WWWWW--WWAAA--AAAAA--AAAAA--W");
 * row.status(LocalDate.of(2026, 1, 14));   // Optional[ABSENT_WITHOUT_PERMISSION]
 * }</pre>
 *
 * <ul>
 *   <li>{@code W} worked, {@code A} absent without permission, {@code L} authorised absence (leave), {@code -} not
 *       scheduled (a rest day on the worker's roster);
 *   <li>{@code .} no entry: the day is as a day without an {@link AttendanceRecord} (a scheduled day is taken as
 *       worked), for exports that state exceptions only.
 * </ul>
 *
 * <p><b>Why a second form of attendance.</b> A year of daily attendance for 10,000 workers is 3.65 million
 * {@link AttendanceRecord}s: about 300 MB of objects a payroll system has to build only to hand them over, and a
 * derivation that must read each one. The same year as rows is 10,000 strings of 365 bytes (about 4 MB), the shape
 * the data already has in a timesheet grid or a CSV export (a column per day), and the derivation can find the absent
 * days of a row without looking at every worked day. Both forms give the same events (tested); a worker's attendance
 * comes in one form or the other ({@link DerivationReasonCode#ATTENDANCE_IN_TWO_FORMS}). Several rows of one worker
 * (one per month, say) are read in date order; days between them are days without an entry.
 *
 * <p>Checked on construction, every violation at once: the reference is 1 to 64 characters, the codes are not empty
 * and each is one of {@code W A L - .}. Whether the days fall inside the calendar's range is checked by the
 * derivation, which reports the row ({@link DerivationReasonCode#DATE_OUTSIDE_CALENDAR}) and derives the rest.
 */
@Value.Immutable(builder = false)
@SmsStyle
@JsonSerialize(as = ImmutableAttendanceRow.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAttendanceRow.class)
@JsonDeserialize(as = ImmutableAttendanceRow.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAttendanceRow.class)
public abstract class AttendanceRow implements WithAttendanceRow {

  /** The code of a day without an entry. */
  public static final char NO_ENTRY = '.';

  /** {@return the worker's payroll reference ({@link WorkerRecord#reference()})} */
  @Value.Parameter
  public abstract String worker();

  /** {@return the day of the first code} */
  @Value.Parameter
  public abstract LocalDate firstDay();

  /** {@return one code per day from {@link #firstDay()}: {@code W}, {@code A}, {@code L}, {@code -} or {@code .}} */
  @Value.Parameter
  public abstract String codes();

  /**
   * {@return a row of {@code codes}, one per day from {@code firstDay}}
   *
   * @param worker the worker's reference
   * @param firstDay the day of the first code
   * @param codes one code per day: {@code W A L - .}
   */
  public static AttendanceRow of(String worker, LocalDate firstDay, String codes) {
    return ImmutableAttendanceRow.of(worker, firstDay, codes);
  }

  /**
   * {@return a row of {@code statuses}, one per day from {@code firstDay}}
   *
   * @param worker the worker's reference
   * @param firstDay the day of the first status
   * @param statuses one status per day
   */
  public static AttendanceRow of(String worker, LocalDate firstDay, List<AttendanceStatus> statuses) {
    StringBuilder codes = new StringBuilder(statuses.size());
    for (AttendanceStatus s : statuses) {
      codes.append(s.code());
    }
    return of(worker, firstDay, codes.toString());
  }

  /** {@return the number of days the row covers} */
  @JsonIgnore
  public int days() {
    return codes().length();
  }

  /** {@return the day of the last code} */
  @JsonIgnore
  public LocalDate lastDay() {
    return firstDay().plusDays(codes().length() - 1L);
  }

  /**
   * {@return the status of {@code day}; empty when the row has no entry for it or does not cover it}
   *
   * @param day the day
   */
  public Optional<AttendanceStatus> status(LocalDate day) {
    long i = day.toEpochDay() - firstDay().toEpochDay();
    return i < 0 || i >= codes().length() ? Optional.empty() : AttendanceStatus.ofCode(codes().charAt((int) i));
  }

  /** Every violation at once: the reference's length, empty codes, each code outside {@code W A L - .}. */
  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    int n = worker().length();
    if (n < 1 || n > 64) {
      v.add(Violation.of("worker", worker(), "Size", "must be 1 to 64 characters"));
    }
    String codes = codes();
    if (codes.isEmpty()) {
      v.add(Violation.of("codes", codes, "NotEmpty", "must hold at least one day"));
    }
    for (int i = 0; i < codes.length(); i++) {
      char c = codes.charAt(i);
      if (c != 'W' && c != 'A' && c != 'L' && c != '-' && c != NO_ENTRY) {
        v.add(Violation.of("codes[" + i + "]", String.valueOf(c), "AttendanceCode",
            "must be W, A, L, - or . (day " + firstDay().plusDays(i) + ")"));
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidValueException("AttendanceRow", v);
    }
  }
}
