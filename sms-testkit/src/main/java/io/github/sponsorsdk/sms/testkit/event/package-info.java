/** Events for host systems: lockouts, status changes, expiries, duties due and overdue. */
package io.github.sponsorsdk.sms.testkit.event;
