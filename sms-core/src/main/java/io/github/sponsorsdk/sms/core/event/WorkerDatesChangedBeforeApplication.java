package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * W10: the start or end date changed before the worker applied for permission. It is recorded as a sponsor note on
 * the CoS, not reported. docs/sources.md#reporting-duties, row W10.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(WorkerDatesChangedBeforeApplication.TYPE)
@JsonSerialize(as = ImmutableWorkerDatesChangedBeforeApplication.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWorkerDatesChangedBeforeApplication.class)
@JsonDeserialize(as = ImmutableWorkerDatesChangedBeforeApplication.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkerDatesChangedBeforeApplication.class)
public non-sealed abstract class WorkerDatesChangedBeforeApplication implements WorkerEvent, WithWorkerDatesChangedBeforeApplication {

  /** The stable JSON type name. */
  public static final String TYPE = "worker.dates-changed-before-application";

  /** The worker's Certificate of Sponsorship. */
  @Override
  public abstract CosNumber cos();

  /** The day the dates changed. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return the new start date, if it changed} */
  public abstract Optional<LocalDate> newStartDate();

  /** {@return the new end date, if it changed} */
  public abstract Optional<LocalDate> newEndDate();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.WORKER_DATES_CHANGED_BEFORE_APPLICATION;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WorkerDatesChangedBeforeApplication}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWorkerDatesChangedBeforeApplication.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    if (newStartDate().isEmpty() && newEndDate().isEmpty()) {
      v.add(Violation.of("newStartDate", "null", "AtLeastOne", "a new start date or a new end date is required"));
    }
    newEndDate().ifPresent(end -> EventChecks.requireAfter(v, "newEndDate", newEndDate(),
        newStartDate().orElse(LocalDate.MIN), "newStartDate"));
    EventChecks.check(this, "WorkerDatesChangedBeforeApplication", v);
  }
}
