package io.github.sponsorsdk.sms.testkit.server;

import io.github.sponsorsdk.sms.testkit.contract.LicenceStandingFixture;
import io.github.sponsorsdk.sms.testkit.contract.SmsLicenceStandingContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The licence-standing contract, run against {@link HttpSms} talking to a {@link SmsServer}: expiry on the clock,
 * the Home Office's status changes, a provisional sponsor and a refusal letter, all through the HTTP API.
 */
class HttpSmsLicenceStandingContractTest extends SmsLicenceStandingContract {
  private HttpLicenceStandingFixture fixture;

  @Override
  protected LicenceStandingFixture fixture() {
    fixture = new HttpLicenceStandingFixture();
    return fixture;
  }

  @AfterEach
  void stop() {
    fixture.close();
  }
}
