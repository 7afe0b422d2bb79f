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
 * The header of the non-upload files: graduate notifications and activity reports ({@code BulkReportingId}), fee
 * updates ({@code BulkUpdateFileId}) and the export ({@code BulkExportFileId} plus the sponsor licence number,
 * reconstructed).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableBatchHeader.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableBatchHeader.class)
@JsonDeserialize(as = ImmutableBatchHeader.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableBatchHeader.class)
public abstract non-sealed class BatchHeader implements BdtHeader, WithBatchHeader {
  @Override
  public abstract String fileId();

  /** {@return present in export files only} */
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

  /**
   * {@return a header with {@code fileId}}
   *
   * @param fileId the file's identifier, as the SMS asks for it
   */
  public static BatchHeader of(String fileId) {
    return ImmutableBatchHeader.builder().fileId(fileId).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code BatchHeader}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableBatchHeader.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    // The three batch headers' file ids (BulkReportingId, BulkUpdateFileId, BulkExportFileId) share one type.
    new Check("BatchHeader").field("fileId", BdtField.BULK_REPORTING_ID, fileId())
        .field("sponsorLicenceNumber", BdtField.SPONSOR_LICENCE_NUMBER, sponsorLicenceNumber())
        .done();
  }
}
