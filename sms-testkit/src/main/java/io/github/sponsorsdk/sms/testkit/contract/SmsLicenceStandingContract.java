package io.github.sponsorsdk.sms.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.port.AllocationRequest;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the licence's standing and of the notices of issue 11 (decision record 0487), runnable against
 * any implementation: extend it and return a fresh {@link LicenceStandingFixture}. Asserted: Manual 1, "Access to
 * SMS" (expired, revoked licences cannot log in; what a suspended licence blocks), Guide 3 (a new user's ID on
 * screen, the password by e-mail, a refusal written to the Authorising Officer), Troubleshooting (allocations renewed
 * automatically), and the provisional rating's one CoS for the Authorising Officer.
 */
public abstract class SmsLicenceStandingContract {

  /** The implementation under test, fresh for each test. */
  protected LicenceStandingFixture fx;

  /** {@return a fresh implementation with no state} */
  protected abstract LicenceStandingFixture fixture();

  @BeforeEach
  void freshFixture() {
    fx = fixture();
  }

  /**
   * {@return the machine-readable reason codes of a result's decision}
   *
   * @param r the result
   */
  protected static List<String> codes(SmsResult<?> r) {
    return r.decision().codes();
  }

  /**
   * {@return the human messages of a result's decision, in order}
   *
   * @param r the result
   */
  protected static List<String> messages(SmsResult<?> r) {
    return r.decision().reasons().stream().map(Reason::message).collect(Collectors.toList());
  }

  private SmsResult<LogIn> logIn(PortFixture.Account a) {
    return fx.access().logIn(a.userId(), a.password().toCharArray());
  }

  private void assertLogInRefusedFor(LicenceStatus status, SessionToken open) {
    assertTrue(fx.access().logOut(open).isRefused(), "the session ended with the licence");
    SmsResult<LogIn> again = logIn(fx.level1OfLatestSponsor());
    assertTrue(again.isRefused(), again.decision()::toString);
    assertTrue(codes(again).contains("login.LICENCE_DOES_NOT_PERMIT_LOG_IN"), again.decision()::toString);
    assertTrue(messages(again).stream().anyMatch(m -> m.contains(status.name())), again.decision()::toString);
  }

  @Test
  void aLicenceExpiresOnItsExpiryDateAndItsUsersCanNoLongerLogIn() {
    SessionToken t = fx.newSponsorExpiringOn(fx.today().plusDays(10));
    fx.access().logOut(t);
    // to 23:55 on the day before expiry (the fixture's day starts in the morning, London time)
    java.time.ZonedDateTime now = fx.now();
    fx.advance(Duration.between(now, now.toLocalDate().plusDays(9).atTime(23, 55).atZone(now.getZone())));
    SmsResult<LogIn> lastDay = logIn(fx.level1OfLatestSponsor());
    assertTrue(lastDay.isAllowed(), "the licence is in force until its expiry date: " + lastDay.decision());
    SessionToken u = lastDay.orElseThrow().session();
    assertTrue(fx.licence().licenceSummary(u).isAllowed());
    fx.advance(Duration.ofMinutes(10));
    assertLogInRefusedFor(LicenceStatus.EXPIRED, u);
  }

  @Test
  void revokedAndSurrenderedLicencesEndSessionsAndRefuseLogIn() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    fx.revokeLatest();
    assertLogInRefusedFor(LicenceStatus.REVOKED, t);
    SessionToken s = fx.newSkilledWorkerSponsor(1);
    fx.surrenderLatest();
    assertLogInRefusedFor(LicenceStatus.SURRENDERED, s);
  }

  @Test
  void aSuspendedLicenceBlocksViewingAndCreatingButNotWithdrawalTransferOrNotes() {
    SessionToken t = fx.newSkilledWorkerSponsor(3);
    SmsUser ann = fx.users().createLevel2User(t, UserProfile.builder().title("Ms").forenames("Ann").surname("Lee")
        .email("ann.lee@sponsororg.com").position("Recruiter").workAddress(Address.builder().line1("1 High Street")
            .townOrCity("Leeds").postcode(UkPostcode.of("LS1 1AA")).build()).settledWorker(true).build())
        .orElseThrow();
    CertificateNumber first = assign(t, "P1");
    CertificateNumber second = assign(t, "P2");
    fx.suspendLatest();
    assertTrue(codes(fx.certificates().view(t, first)).contains("permission.LICENCE_SUSPENDED_OR_DORMANT"));
    assertTrue(fx.certificates().create(t, fx.readyDraft("P3")).isRefused());
    assertTrue(fx.licence().requestAllocationIncrease(t, allocation(2)).isRefused());
    SmsResult<Certificate> withdrawn = fx.certificates().withdraw(t, first);
    assertTrue(withdrawn.isAllowed(), withdrawn.decision()::toString);
    SmsResult<Certificate> moved = fx.certificates().transferOwnership(t, second, ann.userId());
    assertTrue(moved.isAllowed(), moved.decision()::toString);
    assertTrue(fx.certificates().addSponsorNote(t, second, "Start date moved by a week").isAllowed());
  }

  private CertificateNumber assign(SessionToken t, String passport) {
    Certificate c = fx.certificates().create(t, fx.readyDraft(passport)).orElseThrow();
    SmsResult<Certificate> r = fx.certificates().assign(t, c.number().orElseThrow());
    assertTrue(r.isAllowed(), r.decision()::toString);
    return c.number().orElseThrow();
  }

  @Test
  void anEligibleAllocationRenewsItselfInItsWindowAndCannotBeRequestedAgain() {
    SessionToken t = fx.newSkilledWorkerSponsor(4);
    Allocation year = fx.licence().licenceSummary(t).orElseThrow().allocations().get(0);
    long toWindow = ChronoUnit.DAYS.between(fx.today(), year.yearEndExclusive().minusDays(1).minusMonths(3));
    fx.advance(Duration.ofDays(toWindow - 1));
    t = signInAgain();
    assertEquals(1, fx.licence().licenceSummary(t).orElseThrow().allocations().size(), "not before the window");
    fx.advance(Duration.ofDays(1));
    t = signInAgain();
    List<Allocation> now = fx.licence().licenceSummary(t).orElseThrow().allocations();
    assertEquals(2, now.size(), now::toString);
    assertEquals(year.yearEndExclusive(), now.get(1).yearStart());
    assertEquals(4, now.get(1).granted(), "the same number as the year before");
    SmsResult<?> request = fx.licence().requestAllocationRenewal(t, allocation(4));
    assertTrue(codes(request).contains("allocation.ALREADY_RENEWED_AUTOMATICALLY"), request.decision()::toString);
  }

  private static AllocationRequest allocation(int number) {
    return AllocationRequest.builder().route(Route.SKILLED_WORKER).number(number)
        .justification("New contracts starting next year").build();
  }

  private SessionToken signInAgain() {
    return logIn(fx.level1OfLatestSponsor()).orElseThrow().session();
  }

  @Test
  void aProvisionalSponsorAssignsOneCosInTheAuthorisingOfficersName() {
    SessionToken t = fx.newProvisionalSponsor("Mei", "Tanaka");
    Certificate other = fx.certificates().create(t, fx.expansionWorkerDraft("X1", "Chidi Daniel", "Okafor"))
        .orElseThrow();
    SmsResult<Certificate> refused = fx.certificates().assign(t, other.number().orElseThrow());
    assertTrue(codes(refused).contains("provisional.PROVISIONAL_COS_FOR_AUTHORISING_OFFICER_ONLY"),
        refused.decision()::toString);
    Certificate mine = fx.certificates().create(t, fx.expansionWorkerDraft("X2", "Mei", "Tanaka")).orElseThrow();
    SmsResult<Certificate> allowed = fx.certificates().assign(t, mine.number().orElseThrow());
    assertTrue(allowed.isAllowed(), allowed.decision()::toString);
    Certificate again = fx.certificates().create(t, fx.expansionWorkerDraft("X3", "Mei", "Tanaka")).orElseThrow();
    SmsResult<Certificate> second = fx.certificates().assign(t, again.number().orElseThrow());
    assertTrue(codes(second).contains("provisional.PROVISIONAL_ONE_COS_ONLY"), second.decision()::toString);
  }

  @Test
  void aNewUsersIdIsShownToTheCreatorAndOnlyThePasswordIsEmailedToTheNewUser() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    String creator = fx.level1OfLatestSponsor().email();
    int before = fx.mailTo(creator).size();
    UserProfile bob = UserProfile.builder().title("Mr").forenames("Bob").surname("Hale").email("bob.hale@sponsororg.com")
        .position("Recruiter").workAddress(Address.builder().line1("1 High Street").townOrCity("Leeds")
            .postcode(UkPostcode.of("LS1 1AA")).build()).settledWorker(true).build();
    SmsUser created = fx.users().createLevel2User(t, bob).orElseThrow();
    assertEquals(UserStatus.ACTIVE, created.status());
    assertEquals(before, fx.mailTo(creator).size(), "the ID is on the creator's screen, not in an e-mail");
    List<String> toBob = fx.mailTo(bob.email());
    assertEquals(1, toBob.size(), toBob::toString);
    assertFalse(toBob.get(0).contains(created.userId().value()), "the password e-mail does not carry the user ID");
  }

  @Test
  void aRefusedLevel1RequestIsWrittenToTheAuthorisingOfficerWithTheReason() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    UserProfile dj = UserProfile.builder().title("Mr").forenames("Dj").surname("Don").email("dj.don@sponsororg.com")
        .position("HR Manager").workAddress(Address.builder().line1("1 High Street").townOrCity("Leeds")
            .postcode(UkPostcode.of("LS1 1AA")).build()).settledWorker(true)
        .ninoDeclaration(io.github.sponsorsdk.sms.core.user.NinoDeclaration.of(
            io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber.of("AB123456C"))).build();
    SmsResult<SmsUser> requested = fx.users().requestLevel1User(t, dj);
    assertTrue(requested.isAllowed(), requested.decision()::toString);
    assertEquals(UserStatus.REQUESTED, requested.orElseThrow().status());
    fx.refuseLevel1Request(requested.orElseThrow().userId(), "The nominee is not employed by the sponsor.");
    assertTrue(fx.mailTo(fx.authorisingOfficerAddress()).stream()
        .anyMatch(m -> m.contains("The nominee is not employed by the sponsor.")));
    assertTrue(fx.users().users(t).orElseThrow().stream()
        .anyMatch(u -> u.userId().equals(requested.orElseThrow().userId()) && u.status() == UserStatus.REFUSED));
  }
}
