package io.github.sponsorsdk.sms.testkit.server;

import io.github.sponsorsdk.sms.testkit.contract.SmsSponsorContract;
import io.github.sponsorsdk.sms.testkit.contract.SponsorFixture;
import org.junit.jupiter.api.AfterEach;

/** The sponsor contract, run against {@link HttpSms} talking to a {@link SmsServer}: the same suite as in process. */
class HttpSmsSponsorContractTest extends SmsSponsorContract {
  private HttpFixture fixture;

  @Override
  protected SponsorFixture fixture() {
    fixture = new HttpFixture();
    return fixture;
  }

  @AfterEach
  void stop() {
    fixture.close();
  }
}
