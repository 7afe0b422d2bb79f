package io.github.sponsorsdk.sms.testkit.server;

import io.github.sponsorsdk.sms.testkit.contract.CertificateSetsFixture;
import io.github.sponsorsdk.sms.testkit.contract.SmsCertificateSetsContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The batches, exports and Creative Worker groups contract, run against {@link HttpSms} talking to a
 * {@link SmsServer}: the same suite as in process ({@code InMemorySmsCertificateSetsContractTest}), with sponsors
 * granted through the control API.
 */
class HttpSmsCertificateSetsContractTest extends SmsCertificateSetsContract {
  private HttpFixture fixture;

  @Override
  protected CertificateSetsFixture fixture() {
    fixture = new HttpFixture();
    return fixture;
  }

  @AfterEach
  void stop() {
    fixture.close();
  }
}
