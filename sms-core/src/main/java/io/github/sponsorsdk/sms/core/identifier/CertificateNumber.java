package io.github.sponsorsdk.sms.core.identifier;

/** The number of a certificate: a {@link CosNumber} for workers or a {@link CasNumber} for students. */
public sealed interface CertificateNumber permits CosNumber, CasNumber {
  /** {@return the normalised number} */
  String value();
}
