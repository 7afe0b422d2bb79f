/**
 * The life of a CoS or CAS: the state machine ({@link io.github.sponsorsdk.sms.rules.certificate.CertificateLifecycle}),
 * its validity periods ({@link io.github.sponsorsdk.sms.rules.certificate.CertificateValidity}), readiness for
 * assignment and the defined CoS application.
 *
 * <pre>{@code
 * CertificateLifecycle lifecycle = CertificateLifecycle.defaults();
 * Actor actor = Actor.of(user, certificate);                        // Level 2 users act only on their own
 * LifecycleOutcome o = lifecycle.apply(CertificateState.of(certificate, Optional.empty()),
 *     CertificateAction.MANAGE_LIVE, actor);
 * if (o.isAllowed()) { ... o.newState().get() ... } else { o.decision().refusals() ... }
 *
 * CertificateValidity validity = CertificateValidity.defaults();
 * validity.decideApplication(CertificateKind.COS, assignedOn, applicationDate);   // SW 1.2(d): 3 months
 * }</pre>
 *
 * <p>Sources: SMS Manual 1 (Troubleshooting; Level 2 users), Appendix Skilled Worker SW 1.2(d), SW 5.1(d)-(e),
 * Appendix Student ST 1.2(d), ST 7.2, Part Suitability SUI 32.1(c), SUI 33.1(c), BDT schema v2.1
 * {@code CASStatusType}; readings the sources leave open are in {@code docs/decisions/0430-certificate-lifecycle-rules.md}.
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
