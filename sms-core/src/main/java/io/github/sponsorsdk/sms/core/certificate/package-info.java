/**
 * Certificates of Sponsorship (CoS) and Confirmations of Acceptance for Studies (CAS) as values: status, migrant,
 * salary, dates and sponsor notes.
 *
 * <p>Sources: SMS Manual 1 (Troubleshooting; message board text of 6 April 2014), the Home Office BDT schema v2.1
 * ({@code ApplicantData}, {@code CASStatusType}, lengths), docs/sources.md#secondary-certificates. Uncertain points
 * are marked UNCERTAIN
 * in each type. Lifecycle transitions, assignment readiness and allocation use are rules in {@code sms-rules}.
 */
package io.github.sponsorsdk.sms.core.certificate;
