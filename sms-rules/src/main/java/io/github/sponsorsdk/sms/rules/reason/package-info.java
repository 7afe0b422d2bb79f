/**
 * Reason codes that carry their rule: severity, default message and citation.
 *
 * <p>Every engine in {@code sms-rules} declares its {@link io.github.sponsorsdk.sms.rules.reason.CitedReasonCode}s
 * as one enum, so "every rule is cited" is a property a test can check over all constants:
 *
 * <pre>{@code
 * Reason r = PermissionReasonCode.LEVEL_2_NOT_CERTIFICATE_OWNER.reason();
 * r.code();       // "LEVEL_2_NOT_CERTIFICATE_OWNER"
 * r.severity();   // REFUSAL
 * r.citation();   // SMS Manual 1: Introduction to SMS, Access to SMS
 * }</pre>
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.reason;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
