package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsAccess;
import io.github.sponsorsdk.sms.core.port.SmsBulkData;
import io.github.sponsorsdk.sms.core.port.SmsCertificates;
import io.github.sponsorsdk.sms.core.port.SmsLicenceServices;
import io.github.sponsorsdk.sms.core.port.SmsUserManagement;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@link LicenceStandingFixture} of the in-memory fake. Its clock starts on 1 February 2024, when licences
 * expiring before 6 April 2024 still had to be renewed (and so could expire); drafts start a month after the SMS's
 * day.
 */
public final class FakeLicenceStandingFixture implements LicenceStandingFixture {
  /** The fake's first day: licences expiring before 6 April 2024 still needed renewal. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2024, 2, 1);

  private final InMemorySms sms;
  private final FakeSmsFixture accounts;
  private Sponsor last;
  private int licences;

  /**
   * A fixture on {@code sms}.
   *
   * @param sms a fake whose clock starts on {@link #FIRST_DAY}
   */
  public FakeLicenceStandingFixture(InMemorySms sms) {
    this.sms = sms;
    this.accounts = new FakeSmsFixture(sms);
  }

  /**
   * A fixture on a new fake starting on {@link #FIRST_DAY} with {@code passwordIterations} hash iterations.
   *
   * @param passwordIterations PBKDF2 iterations
   * @return the fixture
   */
  public static FakeLicenceStandingFixture create(int passwordIterations) {
    return new FakeLicenceStandingFixture(InMemorySms.builder().clock(SmsTestClock.at(FIRST_DAY))
        .passwordIterations(passwordIterations).build());
  }

  /** {@return the fake behind the fixture} */
  public InMemorySms sms() {
    return sms;
  }

  private String nextNumber() {
    licences++;
    return String.format("QHDGM%03dX", licences);
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
    last = Scenarios.studentSponsor().licenceNumber(String.format("E4QHD%04d", licences))
        .allocation(Route.STUDENT, cas).grant(sms);
    return last.signIn();
  }

  @Override
  public SessionToken newSkilledWorkerSponsor(int cos) {
    last = Scenarios.skilledWorkerSponsor().licenceNumber(nextNumber()).allocation(Route.SKILLED_WORKER, cos)
        .grant(sms);
    return last.signIn();
  }

  @Override
  public SessionToken newSponsorExpiringOn(LocalDate expiry) {
    last = Scenarios.skilledWorkerSponsor().licenceNumber(nextNumber()).allocation(Route.SKILLED_WORKER, 1)
        .expiresOn(expiry).grant(sms);
    return last.signIn();
  }

  @Override
  public PortFixture.Account level1OfLatestSponsor() {
    return new PortFixture.Account(last.level1(), Sponsor.PASSWORD,
        sms.user(last.level1()).orElseThrow().profile().email());
  }

  @Override
  public void suspendLatest() {
    sms.homeOffice().suspend(last.licenceNumber());
  }

  @Override
  public void revokeLatest() {
    sms.homeOffice().revoke(last.licenceNumber());
  }

  @Override
  public void surrenderLatest() {
    sms.homeOffice().surrender(last.licenceNumber());
  }

  @Override
  public SessionToken newProvisionalSponsor(String forenames, String surname) {
    last = Scenarios.sponsor().licenceNumber(nextNumber()).route(Route.GBM_UK_EXPANSION_WORKER, Rating.PROVISIONAL)
        .allocation(Route.GBM_UK_EXPANSION_WORKER, 3)
        .firstUser(SponsorScenario.defaultFirstUser().withForenames(forenames).withSurname(surname),
            KeyPersonnelRole.AUTHORISING_OFFICER)
        .grant(sms);
    return last.signIn();
  }

  @Override
  public CertificateDraft expansionWorkerDraft(String passportNumber, String forenames, String surname) {
    MigrantDetails named = Drafts.migrant(passportNumber).withGivenNames(forenames).withFamilyName(surname);
    return readyDraft(passportNumber).withRoute(Route.GBM_UK_EXPANSION_WORKER).withMigrant(named);
  }

  @Override
  public void refuseLevel1Request(SmsUserId requested, String reason) {
    String reference = sms.homeOffice().pendingCasework().stream()
        .filter(c -> c.user().filter(requested::equals).isPresent()).findFirst().orElseThrow().request().reference();
    sms.homeOffice().refuse(reference, reason);
  }

  @Override
  public String authorisingOfficerAddress() {
    return sms.user(last.level1()).orElseThrow().profile().email();
  }

  @Override
  public List<String> mailTo(String address) {
    return sms.outbox().to(address).stream().map(e -> e.subject() + "\n" + e.body()).collect(Collectors.toList());
  }

  @Override
  public java.time.ZonedDateTime now() {
    return sms.clock().instant().atZone(SmsTestClock.LONDON);
  }

  @Override
  public LocalDate today() {
    return sms.clock().today();
  }

  @Override
  public SessionToken signIn(SmsUserId userId) {
    return last.signIn(userId);
  }

  @Override
  public CertificateDraft readyDraft(String passportNumber) {
    LocalDate start = today().plusMonths(1);
    return Drafts.skilledWorker(passportNumber).withStartDate(start).withEndDate(start.plusYears(3).minusDays(1));
  }

  @Override
  public PortFixture.Account settledLevel1User() {
    return accounts.settledLevel1User();
  }

  @Override
  public PortFixture.Account newLevel1User() {
    return accounts.newLevel1User();
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
