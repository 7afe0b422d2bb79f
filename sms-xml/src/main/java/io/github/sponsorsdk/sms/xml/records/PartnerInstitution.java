package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/**
 * {@code PartnerInstitutionDetails}: a partner institution where the student will study. Once the block is present
 * the schema requires the name and a full address. The optional licence number element is spelled
 * {@code SponsorLicenseNumber} in the schema.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutablePartnerInstitution.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePartnerInstitution.class)
@JsonDeserialize(as = ImmutablePartnerInstitution.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePartnerInstitution.class)
public abstract class PartnerInstitution implements WithPartnerInstitution {
  /** {@return the institution's name} */
  public abstract String name();

  /** {@return the institution's sponsor licence number, when it has one} */
  public abstract Optional<String> sponsorLicenceNumber();

  /**
   * {@return the licence number as the sms-core identifier} The BDT schema's pattern ({@code [A-Z0-9]{8}[0-9X]}) is
   * looser than the guidance alphabet {@link SponsorLicenceNumber} enforces (no I, L, O or S), so a schema-valid number
   * using one of those letters has no typed form: empty.
   */
  @JsonIgnore
  public Optional<SponsorLicenceNumber> licenceNumber() {
    return sponsorLicenceNumber().filter(SponsorLicenceNumber::isValid).map(SponsorLicenceNumber::of);
  }

  /** {@return the institution's address} */
  public abstract InternationalAddress address();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PartnerInstitution}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutablePartnerInstitution.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    new Check("PartnerInstitution").field("name", BdtField.ORGANISATION_NAME, name())
        .field("sponsorLicenceNumber", BdtField.PARTNER_SPONSOR_LICENSE_NUMBER, sponsorLicenceNumber())
        .done();
  }
}
