package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.port.CertificateBatch;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import org.immutables.value.Value;

/** A batch of CoS or CAS and the licence it belongs to. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableBatchRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableBatchRecord.class)
@JsonDeserialize(as = ImmutableBatchRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableBatchRecord.class)
public abstract class BatchRecord implements WithBatchRecord {

  /** {@return the licence} */
  public abstract SponsorLicenceNumber licence();

  /** {@return the batch} */
  public abstract CertificateBatch batch();

  /**
   * {@return a record}
   *
   * @param licence the licence
   * @param batch the batch
   */
  public static BatchRecord of(SponsorLicenceNumber licence, CertificateBatch batch) {
    return builder().licence(licence).batch(batch).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code BatchRecord}: one setter per attribute. */
  public static final class Builder extends ImmutableBatchRecord.Builder {
    Builder() {}
  }
}
