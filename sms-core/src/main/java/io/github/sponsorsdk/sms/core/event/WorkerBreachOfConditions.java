package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * W7: the sponsor knows or suspects that the worker is breaching the conditions of their permission.
 *
 * <p>Sources disagree on the deadline ("as soon as reasonably practicable" vs 10 working days); see the reporting
 * rules' parameters. docs/sources.md#reporting-duties, row W7.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(WorkerBreachOfConditions.TYPE)
@JsonSerialize(as = ImmutableWorkerBreachOfConditions.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWorkerBreachOfConditions.class)
@JsonDeserialize(as = ImmutableWorkerBreachOfConditions.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkerBreachOfConditions.class)
public non-sealed abstract class WorkerBreachOfConditions implements WorkerEvent, WithWorkerBreachOfConditions {

  /** The stable JSON type name. */
  public static final String TYPE = "worker.breach-of-conditions";

  /** The worker's Certificate of Sponsorship. */
  @Override
  public abstract CosNumber cos();

  /** The day the sponsor learned of, or came to suspect, the breach. */
  @Override
  public abstract LocalDate occurredOn();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.WORKER_BREACH_OF_CONDITIONS;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WorkerBreachOfConditions}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWorkerBreachOfConditions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "WorkerBreachOfConditions");
  }
}
