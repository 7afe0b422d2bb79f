/** The audit trail of every state change (JSON export) and the journal of every port call. */
package io.github.sponsorsdk.sms.testkit.audit;
