package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * W11: a sponsor with a provisional rating in the Global Business Mobility UK Expansion Worker route must tell
 * UKVI when its Authorising Officer's visa is granted. GOV.UK "Your responsibilities";
 * docs/sources.md#reporting-duties, row W11
 * (deadline not stated).
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(ExpansionAuthorisingOfficerVisaGranted.TYPE)
@JsonSerialize(as = ImmutableExpansionAuthorisingOfficerVisaGranted.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableExpansionAuthorisingOfficerVisaGranted.class)
@JsonDeserialize(as = ImmutableExpansionAuthorisingOfficerVisaGranted.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableExpansionAuthorisingOfficerVisaGranted.class)
public non-sealed abstract class ExpansionAuthorisingOfficerVisaGranted implements SponsorEvent, WithExpansionAuthorisingOfficerVisaGranted {

  /** The stable JSON type name. */
  public static final String TYPE = "sponsor.expansion-ao-visa-granted";

  /** The day the Authorising Officer's visa was granted. */
  @Override
  public abstract LocalDate occurredOn();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.EXPANSION_AUTHORISING_OFFICER_VISA_GRANTED;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ExpansionAuthorisingOfficerVisaGranted}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableExpansionAuthorisingOfficerVisaGranted.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "ExpansionAuthorisingOfficerVisaGranted");
  }
}
