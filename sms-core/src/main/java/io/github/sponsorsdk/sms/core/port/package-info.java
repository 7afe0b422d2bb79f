/**
 * The port: the sponsor-side operations of the SMS as Java interfaces a vendor codes against, one interface per SMS
 * menu area, so that an implementation can offer the areas it supports and a contract test can target each one.
 *
 * <ul>
 *   <li>{@link io.github.sponsorsdk.sms.core.port.SmsAccess}: log in, log out, change and reset the password (Manual 1,
 *       Guides 1 and 2);
 *   <li>{@link io.github.sponsorsdk.sms.core.port.SmsUserManagement}: request a Level 1 user, create a Level 2 user,
 *       amend, deactivate (Guides 3 and 4);
 *   <li>{@link io.github.sponsorsdk.sms.core.port.SmsMessageBoard}: the message board (Guide 5);
 *   <li>{@link io.github.sponsorsdk.sms.core.port.SmsLicenceServices}: licence summary, allocation renewal and
 *       increase, defined CoS, change of circumstances;
 *   <li>{@link io.github.sponsorsdk.sms.core.port.SmsCertificates}: create, assign, view, search, withdraw, transfer
 *       CoS and CAS, singly and in batches, and sponsor notes;
 *   <li>{@link io.github.sponsorsdk.sms.core.port.SmsLicenceApplications}: licence renewal, Premium customer service,
 *       Student Sponsor status, action plans (Manual 3);
 *   <li>{@link io.github.sponsorsdk.sms.core.port.SmsRequestTracking}: view and withdraw recent and outstanding
 *       requests, defined CoS applications (Manuals 2 and 12);
 *   <li>{@link io.github.sponsorsdk.sms.core.port.SmsKeyPersonnel}: key-personnel requests, organisation details,
 *       PAYE references (Manual 2);
 *   <li>{@link io.github.sponsorsdk.sms.core.port.SmsCertificateDrafts}: delete an unassigned certificate, print one,
 *       bulk fee updates of CAS;
 *   <li>{@link io.github.sponsorsdk.sms.core.port.SmsReporting}: report worker, student and sponsor activity;
 *   <li>{@link io.github.sponsorsdk.sms.core.port.SmsBulkData}: upload a BDT file of CAS, download its results.
 * </ul>
 *
 * <p><b>Why in sms-core.</b> The port speaks only the domain vocabulary ({@code Decision}, {@code Certificate},
 * {@code SmsUser} ...), so a vendor's adapter to the real SMS depends on sms-core alone, not on the rule engines.
 * Passwords cross the port as {@code char[]} (the JDK convention of {@code KeyStore} and {@code Console}): an
 * implementation never keeps the caller's array, and the caller may wipe it after the call.
 *
 * <p><b>Results.</b> Every business outcome is an {@link io.github.sponsorsdk.sms.core.port.SmsResult} or a
 * {@link io.github.sponsorsdk.sms.core.decision.Decision}: refusals carry the rule's reasons with codes and
 * citations, and where Manual 1 quotes the SMS's own error text, a reason carries that wording. An outage is not a
 * refusal: it is an {@link io.github.sponsorsdk.sms.core.port.SmsUnavailableException}. Every operation is atomic: a
 * refused or failed call changes nothing (the single documented exception is a failed log-in, which counts towards
 * the lockout, as in the SMS).
 */
package io.github.sponsorsdk.sms.core.port;
