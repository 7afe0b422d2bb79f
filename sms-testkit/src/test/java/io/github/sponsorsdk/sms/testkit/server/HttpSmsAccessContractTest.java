package io.github.sponsorsdk.sms.testkit.server;

import io.github.sponsorsdk.sms.testkit.contract.PortFixture;
import io.github.sponsorsdk.sms.testkit.contract.SmsAccessContract;
import org.junit.jupiter.api.AfterEach;

/** The access contract, run against {@link HttpSms} talking to a {@link SmsServer}: the same suite as in process. */
class HttpSmsAccessContractTest extends SmsAccessContract {
  private HttpFixture fixture;

  @Override
  protected PortFixture fixture() {
    fixture = new HttpFixture();
    return fixture;
  }

  @AfterEach
  void stop() {
    fixture.close();
  }
}
