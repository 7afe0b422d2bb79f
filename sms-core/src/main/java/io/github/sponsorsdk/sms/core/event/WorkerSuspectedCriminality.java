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
 * W8: the sponsor has information suggesting the worker is involved in terrorism or other criminal activity. This
 * goes to the police, not to the SMS. docs/sources.md#reporting-duties, row W8.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(WorkerSuspectedCriminality.TYPE)
@JsonSerialize(as = ImmutableWorkerSuspectedCriminality.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWorkerSuspectedCriminality.class)
@JsonDeserialize(as = ImmutableWorkerSuspectedCriminality.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkerSuspectedCriminality.class)
public non-sealed abstract class WorkerSuspectedCriminality implements WorkerEvent, WithWorkerSuspectedCriminality {

  /** The stable JSON type name. */
  public static final String TYPE = "worker.suspected-criminality";

  /** The worker's Certificate of Sponsorship. */
  @Override
  public abstract CosNumber cos();

  /** The day the sponsor obtained the information. */
  @Override
  public abstract LocalDate occurredOn();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.WORKER_SUSPECTED_CRIMINALITY;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WorkerSuspectedCriminality}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWorkerSuspectedCriminality.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "WorkerSuspectedCriminality");
  }
}
