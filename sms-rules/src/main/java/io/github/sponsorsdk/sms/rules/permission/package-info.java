/**
 * Who may do what in SMS: one decision function over the catalogue of SMS functions.
 *
 * <p>{@link io.github.sponsorsdk.sms.rules.permission.SmsAction} is the catalogue (one row per function of SMS
 * Manual 1 and the manuals its index lists, each citing its source); each row's
 * {@link io.github.sponsorsdk.sms.rules.permission.Requirement}s come from its
 * {@link io.github.sponsorsdk.sms.rules.permission.Menu} and its own. The
 * {@link io.github.sponsorsdk.sms.rules.permission.PermissionEngine} answers with every failed requirement as a cited
 * reason; {@link io.github.sponsorsdk.sms.rules.permission.PermissionMatrix} prints the whole table
 * ({@code docs/permission-matrix.md}).
 *
 * <pre>{@code
 * PermissionEngine engine = PermissionEngine.defaults();
 * PermissionRequest request = PermissionRequest.of(level2User, licence, LocalDate.of(2026, 11, 25));
 *
 * Decision menu = engine.decide(request, SmsAction.VIEW_LICENCE_SUMMARY);
 * menu.isRefused();                      // true
 * menu.codes();                          // [permission.LEVEL_2_NO_LICENCE_MENU]
 *
 * Decision view = engine.decide(PermissionRequest.of(level2User, licence, cos, date), SmsAction.VIEW_COS);
 * if (view.has(PermissionReasonCode.LEVEL_2_NOT_CERTIFICATE_OWNER)) {
 *   // show "you can only view CoS you created or had transferred to you"
 * }
 * view.refusals().get(0).citation();     // SMS Manual 1: Introduction to SMS, Access to SMS (user levels) (edition ...
 *
 * Set<SmsAction> menuItems = engine.allowedActions(request);   // what the menus show
 * }</pre>
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.permission;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
