package io.github.sponsorsdk.sms.testkit.server;

import io.github.sponsorsdk.sms.testkit.contract.FunctionsFixture;
import io.github.sponsorsdk.sms.testkit.contract.SmsFunctionsContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The functions contract, run against {@link HttpSms} talking to a {@link SmsServer}: the same suite as in process.
 * It extends the sponsor contract, so every test of {@code SmsSponsorContract} runs over HTTP here too (a separate
 * sponsor-contract class would run them twice).
 */
class HttpSmsFunctionsContractTest extends SmsFunctionsContract {
  private HttpFixture fixture;

  @Override
  protected FunctionsFixture fixture() {
    fixture = new HttpFixture();
    return fixture;
  }

  @AfterEach
  void stop() {
    fixture.close();
  }
}
