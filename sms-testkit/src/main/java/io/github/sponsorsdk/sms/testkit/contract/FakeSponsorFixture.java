package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsAccess;
import io.github.sponsorsdk.sms.core.port.SmsBulkData;
import io.github.sponsorsdk.sms.core.port.SmsCertificates;
import io.github.sponsorsdk.sms.core.port.SmsLicenceServices;
import io.github.sponsorsdk.sms.core.port.SmsUserManagement;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.time.Duration;
import java.util.Optional;

/** The {@link SponsorFixture} of the in-memory fake. */
public final class FakeSponsorFixture implements SponsorFixture {
  private final InMemorySms sms;
  private final FakeSmsFixture access;
  private Sponsor last;
  private int licences;

  /**
   * A fixture over {@code sms}.
   *
   * @param sms the fake under test
   */
  public FakeSponsorFixture(InMemorySms sms) {
    this.sms = sms;
    this.access = new FakeSmsFixture(sms);
  }

  @Override
  public SmsAccess access() {
    return sms;
  }

  @Override
  public SmsUserManagement users() {
    return sms;
  }

  @Override
  public SmsCertificates certificates() {
    return sms;
  }

  @Override
  public SmsLicenceServices licence() {
    return sms;
  }

  @Override
  public SmsBulkData bulkData() {
    return sms;
  }

  @Override
  public SessionToken newStudentSponsor(int cas) {
    licences++;
    last = Scenarios.studentSponsor().licenceNumber(String.format("E4ABC%04d", licences))
        .allocation(Route.STUDENT, cas).grant(sms);
    return last.signIn();
  }

  @Override
  public SessionToken newSkilledWorkerSponsor(int cos) {
    licences++;
    last = Scenarios.skilledWorkerSponsor().licenceNumber(String.format("QHDGK%03dX", licences))
        .allocation(Route.SKILLED_WORKER, cos).grant(sms);
    return last.signIn();
  }

  @Override
  public SessionToken signIn(SmsUserId userId) {
    return last.signIn(userId);
  }

  @Override
  public CertificateDraft readyDraft(String passportNumber) {
    return Drafts.skilledWorker(passportNumber);
  }

  @Override
  public Account settledLevel1User() {
    return access.settledLevel1User();
  }

  @Override
  public Account newLevel1User() {
    return access.newLevel1User();
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
