package io.github.sponsorsdk.sms.core.study;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.place.InternationalAddress;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code PartnerInstitutionDetails}: a partner institution where the student will study. BDT schema v2.1
 * {@code PartnerInstitutionDetailsStructure}: a name of up to 250 characters, an optional sponsor licence number
 * (the element is spelled {@code SponsorLicenseNumber}; its pattern {@code [A-Z0-9]{8}[0-9X]} is looser than the
 * guidance alphabet of {@code SponsorLicenceNumber}, so it is kept as text) and an address.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCasPartnerInstitution.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCasPartnerInstitution.class)
@JsonDeserialize(as = ImmutableCasPartnerInstitution.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCasPartnerInstitution.class)
public abstract class CasPartnerInstitution implements WithCasPartnerInstitution {

  /** {@return {@code Name}} */
  @Size(min = 1, max = 250)
  @Pattern(regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract String name();

  /** {@return {@code SponsorLicenseNumber}: nine characters, eight of {@code A-Z 0-9} then a digit or {@code X}} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = "[A-Z0-9]{8}[0-9X]",
      message = "must be 9 characters: 8 of A-Z or 0-9, then 0-9 or X (BDT schema v2.1 SponsorLicenceNumberType)")
  public abstract Optional<String> sponsorLicenceNumber();

  /** {@return {@code AddressDetails}} */
  public abstract InternationalAddress address();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CasPartnerInstitution}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCasPartnerInstitution.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
