package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * W3: the worker has been absent without pay, or on reduced pay, for a total of more than 4 weeks in the calendar
 * year. With a permitted {@link #exception()} the sponsor reports it and sponsorship may continue; without one the
 * sponsor should normally stop sponsoring (and report that: W6). Since 12 April 2023 the absence is reported in every
 * case.
 *
 * <p>Sources: Immigration Rules Part Suitability SUI 36.1 (exceptions); Workers guidance Part 2 S4 and Part 3 as
 * quoted by secondary sources (docs/sources.md#reporting-duties, row W3).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(WorkerUnpaidLeave.TYPE)
@JsonSerialize(as = ImmutableWorkerUnpaidLeave.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWorkerUnpaidLeave.class)
@JsonDeserialize(as = ImmutableWorkerUnpaidLeave.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkerUnpaidLeave.class)
public non-sealed abstract class WorkerUnpaidLeave implements WorkerEvent, WithWorkerUnpaidLeave {

  /** The stable JSON type name. */
  public static final String TYPE = "worker.unpaid-leave";

  /** The worker's Certificate of Sponsorship. */
  @Override
  public abstract CosNumber cos();

  /** The day the total first exceeded 4 weeks in the calendar year (or, while it has not, the day assessed). */
  @Override
  public abstract LocalDate occurredOn();

  /**
   * {@return calendar days without pay or on reduced pay in the calendar year of {@link #occurredOn()}, up to that day}
   */
  @PositiveOrZero
  @Max(366)
  public abstract int daysWithoutPayInCalendarYear();

  /** {@return the permitted reason for the absence, if one applies} */
  public abstract Optional<UnpaidLeaveException> exception();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.WORKER_UNPAID_LEAVE;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WorkerUnpaidLeave}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWorkerUnpaidLeave.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "WorkerUnpaidLeave");
  }
}
