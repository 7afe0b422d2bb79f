package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.rules.permission.CertificateOwnership;

/**
 * Who triggers a certificate action. Level 2 users may act only on certificates they own, i.e. created or had
 * transferred to them (SMS Manual 1, "Level 2 users" and Troubleshooting), so ownership is part of the actor.
 */
public enum Actor {
  /** A Level 1 user of the sponsor: every sponsor function (Manual 1). */
  LEVEL_1_USER,
  /** A Level 2 user acting on a certificate they created or had transferred to them. */
  LEVEL_2_OWNER,
  /** A Level 2 user acting on someone else's certificate: may neither view nor act on it (Manual 1). */
  LEVEL_2_NOT_OWNER,
  /** The Home Office: records use in an application and its outcome, cancels certificates. */
  HOME_OFFICE,
  /** The passing of time: an unused certificate expires at the end of its validity. */
  TIME;

  /**
   * {@return the actor for a sponsor user of {@code level} who does or does not own the certificate}
   *
   * @param level the user's level
   * @param ownership whether the user owns the certificate
   */
  public static Actor sponsorUser(UserLevel level, CertificateOwnership ownership) {
    if (level == UserLevel.LEVEL_1) {
      return LEVEL_1_USER;
    }
    return ownership == CertificateOwnership.ACTOR ? LEVEL_2_OWNER : LEVEL_2_NOT_OWNER;
  }

  /**
   * {@return the actor for {@code user} acting on {@code certificate}: ownership is {@link Certificate#owner()}}
   *
   * @param user the user
   * @param certificate the certificate acted on
   */
  public static Actor of(SmsUser user, Certificate certificate) {
    return sponsorUser(user.level(), CertificateOwnership.of(user.userId(), certificate));
  }

  /** {@return true for a sponsor's user; false for the Home Office, the migrant and the passing of time} */
  public boolean isSponsorUser() {
    return this == LEVEL_1_USER || this == LEVEL_2_OWNER || this == LEVEL_2_NOT_OWNER;
  }
}
