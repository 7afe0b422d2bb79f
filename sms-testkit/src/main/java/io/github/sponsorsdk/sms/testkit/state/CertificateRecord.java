package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.certificate.ApplicationDecision;
import java.util.Optional;
import org.immutables.value.Value;

/** A CoS or CAS and the licence that issued it. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCertificateRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCertificateRecord.class)
@JsonDeserialize(as = ImmutableCertificateRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCertificateRecord.class)
public abstract class CertificateRecord implements WithCertificateRecord {

  /** {@return the licence the certificate belongs to} */
  public abstract SponsorLicenceNumber licence();

  /** {@return the certificate} */
  public abstract Certificate certificate();

  /** {@return the Home Office's decision on the application the certificate was used in, once made} */
  public abstract Optional<ApplicationDecision> applicationDecision();

  /**
   * {@return a record with no application decision}
   *
   * @param licence the licence
   * @param certificate the certificate
   */
  public static CertificateRecord of(SponsorLicenceNumber licence, Certificate certificate) {
    return builder().licence(licence).certificate(certificate).build();
  }

  // No Bean Validation of its own: the record declares no constraint, and the values it holds were validated when
  // they were built (the fake rebuilds records on every change, so a no-op validation would cost on every call).

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CertificateRecord}: one setter per attribute. */
  public static final class Builder extends ImmutableCertificateRecord.Builder {
    Builder() {}
  }
}
