package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SmsAccess;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.time.Duration;
import java.util.Optional;

/** The {@link PortFixture} of the in-memory fake: accounts come from {@link Scenarios}, time from its test clock. */
public final class FakeSmsFixture implements PortFixture {
  /** The password a settled user has chosen. */
  public static final String SETTLED_PASSWORD = "Settled!Pass2026x";

  private final InMemorySms sms;
  private int licences;

  /**
   * A fixture over {@code sms}.
   *
   * @param sms the fake under test
   */
  public FakeSmsFixture(InMemorySms sms) {
    this.sms = sms;
  }

  /** {@return the fake under test} */
  public InMemorySms sms() {
    return sms;
  }

  @Override
  public SmsAccess access() {
    return sms;
  }

  private Sponsor grant() {
    licences++;
    String number = String.format("QHDGH%03dX", licences);
    return Scenarios.skilledWorkerSponsor().licenceNumber(number).grant(sms);
  }

  @Override
  public Account newLevel1User() {
    Sponsor s = grant();
    return new Account(s.level1(), s.initialPassword(), sms.user(s.level1()).orElseThrow().profile().email());
  }

  @Override
  public Account settledLevel1User() {
    Account fresh = newLevel1User();
    SmsResult<LogIn> in = sms.logIn(fresh.userId(), fresh.password().toCharArray());
    sms.changePassword(in.orElseThrow().session(), fresh.password().toCharArray(), SETTLED_PASSWORD.toCharArray(),
        SETTLED_PASSWORD.toCharArray());
    sms.logOut(in.orElseThrow().session());
    return new Account(fresh.userId(), SETTLED_PASSWORD, fresh.email());
  }

  @Override
  public void advance(Duration duration) {
    sms.clock().advance(duration);
  }

  @Override
  public Optional<String> lastTemporaryPassword(SmsUserId userId) {
    return sms.outbox().lastTemporaryPasswordFor(userId);
  }
}
