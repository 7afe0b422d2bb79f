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
 * W6: the sponsor stops sponsoring the worker earlier than the CoS end date, for any reason. The report gives the
 * last working day and the worker's last known address.
 *
 * <p>Sources: Workers guidance Part 3 as quoted by secondary sources (docs/sources.md#reporting-duties, row W6); SMS
 * Manual 1 message
 * board (6 April 2014).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(WorkerSponsorshipEnded.TYPE)
@JsonSerialize(as = ImmutableWorkerSponsorshipEnded.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWorkerSponsorshipEnded.class)
@JsonDeserialize(as = ImmutableWorkerSponsorshipEnded.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkerSponsorshipEnded.class)
public non-sealed abstract class WorkerSponsorshipEnded implements WorkerEvent, WithWorkerSponsorshipEnded {

  /** The stable JSON type name. */
  public static final String TYPE = "worker.sponsorship-ended";

  /** The worker's Certificate of Sponsorship. */
  @Override
  public abstract CosNumber cos();

  /** The day of the event (e.g. the last day of employment, or the day the offer was withdrawn). */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return why sponsorship ends} */
  public abstract SponsorshipEndReason reason();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.WORKER_SPONSORSHIP_ENDED;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WorkerSponsorshipEnded}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWorkerSponsorshipEnded.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "WorkerSponsorshipEnded");
  }
}
