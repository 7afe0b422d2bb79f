package io.github.sponsorsdk.sms.testkit.scenario;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.testkit.InMemorySms;

/** A sponsor granted by a {@link SponsorScenario}: its licence number and first Level 1 user. */
public final class Sponsor {
  private final InMemorySms sms;
  private final SponsorLicenceNumber licence;
  private final SmsUserId level1;

  Sponsor(InMemorySms sms, SponsorLicenceNumber licence, SmsUserId level1) {
    this.sms = sms;
    this.licence = licence;
    this.level1 = level1;
  }

  public SponsorLicenceNumber licenceNumber() {
    return licence;
  }

  /** The licence as the fake holds it now. */
  public Licence licence() {
    return sms.licence(licence).orElseThrow();
  }

  /** The first Level 1 user. */
  public SmsUserId level1() {
    return level1;
  }

  /** The password emailed to the first Level 1 user (to be changed at first log-in). */
  public String initialPassword() {
    return sms.outbox().lastPasswordFor(level1).orElseThrow();
  }

  public InMemorySms sms() {
    return sms;
  }
}
