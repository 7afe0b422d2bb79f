/**
 * Contract tests of the port, runnable against any implementation: extend {@link
 * io.github.sponsorsdk.sms.testkit.contract.SmsAccessContract} or {@link
 * io.github.sponsorsdk.sms.testkit.contract.SmsSponsorContract} with a fixture for it. They use plain JUnit assertions.
 */
package io.github.sponsorsdk.sms.testkit.contract;
