/**
 * What a Certificate of Sponsorship says about the job: title, occupation code, description, hours, allowances,
 * work addresses, PAYE reference, why the worker is sponsored, and the items particular routes must confirm.
 *
 * <p>Sources (docs/sources.md#rules-cos-content, docs/sources.md#secondary-cos-form): every worker route's validity
 * rule in the Immigration Rules says what a CoS must confirm ("details of the job and salary the sponsor is offering
 * them and PAYE details if HM Revenue and Customs (HMRC) requires income tax and National Insurance for the sponsored
 * job to be paid via PAYE", Appendix Skilled Worker SW 5.1(a)); SMS Manual 1 names the fields needed to assign; the
 * SMS's own field guide for the CoS form (SMS guide 8a) was withdrawn, so the form's labels come from secondary
 * descriptions of it. Fields the SDK adds where no source names an SMS field (working arrangement, sponsorship
 * purpose) say so. The salary and its period stay on {@code Certificate}, where they were.
 *
 * <p>Which fields must be present to assign, and what the PAYE reference or an occupation code must look like on a
 * given date, are rules in {@code sms-rules} ({@code AssignmentReadiness}), not constraints of these values: the SMS
 * saves a certificate with fields missing.
 */
package io.github.sponsorsdk.sms.core.job;
