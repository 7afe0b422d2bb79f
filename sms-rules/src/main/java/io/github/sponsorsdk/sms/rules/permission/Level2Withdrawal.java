package io.github.sponsorsdk.sms.rules.permission;

/**
 * May a Level 2 user withdraw a CoS or CAS? The one reading both the {@link PermissionEngine} (and so
 * {@code docs/permission-matrix.md}) and {@link io.github.sponsorsdk.sms.rules.certificate.CertificateLifecycle} take,
 * held in {@link PermissionParameters#level2Withdrawal()}.
 *
 * <p>The sources disagree. Manual 1, Troubleshooting ("I am unable to manage live CoS/CAS") gives as one cause "You
 * are a Level 2 user and you do not own the CoS/CAS", which only makes sense if a Level 2 user <em>can</em> manage
 * (and so withdraw) the live certificates they own; Manual 1, Guide 3 lists "assign CoS/CAS ... and report migrant
 * activity" as examples of Level 2 powers; one secondary source (rocketlawyer) says Level 2 users cannot withdraw.
 * Default: {@link #OWN_CERTIFICATES}, the primary text (decision record {@code 0485-sms-functions}).
 */
public enum Level2Withdrawal {
  /** A Level 2 user may withdraw the certificates they own (created or had transferred to them). */
  OWN_CERTIFICATES,
  /** Only Level 1 users may withdraw certificates. */
  LEVEL_1_ONLY
}
