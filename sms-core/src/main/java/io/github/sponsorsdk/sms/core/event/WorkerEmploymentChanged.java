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
 * W5: a change to the worker's employment other than one needing a new CoS. Job title, core duties and normal place
 * of work are reportable; hybrid working patterns are not since the guidance of 5 March 2024; occasional work
 * elsewhere never is; a change of SOC code needs a new CoS.
 *
 * <p>Sources: Workers guidance Part 3 (31 March 2023 and 5 March 2024 versions, quoted by secondary sources,
 * docs/sources.md#reporting-duties, row W5); Immigration Rules Part Suitability SUI 37.1(c).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(WorkerEmploymentChanged.TYPE)
@JsonSerialize(as = ImmutableWorkerEmploymentChanged.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWorkerEmploymentChanged.class)
@JsonDeserialize(as = ImmutableWorkerEmploymentChanged.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkerEmploymentChanged.class)
public non-sealed abstract class WorkerEmploymentChanged implements WorkerEvent, WithWorkerEmploymentChanged {

  /** The stable JSON type name. */
  public static final String TYPE = "worker.employment-changed";

  /** The worker's Certificate of Sponsorship. */
  @Override
  public abstract CosNumber cos();

  /** The day the change took effect. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return what changed} */
  public abstract EmploymentChangeKind change();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.WORKER_EMPLOYMENT_CHANGED;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WorkerEmploymentChanged}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWorkerEmploymentChanged.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "WorkerEmploymentChanged");
  }
}
