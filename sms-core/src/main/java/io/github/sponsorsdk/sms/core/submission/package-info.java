/**
 * Sponsor UK's sponsorship submission: the successor of the SMS's assigned CoS. Instead of assigning a certificate
 * from an allocation, the sponsor makes a submission per worker with all the worker's and the job's details; the Home
 * Office decides it; on approval a payment link is issued; once paid, a Sponsorship Reference Number (SRN) is issued,
 * which the worker quotes in the visa application (docs/sources.md#sponsor-uk-process,
 * docs/sources.md#sponsor-uk-submissions). In the Immigration Rules the record linked to an SRN is a Certificate of
 * Sponsorship (Introduction 6.2), valid for an application made no more than 90 days after it was issued, not
 * counting the days an edit requested by the sponsor is under review (Appendix Skilled Worker SW 1.2(d),
 * docs/sources.md#srn-validity).
 *
 * <p>The values here hold a submission's state; who may move it and when (the lifecycle, the 90 days, the payment
 * link's deadline, who may use Sponsor UK) are rules of sms-rules ({@code submission}, {@code migration},
 * {@code user.SponsorUkEligibility}). The status names are the SDK's: Sponsor UK's own are not published
 * (docs/decisions/0470-sponsor-uk.md).
 */
@SmsStyle
package io.github.sponsorsdk.sms.core.submission;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
