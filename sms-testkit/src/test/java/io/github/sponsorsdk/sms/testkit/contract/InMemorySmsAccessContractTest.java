package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;

/** The access contract, run against the in-memory fake. */
class InMemorySmsAccessContractTest extends SmsAccessContract {
  @Override
  protected PortFixture fixture() {
    return new FakeSmsFixture(InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build());
  }
}
