/**
 * What a Confirmation of Acceptance for Studies says about the course: exactly what a BDT CAS upload record holds
 * (course, levels, hours, partner and overseas institutions, work placement, the documents used to make the offer,
 * English language evidence and previous study, fees and accommodation), plus three things the Immigration Rules ask
 * a CAS to state that the BDT record has no element for.
 *
 * <p><b>One record, end to end.</b> A {@code Certificate} of kind CAS holds these as {@link
 * io.github.sponsorsdk.sms.core.study.CasDetails} beside its migrant, main site of study and course dates, so that
 * sms-xml's {@code CasRecord} and a CAS certificate map to each other without loss, both ways (sms-xml {@code
 * CasCertificates}). The structure and the facets (lengths, characters, ranges) are the BDT schema v2.1's
 * (docs/sources.md#bdt-types), so every record the schema accepts has a certificate; text is kept exactly as given,
 * spaces included, and amounts keep the decimals they were written with ({@code 7000} stays {@code 7000}). Whether a
 * CAS is "ready to go" is a rule in {@code sms-rules} ({@code AssignmentReadiness}), not a constraint here: the SMS
 * creates a CAS whose conditional fields are missing and lets the sponsor complete it online.
 *
 * <p><b>Beyond the BDT record</b> (docs/sources.md#rules-cas-content): Appendix Student ST 13.4 "the unique reference
 * number for the test" of a Secure English Language Test; ST 13.3 "the method of assessment" when the sponsor assessed
 * English itself; ST 7.5 "the cost of any accommodation provided by the sponsor". The BDT schema has no element for
 * any of them, so they are optional fields a BDT record never fills and a BDT record written from a certificate
 * leaves out.
 */
package io.github.sponsorsdk.sms.core.study;
