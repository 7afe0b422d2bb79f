package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * W1: the worker has not started, or will start later than planned. The 28-day start window runs from the
 * <em>latest</em> of: (a) the start date on the CoS, including changes reported before permission was granted;
 * (b) the "valid from" date of the entry clearance vignette; (c) the date permission to enter was granted (the
 * Creative Worker concession); (d) the date the worker was told of the grant. A start up to 28 days after that
 * date, or an earlier start, is not reportable; a later start, or no start, is.
 *
 * <p>Source: Workers guidance Part 3 (9 Nov 2022 text as quoted by secondary sources,
 * docs/sources.md#reporting-duties, row W1);
 * Immigration Rules Part Suitability SUI 33.1(a),(c).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(WorkerStartDelayed.TYPE)
@JsonSerialize(as = ImmutableWorkerStartDelayed.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWorkerStartDelayed.class)
@JsonDeserialize(as = ImmutableWorkerStartDelayed.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkerStartDelayed.class)
public non-sealed abstract class WorkerStartDelayed implements WorkerEvent, WithWorkerStartDelayed {

  /** The stable JSON type name. */
  public static final String TYPE = "worker.start-delayed";

  /** The worker's Certificate of Sponsorship. */
  @Override
  public abstract CosNumber cos();

  /** {@return (a) The start date on the CoS, including changes reported before permission was granted} */
  public abstract LocalDate cosStartDate();

  /** {@return (b) The "valid from" date on the entry clearance vignette, if any} */
  public abstract Optional<LocalDate> entryClearanceValidFrom();

  /** {@return (c) The date permission to enter was granted, where the Creative Worker concession applies} */
  public abstract Optional<LocalDate> permissionGrantedOn();

  /** {@return (d) The date the worker was notified of the grant of permission, if known} */
  public abstract Optional<LocalDate> grantNotifiedOn();

  /** {@return the new (or actual) start date; empty when the worker has not started and no new date is agreed} */
  public abstract Optional<LocalDate> newStartDate();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.WORKER_START_DELAYED;
  }

  /** {@return the start of the 28-day window: the latest of dates (a) to (d)} */
  @JsonIgnore
  public LocalDate windowStart() {
    return latest(latest(latest(cosStartDate(), entryClearanceValidFrom()), permissionGrantedOn()),
        grantNotifiedOn());
  }

  private static LocalDate latest(LocalDate a, Optional<LocalDate> b) {
    return b.isPresent() && b.get().isAfter(a) ? b.get() : a;
  }

  /** For this event, the day it "happened" is the {@link #windowStart() start of the window}. */
  @Override
  @JsonIgnore
  public LocalDate occurredOn() {
    return windowStart();
  }

  /**
   * {@return calendar days from {@link #windowStart()} to {@link #newStartDate()} (negative for an earlier start);
   * empty when there is no new start date}
   */
  @JsonIgnore
  public Optional<Long> delayDays() {
    return newStartDate().map(d -> ChronoUnit.DAYS.between(windowStart(), d));
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WorkerStartDelayed}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWorkerStartDelayed.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "WorkerStartDelayed");
  }
}
