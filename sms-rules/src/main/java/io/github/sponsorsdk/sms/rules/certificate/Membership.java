package io.github.sponsorsdk.sms.rules.certificate;

/**
 * Where a certificate stands towards the sets of one {@link CertificateSetKind} of its licence: in none, in the set
 * acted on, or in another (a certificate belongs to at most one batch and to at most one group).
 */
public enum Membership {
  /** In no set of the kind. */
  NONE,
  /** In the set acted on. */
  THIS_SET,
  /** In another set of the kind. */
  OTHER_SET
}
