/**
 * One record, end to end: a BDT CAS upload record ({@link io.github.sponsorsdk.sms.xml.records.CasRecord}) and a CAS
 * {@link io.github.sponsorsdk.sms.core.certificate.Certificate} map to each other without loss, both ways
 * ({@link io.github.sponsorsdk.sms.xml.certificate.CasCertificates}), so a real file can travel from upload to
 * assigned certificate to a file again. The mapping lives here because sms-xml depends on sms-core, not the reverse.
 */
package io.github.sponsorsdk.sms.xml.certificate;
