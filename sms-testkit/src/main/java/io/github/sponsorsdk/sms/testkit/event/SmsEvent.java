package io.github.sponsorsdk.sms.testkit.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Something a host system may want to react to: a lockout, a status change, a duty falling due. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSmsEvent.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSmsEvent.class)
@JsonDeserialize(as = ImmutableSmsEvent.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSmsEvent.class)
public abstract class SmsEvent implements WithSmsEvent {

  /** {@return the event's number: 1, 2, 3 ... in order} */
  public abstract long sequence();

  /** {@return when it happened, by the fake's clock} */
  public abstract Instant at();

  /** {@return what happened} */
  public abstract SmsEventKind kind();

  /** {@return the licence it concerns, if any} */
  public abstract Optional<SponsorLicenceNumber> licence();

  /** {@return a user ID, certificate number, casework reference or message ID} */
  @NotBlank
  public abstract String subject();

  /** {@return named details, e.g. {@code from=ACTIVE, to=DEACTIVATED_BY_UK_VI}; never a secret} */
  public abstract Map<String, String> details();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SmsEvent}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSmsEvent.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
