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
 * W9: an offshore worker arrives in the UK at the start of the sponsored job, or leaves at its end; reported by
 * email to the Home Office, not through the SMS, and not for holidays. In force from 12 April 2023.
 *
 * <p>Sources: Workers guidance Part 3 (31 March 2023 version, in force 12 April 2023), quoted by secondary sources
 * (docs/sources.md#reporting-duties, row W9).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(OffshoreWorkerMovement.TYPE)
@JsonSerialize(as = ImmutableOffshoreWorkerMovement.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableOffshoreWorkerMovement.class)
@JsonDeserialize(as = ImmutableOffshoreWorkerMovement.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOffshoreWorkerMovement.class)
public non-sealed abstract class OffshoreWorkerMovement implements WorkerEvent, WithOffshoreWorkerMovement {

  /** The stable JSON type name. */
  public static final String TYPE = "worker.offshore-movement";

  /** The worker's Certificate of Sponsorship. */
  @Override
  public abstract CosNumber cos();

  /** The day the worker arrived in or left the UK. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return arrival or departure} */
  public abstract OffshoreDirection direction();

  /** {@return true when the trip is a holiday, which is never reported} */
  @Value.Default
  public boolean holiday() {
    return false;
  }

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.OFFSHORE_WORKER_MOVEMENT;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code OffshoreWorkerMovement}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableOffshoreWorkerMovement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "OffshoreWorkerMovement");
  }
}
