package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The organisation details the SMS holds for a licence and a sponsor asks to change ("Change your details", Manual 2):
 * the main organisation address, the head office address where it differs, and the addresses of legal representative
 * organisations the sponsor has told the Home Office act for it. The key-personnel rule compares postcodes with
 * these addresses (docs/sources.md#secondary-functions).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableOrganisationDetails.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableOrganisationDetails.class)
@JsonDeserialize(as = ImmutableOrganisationDetails.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrganisationDetails.class)
public abstract class OrganisationDetails implements WithOrganisationDetails {

  /** {@return the main organisation address} */
  @Valid
  public abstract Address mainAddress();

  /** {@return the head office address, where it differs from the main address} */
  public abstract Optional<@Valid Address> headOffice();

  /** {@return legal representative organisations notified to the Home Office as acting for the sponsor} */
  public abstract List<@Valid Address> legalRepresentatives();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code OrganisationDetails}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableOrganisationDetails.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
