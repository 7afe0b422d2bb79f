/**
 * The in-memory SMS as a standalone HTTP server ({@link io.github.sponsorsdk.sms.testkit.server.SmsServer}) and a
 * client adapter that implements the SMS port over it ({@link io.github.sponsorsdk.sms.testkit.server.HttpSms}), so
 * that the same contract tests check both forms of the fake. The routes, the problem documents and the status codes
 * are described in {@code docs/server.md}; the choices in {@code docs/decisions/0640-standalone-server.md}.
 */
package io.github.sponsorsdk.sms.testkit.server;
