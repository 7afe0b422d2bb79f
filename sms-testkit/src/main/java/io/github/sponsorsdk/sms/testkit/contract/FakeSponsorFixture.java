package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.port.OrganisationDetails;
import io.github.sponsorsdk.sms.core.port.SmsCertificateDrafts;
import io.github.sponsorsdk.sms.core.port.SmsKeyPersonnel;
import io.github.sponsorsdk.sms.core.port.SmsLicenceApplications;
import io.github.sponsorsdk.sms.core.port.SmsRequestTracking;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
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

/**
 * The {@link SponsorFixture} (and {@link FunctionsFixture}, {@link CertificateSetsFixture}) of the in-memory fake: its sponsors are granted through
 * the Home Office side, with {@link #organisationAddress()} recorded as their main organisation address.
 */
public final class FakeSponsorFixture implements FunctionsFixture, CertificateSetsFixture {
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
    sms.homeOffice().recordOrganisationDetails(last.licenceNumber(),
        OrganisationDetails.builder().mainAddress(organisationAddress()).build());
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

  @Override
  public SmsLicenceApplications applications() {
    return sms;
  }

  @Override
  public SmsRequestTracking tracking() {
    return sms;
  }

  @Override
  public SmsKeyPersonnel keyPersonnel() {
    return sms;
  }

  @Override
  public SmsCertificateDrafts drafts() {
    return sms;
  }

  /** The scenario's address, 2 Marsham Street, London SW1P 4DF. */
  @Override
  public Address organisationAddress() {
    return SponsorScenario.defaultAddress();
  }

  @Override
  public io.github.sponsorsdk.sms.core.port.SmsCertificateBatches batches() {
    return sms;
  }

  @Override
  public io.github.sponsorsdk.sms.core.port.SmsCreativeWorkerGroups groups() {
    return sms;
  }

  @Override
  public SessionToken newCreativeWorkerSponsor(int cos) {
    licences++;
    last = Scenarios.sponsor().licenceNumber(String.format("QHDCW%03dX", licences))
        .route(Route.CREATIVE_WORKER, io.github.sponsorsdk.sms.core.licence.Rating.A)
        .allocation(Route.CREATIVE_WORKER, cos).grant(sms);
    return last.signIn();
  }

  /** {@link Drafts#creativeWorker}. */
  @Override
  public CertificateDraft creativeWorkerDraft(String passportNumber) {
    return Drafts.creativeWorker(passportNumber);
  }
}
