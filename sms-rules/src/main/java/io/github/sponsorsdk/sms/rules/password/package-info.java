/**
 * The SMS password policy: Manual 1, Guide 1, step 2 ("Your password must: be between 12 and 256 characters;
 * include at least 1 uppercase letter from A to Z; ... not contain your user name or User ID").
 *
 * <ul>
 *   <li>{@link io.github.sponsorsdk.sms.rules.password.PasswordCheck}: the engine; every broken rule at once, each a
 *       {@link io.github.sponsorsdk.sms.rules.password.PasswordReasonCode} with parameters and citation.
 *   <li>{@link io.github.sponsorsdk.sms.rules.password.PasswordParameters}: the date-effective parameters and their
 *       cited defaults.
 *   <li>{@link io.github.sponsorsdk.sms.rules.password.Secret}: the password, never printed, never serialised.
 *   <li>{@link io.github.sponsorsdk.sms.rules.password.AccountHolder}: the user ID and name the password must not
 *       contain.
 * </ul>
 *
 * <p>Readings of the manual's wording are recorded in {@code docs/decisions/0310-password-policy.md}. Passay 2.0
 * is used in tests only, as an independent oracle configured identically.
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.password;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
