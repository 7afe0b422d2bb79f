/**
 * Log-in and lockout of one SMS account (Manual 1, "User ID and password", "Access to SMS", Troubleshooting,
 * Guides 1 and 2) as a pure state machine: {@link io.github.sponsorsdk.sms.rules.login.LoginEngine} takes an
 * {@link io.github.sponsorsdk.sms.rules.login.AccountState}, a
 * {@link io.github.sponsorsdk.sms.rules.login.LoginAttempt} and an instant, and returns the next state with a
 * decision. Passwords never enter: the caller compares credentials and reports a
 * {@link io.github.sponsorsdk.sms.rules.login.CredentialCheck}.
 *
 * <p>A log-in attempt carries sms-core's own {@link io.github.sponsorsdk.sms.core.licence.LicenceStatus} and
 * {@link io.github.sponsorsdk.sms.core.user.UserStatus}: the engine needs no stand-ins of its own. Decisions are
 * recorded in
 * {@code docs/decisions/0310-login-lockout-sessions.md}.
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.login;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
