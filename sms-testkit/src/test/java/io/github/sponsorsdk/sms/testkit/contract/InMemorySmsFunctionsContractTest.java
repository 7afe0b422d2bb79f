package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;

/** The functions contract (and, inherited, the sponsor contract), run against the in-memory fake. */
class InMemorySmsFunctionsContractTest extends SmsFunctionsContract {
  @Override
  protected FunctionsFixture fixture() {
    return new FakeSponsorFixture(InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS)
        .build());
  }
}
