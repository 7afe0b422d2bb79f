/** The emails and letters the fake SMS sends, inspectable in tests (passwords readable only here). */
package io.github.sponsorsdk.sms.testkit.outbox;
