package io.github.sponsorsdk.sms.rules.cost;

/**
 * An exemption from the Immigration Skills Charge that turns on facts the SDK cannot see, so the caller declares it
 * (docs/sources.md#isc-exemptions). The exemptions the SDK can see (an exempt occupation code, a student switching in
 * the UK, a short entry clearance) are worked out from the query.
 */
public enum IscExemptionClaim {
  /**
   * A Senior or Specialist Worker "assigned a certificate of sponsorship on or after 1 January 2023", a national of
   * an EU country (or holding a Latvian non-citizen's passport), who normally works in the EU for the sponsor's EU
   * business and is temporarily transferred to the UK. Applies only to that route and only from 1 January 2023.
   */
  EU_TEMPORARY_TRANSFER
}
