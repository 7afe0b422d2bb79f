package io.github.sponsorsdk.sms.rules.permission;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;

/**
 * Whether the actor owns the certificate(s) an action is on. A Level 2 user "can only report against or view CoS
 * and/or CAS which they own", that is, which they created or had transferred to them (Manual 1, Access to SMS;
 * Troubleshooting). For a batch, pass {@link #ANOTHER_USER} if any certificate of it is not the actor's.
 */
public enum CertificateOwnership {
  /** No particular certificate: a menu, a search screen, a new certificate. */
  NONE,
  /** The actor owns the certificate (or every certificate of the batch). */
  ACTOR,
  /** Another user owns the certificate (or at least one of the batch). */
  ANOTHER_USER;

  /**
   * {@return {@link #ACTOR} when {@code actor} owns {@code certificate}, else {@link #ANOTHER_USER}}
   *
   * @param actor the user acting
   * @param certificate the certificate
   */
  public static CertificateOwnership of(SmsUserId actor, Certificate certificate) {
    return certificate.owner().equals(actor) ? ACTOR : ANOTHER_USER;
  }
}
