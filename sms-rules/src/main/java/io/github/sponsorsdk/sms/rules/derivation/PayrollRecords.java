package io.github.sponsorsdk.sms.rules.derivation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a payroll or HR system holds about its sponsored workers, as the input of {@link EventDerivation}: the
 * workers, daily attendance, leave periods and salary records. Records name their worker by
 * {@link WorkerRecord#reference()}. Findings point into these lists by position ({@link RecordFinding#index()}).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutablePayrollRecords.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePayrollRecords.class)
@JsonDeserialize(as = ImmutablePayrollRecords.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePayrollRecords.class)
public abstract class PayrollRecords implements WithPayrollRecords {

  /** The sponsored workers. */
  public abstract List<WorkerRecord> workers();

  /** Daily attendance, each worker's in date order for the fast path. */
  public abstract List<AttendanceRecord> attendance();

  /** Leave periods. */
  public abstract List<LeaveRecord> leave();

  /** Salary records. */
  public abstract List<PayRecord> pay();

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PayrollRecords}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutablePayrollRecords.Builder {
    Builder() {}
  }
}
