/**
 * SMS users and key personnel as values: levels, statuses, roles, profiles and accounts.
 *
 * <p>Sources: SMS Manual 1 ("Introduction to SMS"), "Access to SMS" and Guides 3 and 4;
 * docs/sources.md#sms-manual-1-users. These types
 * hold facts and structural invariants only (a representative is never the Authorising Officer; a deactivation
 * belongs to a deactivated account). Who may request, create, amend or deactivate a user, and when a National
 * Insurance number is required, are rules in {@code sms-rules}. No type here holds a password or other secret.
 */
package io.github.sponsorsdk.sms.core.user;
