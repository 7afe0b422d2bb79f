/** Seeded fault injection: outages and slow responses, for the next call or a fraction of calls. */
package io.github.sponsorsdk.sms.testkit.fault;
