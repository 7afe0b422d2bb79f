/**
 * SMS sessions (Manual 1, "Logging in and out of SMS"): logged out after 20 minutes of inactivity, one instance of
 * SMS per user. {@link io.github.sponsorsdk.sms.rules.session.SessionEngine} is pure; the caller keeps the
 * {@link io.github.sponsorsdk.sms.rules.session.Session} values.
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.session;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
