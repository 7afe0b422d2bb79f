package io.github.sponsorsdk.sms.core.route;

/** The kind of certificate a route uses. */
public enum CertificateKind {
  /** Certificate of Sponsorship, for Worker and Temporary Worker routes. */
  COS,
  /** Confirmation of Acceptance for Studies, for the Student and Child Student routes. */
  CAS
}
