package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * W3: the worker has been absent without pay, or on reduced pay, for a total of more than 4 weeks in the calendar
 * year. "The 4 weeks is calculated according to the sponsored worker's normal working pattern": 20 working days for
 * a 5-day week, 12 for a 3-day week (Workers guidance Part 2 S4 as quoted by narasolicitors), so the days here are
 * the worker's scheduled working days, and the limit is 4 &times; {@link #workingDaysPerWeek()}. With a permitted
 * {@link #exception()} covering the excess the sponsor reports it and sponsorship may continue; without one the
 * sponsor should normally stop sponsoring (and report that: W6). Since the Part 3 guidance of 31 March 2023 the
 * absence is reported in every case (a dated rule parameter in {@code sms-rules}, decision 0460).
 *
 * <p>Sources: Immigration Rules Part Suitability SUI 36.1 (exceptions); Workers guidance Part 2 S4 and Part 3 as
 * quoted by secondary sources (docs/sources.md#reporting-duties, row W3; docs/sources.md#unpaid-leave-counting).
 * {@code sms-rules}' event derivation builds these events from leave records.
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

  /**
   * The scheduled working day on which the total first exceeded 4 weeks in the calendar year (or, while it has not,
   * the day assessed).
   */
  @Override
  public abstract LocalDate occurredOn();

  /**
   * {@return the worker's scheduled working days absent without pay or on reduced pay in the calendar year of
   * {@link #occurredOn()}, up to that day, for any reason}
   */
  @PositiveOrZero
  @Max(366)
  public abstract int daysWithoutPayInCalendarYear();

  /** {@return the days a week of the worker's normal working pattern (the limit is 4 weeks of them)} Default 5. */
  @Value.Default
  @Min(1)
  @Max(7)
  public int workingDaysPerWeek() {
    return 5;
  }

  /** {@return the permitted reason for the absence (the main one, when several), if one applies} */
  public abstract Optional<UnpaidLeaveException> exception();

  /**
   * {@return how many of {@link #daysWithoutPayInCalendarYear()} were for a permitted reason} Default: all of them when
   * an {@link #exception()} is given, none otherwise.
   */
  @Value.Default
  @PositiveOrZero
  public int daysCoveredByException() {
    return exception().isPresent() ? daysWithoutPayInCalendarYear() : 0;
  }

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
    List<Violation> v = new ArrayList<>();
    if (daysCoveredByException() > daysWithoutPayInCalendarYear()) {
      v.add(Violation.of("daysCoveredByException", String.valueOf(daysCoveredByException()), "AtMostTotal",
          "must not exceed daysWithoutPayInCalendarYear " + daysWithoutPayInCalendarYear()));
    }
    if (exception().isPresent() && daysCoveredByException() == 0 && daysWithoutPayInCalendarYear() > 0) {
      v.add(Violation.of("daysCoveredByException", "0", "Covered", "must be at least 1 when an exception is given "
          + "(a builder's from(...) copies the count of the event it starts from)"));
    }
    if (daysCoveredByException() > 0 && exception().isEmpty()) {
      v.add(Violation.of("exception", "", "Required", "must name the permitted reason when daysCoveredByException > 0"));
    }
    EventChecks.check(this, "WorkerUnpaidLeave", v);
  }
}
