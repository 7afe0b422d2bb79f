package io.github.sponsorsdk.sms.xml.records;

import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/**
 * The CAS upload {@code Header}: file id (2 to 50 characters, {@code [A-Za-z0-9][A-Za-z0-9 _.-]+}), optional version
 * text, the category (which fixes {@code SchemaID}; {@code TierID} is always "Tier 4") and the sponsor's licence
 * number.
 *
 * <p>The licence number is a checked string for now; when {@code sms-core} has its identifier type this accessor
 * changes type and {@link #check()} delegates to it.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableUploadHeader.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableUploadHeader.class)
@JsonDeserialize(as = ImmutableUploadHeader.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableUploadHeader.class)
public abstract non-sealed class UploadHeader implements BdtHeader, WithUploadHeader {
  @Override
  public abstract String fileId();

  /** {@return the schema version, when given} */
  public abstract Optional<String> version();

  /** {@return the CAS category of the file} */
  public abstract CasCategory category();

  /** {@return the sponsor licence number} */
  public abstract String sponsorLicenceNumber();

  /**
   * {@return the licence number as the sms-core identifier} The BDT schema's pattern ({@code [A-Z0-9]{8}[0-9X]}) is
   * looser than the guidance alphabet {@link SponsorLicenceNumber} enforces (no I, L, O or S), so a schema-valid number
   * using one of those letters has no typed form: empty.
   */
  @JsonIgnore
  public Optional<SponsorLicenceNumber> licenceNumber() {
    return SponsorLicenceNumber.isValid(sponsorLicenceNumber())
        ? Optional.of(SponsorLicenceNumber.of(sponsorLicenceNumber())) : Optional.empty();
  }

  /** {@return the schema identifier of the category's upload} */
  @JsonIgnore
  public String schemaId() {
    return category().schemaId();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code UploadHeader}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableUploadHeader.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    new Check("UploadHeader").field("fileId", BdtField.BULK_UPLOAD_FILE_ID, fileId())
        .field("version", BdtField.VERSION, version())
        .field("sponsorLicenceNumber", BdtField.SPONSOR_LICENCE_NUMBER, sponsorLicenceNumber())
        .done();
  }
}
