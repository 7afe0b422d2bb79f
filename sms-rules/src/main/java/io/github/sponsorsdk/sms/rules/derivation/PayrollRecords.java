package io.github.sponsorsdk.sms.rules.derivation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a payroll or HR system holds about its sponsored workers, as the input of {@link EventDerivation}: the
 * workers, daily attendance (as one record per day, or as one row per worker with a code per day), leave periods and
 * salary records. Records and rows name their worker by {@link WorkerRecord#reference()}. Findings point into these
 * lists by position ({@link RecordFinding#index()}).
 *
 * <pre>{@code
 * PayrollRecords records = PayrollRecords.builder()
 *     .addWorkers(amara, ben)
 *     .addAttendanceRows(AttendanceRow.of("EMP-00042", LocalDate.of(2026, 1, 1), januaryCodesOfAmara),
 *         AttendanceRow.of("EMP-00043", LocalDate.of(2026, 1, 1), januaryCodesOfBen))
 *     .addLeave(...).addPay(...)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutablePayrollRecords.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePayrollRecords.class)
@JsonDeserialize(as = ImmutablePayrollRecords.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePayrollRecords.class)
public abstract class PayrollRecords implements WithPayrollRecords {

  /** {@return the sponsored workers} */
  public abstract List<WorkerRecord> workers();

  /** {@return daily attendance as records, each worker's in date order for the fast path} */
  public abstract List<AttendanceRecord> attendance();

  /**
   * {@return daily attendance as rows, one or more per worker ({@link AttendanceRow}): the compact form of a timesheet
   * grid} A worker's attendance is given either as records or as rows.
   */
  public abstract List<AttendanceRow> attendanceRows();

  /** {@return leave periods} */
  public abstract List<LeaveRecord> leave();

  /** {@return salary records} */
  public abstract List<PayRecord> pay();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PayrollRecords}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutablePayrollRecords.Builder {
    Builder() {}
  }
}
