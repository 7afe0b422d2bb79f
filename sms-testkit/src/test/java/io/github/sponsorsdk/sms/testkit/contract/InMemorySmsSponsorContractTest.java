package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;

/** The sponsor contract, run against the in-memory fake. */
class InMemorySmsSponsorContractTest extends SmsSponsorContract {
  @Override
  protected SponsorFixture fixture() {
    return new FakeSponsorFixture(InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS)
        .build());
  }
}
