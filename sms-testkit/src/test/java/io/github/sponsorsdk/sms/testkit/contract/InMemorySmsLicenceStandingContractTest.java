package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;

/** The licence-standing contract, run against the in-memory fake. */
class InMemorySmsLicenceStandingContractTest extends SmsLicenceStandingContract {
  @Override
  protected LicenceStandingFixture fixture() {
    return FakeLicenceStandingFixture.create(PasswordHasher.FAST_TEST_ITERATIONS);
  }
}
