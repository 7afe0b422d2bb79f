package io.github.sponsorsdk.sms.rules.derivation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** A period of leave from an HR system: who, from and to (both inclusive), how it was paid and why. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableLeaveRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLeaveRecord.class)
@JsonDeserialize(as = ImmutableLeaveRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLeaveRecord.class)
public abstract class LeaveRecord implements WithLeaveRecord {

  /** {@return the worker's payroll reference ({@link WorkerRecord#reference()})} */
  @Size(min = 1, max = 64)
  public abstract String worker();

  /** {@return the first day of leave} */
  public abstract LocalDate from();

  /** {@return the last day of leave (inclusive)} */
  public abstract LocalDate to();

  /** {@return how the period was paid} */
  public abstract LeavePay pay();

  /** {@return why} */
  public abstract LeaveReason reason();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code LeaveRecord}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableLeaveRecord.Builder {
    Builder() {}
  }

  /** Every violation at once; {@code to} is not before {@code from}. */
  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    if (to().isBefore(from())) {
      v.add(Violation.of("to", to().toString(), "NotBeforeFrom", "must not be before from " + from()));
    }
    if (!v.isEmpty()) {
      throw new InvalidValueException("LeaveRecord", v);
    }
  }
}
