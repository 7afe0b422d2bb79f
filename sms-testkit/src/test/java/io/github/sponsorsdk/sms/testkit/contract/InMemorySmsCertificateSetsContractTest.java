package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;

/** The batches, exports and Creative Worker groups contract, run against the in-memory fake. */
class InMemorySmsCertificateSetsContractTest extends SmsCertificateSetsContract {
  @Override
  protected CertificateSetsFixture fixture() {
    return new FakeSponsorFixture(InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS)
        .build());
  }
}
