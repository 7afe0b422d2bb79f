package io.github.sponsorsdk.sms.testkit.junit;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;

/** The sponsor an injected {@link Sponsor} parameter is ({@link SmsTest#sponsor()}, {@link SmsExtension.Builder}). */
@FunctionalInterface
public interface SponsorSetup {
  /**
   * Grants the sponsor in {@code sms}.
   *
   * @param sms the test's fake
   * @return the granted sponsor
   */
  Sponsor grant(InMemorySms sms);

  /** {@link Scenarios#skilledWorkerSponsor()}: A-rated, Skilled Worker, 10 CoS. */
  final class SkilledWorker implements SponsorSetup {
    /** The setup. */
    public SkilledWorker() {}

    @Override
    public Sponsor grant(InMemorySms sms) {
      return Scenarios.skilledWorkerSponsor().grant(sms);
    }
  }

  /** {@link Scenarios#studentSponsor()}: a Student sponsor with 50 CAS. */
  final class Student implements SponsorSetup {
    /** The setup. */
    public Student() {}

    @Override
    public Sponsor grant(InMemorySms sms) {
      return Scenarios.studentSponsor().grant(sms);
    }
  }
}
