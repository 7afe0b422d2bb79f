package io.github.sponsorsdk.sms.rules.user;

/**
 * Whether representatives may be Sponsor UK users: not "for the time being" (docs/sources.md#sponsor-uk-users), one
 * secondary source, so a parameter ({@link SponsorUkUserParameters#representatives()}), uncertain.
 */
public enum RepresentativeAccess {
  /** Only people who work for the sponsor. */
  EXCLUDED,
  /** Representatives too, as in the SMS. */
  ALLOWED
}
