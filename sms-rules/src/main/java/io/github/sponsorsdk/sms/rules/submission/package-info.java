/**
 * Sponsor UK's sponsorship submissions: the lifecycle ({@link
 * io.github.sponsorsdk.sms.rules.submission.SubmissionLifecycle}: who may do what in which status), the SRN's 90
 * days with the disregarded edit-review days ({@link io.github.sponsorsdk.sms.rules.submission.SrnValidity}) and the
 * payment link's service level in UK working days ({@link
 * io.github.sponsorsdk.sms.rules.submission.PaymentLinkDeadline}), with their parameters
 * ({@link io.github.sponsorsdk.sms.rules.submission.SubmissionParameters}).
 *
 * <p>Sponsor UK is young and mostly known second-hand (docs/sources.md#sponsor-uk-ayj,
 * docs/sources.md#sponsor-uk-commentary): every rule the sources leave open is a parameter with a documented default,
 * and every reason that relies on one is marked uncertain in its citation
 * ({@link io.github.sponsorsdk.sms.core.decision.Decision#uncertainties()}). The readings are recorded in
 * docs/decisions/0470-sponsor-uk.md.
 */
package io.github.sponsorsdk.sms.rules.submission;
