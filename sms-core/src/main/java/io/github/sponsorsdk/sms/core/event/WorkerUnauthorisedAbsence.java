package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * W2: the worker is absent from work without permission. Reportable when the absence lasts more than 10
 * consecutive working days, "no later than 10 working days after the tenth day of absence"; the report gives the
 * first day, the return date or the attempts to contact, salary deductions and whether sponsorship continues.
 *
 * <p>Source: Workers guidance Part 3, as quoted by secondary sources (docs/sources.md#reporting-duties, row W2).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(WorkerUnauthorisedAbsence.TYPE)
@JsonSerialize(as = ImmutableWorkerUnauthorisedAbsence.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWorkerUnauthorisedAbsence.class)
@JsonDeserialize(as = ImmutableWorkerUnauthorisedAbsence.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkerUnauthorisedAbsence.class)
public non-sealed abstract class WorkerUnauthorisedAbsence implements WorkerEvent, WithWorkerUnauthorisedAbsence {

  /** The stable JSON type name. */
  public static final String TYPE = "worker.unauthorised-absence";

  /** The worker's Certificate of Sponsorship. */
  @Override
  public abstract CosNumber cos();

  /** The first day of the absence. */
  @Override
  public abstract LocalDate occurredOn();

  /**
   * {@return how many consecutive working days the worker has been absent without permission, up to the day assessed}
   */
  @Positive
  @Max(366)
  public abstract int consecutiveWorkingDaysAbsent();

  /**
   * {@return the tenth working day of the absence, when the worker's working days are not Monday to Friday less bank
   * holidays (a shift pattern)} When empty, the rules count it on the nation's working-day calendar.
   */
  public abstract Optional<LocalDate> tenthWorkingDayOfAbsence();

  /** {@return the day the worker came back, if they have} */
  public abstract Optional<LocalDate> returnedOn();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.WORKER_UNAUTHORISED_ABSENCE;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WorkerUnauthorisedAbsence}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWorkerUnauthorisedAbsence.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    EventChecks.requireAfter(v, "returnedOn", returnedOn(), occurredOn(), "occurredOn");
    tenthWorkingDayOfAbsence().filter(d -> d.isBefore(occurredOn().plusDays(9))).ifPresent(d -> v.add(Violation.of(
        "tenthWorkingDayOfAbsence", d.toString(), "TenthDay",
            "must be at least 9 days after occurredOn " + occurredOn())));
    EventChecks.check(this, "WorkerUnauthorisedAbsence", v);
  }
}
