package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.port.CaseworkNotice;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkStatus;
import io.github.sponsorsdk.sms.core.port.CircumstanceChange;
import io.github.sponsorsdk.sms.core.port.DefinedCosApplication;
import io.github.sponsorsdk.sms.core.port.KeyPersonnelChange;
import io.github.sponsorsdk.sms.core.port.KeyPersonnelChangeKind;
import io.github.sponsorsdk.sms.core.port.OrganisationDetails;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Manual 2, "Managing your licence" (key personnel, organisation details, PAYE references, "view and withdraw recent
 * and outstanding requests"), Manuals 8 and 10 (delete and print), Manual 12 (track, withdraw and view refused
 * defined CoS applications) and the monthly access recommendation, on the fake.
 */
class ManagingYourLicenceTest {

  private static InMemorySms fake() {
    return InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 2))
        .passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build();
  }

  private static Sponsor sponsorWithAddress(InMemorySms sms) {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    sms.homeOffice().recordOrganisationDetails(s.licenceNumber(),
        OrganisationDetails.builder().mainAddress(SponsorScenario.defaultAddress()).build());
    return s;
  }

  private static UserProfile newcomer(String name, Address at) {
    return UserGuidesTest.djDon().withForenames(name).withEmail(name.toLowerCase() + "@sponsororg.com")
        .withWorkAddress(at);
  }

  private static Address manchester() {
    return Address.builder().line1("1 Deansgate").townOrCity("Manchester").postcode(UkPostcode.of("M3 1AZ")).build();
  }

  @Test
  void aNewLevel1UserAtTheMainAddressIsActiveAtOnceWithAPassword() {
    InMemorySms sms = fake();
    Sponsor s = sponsorWithAddress(sms);
    SessionToken t = s.signIn();
    SmsResult<CaseworkRequest> r = sms.requestKeyPersonnelChange(t, KeyPersonnelChange.of(
        KeyPersonnelChangeKind.ADD_LEVEL_1_USER, newcomer("Ada", SponsorScenario.defaultAddress())));
    assertThat(r.orElseThrow().status()).isEqualTo(CaseworkStatus.APPROVED);
    assertThat(r.decision().codes()).contains("personnel.FULFILLED_IMMEDIATELY", "personnel.RETROSPECTIVE_CHECKS");
    SmsUser ada = sms.users(s.licenceNumber()).stream().filter(u -> u.profile().forenames().equals("Ada"))
        .findFirst().orElseThrow();
    assertThat(ada.status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(sms.outbox().about(ada.userId())).extracting(e -> e.kind()).contains(EmailKind.NEW_USER_PASSWORD);
  }

  @Test
  void aNewLevel1UserElsewhereWaitsForTheHomeOffice() {
    InMemorySms sms = fake();
    Sponsor s = sponsorWithAddress(sms);
    SessionToken t = s.signIn();
    CaseworkRequest r = sms.requestKeyPersonnelChange(t, KeyPersonnelChange.of(
        KeyPersonnelChangeKind.ADD_LEVEL_1_USER, newcomer("Bo", manchester()))).orElseThrow();
    assertThat(r.status()).isEqualTo(CaseworkStatus.PENDING);
    SmsUser bo = sms.users(s.licenceNumber()).stream().filter(u -> u.profile().forenames().equals("Bo"))
        .findFirst().orElseThrow();
    assertThat(bo.status()).isEqualTo(UserStatus.REQUESTED);
    sms.homeOffice().approve(r.reference());
    assertThat(sms.user(bo.userId()).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(sms.requests(t).orElseThrow().get(0).notice()).contains(CaseworkNotice.NONE_VIEW_ONLINE);
  }

  @Test
  void aReplacedAuthorisingOfficerRoleMovesToTheUserWithTheNewPersonsEmail() {
    InMemorySms sms = fake();
    Sponsor s = sponsorWithAddress(sms);
    SessionToken t = s.signIn();
    SmsUser ada = sms.users(s.licenceNumber()).get(0);
    sms.requestKeyPersonnelChange(t, KeyPersonnelChange.of(KeyPersonnelChangeKind.ADD_LEVEL_1_USER,
        newcomer("Ada", SponsorScenario.defaultAddress()))).orElseThrow();
    SmsUser newAda = sms.users(s.licenceNumber()).get(1);
    CaseworkRequest r = sms.requestKeyPersonnelChange(t, KeyPersonnelChange.of(
        KeyPersonnelChangeKind.REPLACE_AUTHORISING_OFFICER, newAda.profile())).orElseThrow();
    assertThat(r.status()).isEqualTo(CaseworkStatus.APPROVED);
    assertThat(sms.user(newAda.userId()).orElseThrow().holds(KeyPersonnelRole.AUTHORISING_OFFICER)).isTrue();
    assertThat(sms.user(ada.userId()).orElseThrow().holds(KeyPersonnelRole.AUTHORISING_OFFICER)).isFalse();
  }

  @Test
  void withoutOrganisationDetailsOrAnARatingKeyPersonnelRequestsGoToCasework() {
    InMemorySms sms = fake();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken t = s.signIn();
    KeyPersonnelChange kc = KeyPersonnelChange.of(KeyPersonnelChangeKind.REPLACE_KEY_CONTACT,
        newcomer("Cy", SponsorScenario.defaultAddress()));
    SmsResult<CaseworkRequest> none = sms.requestKeyPersonnelChange(t, kc);
    assertThat(none.orElseThrow().status()).isEqualTo(CaseworkStatus.PENDING);
    assertThat(none.decision().codes()).contains("testkit.NO_ORGANISATION_DETAILS");
    sms.homeOffice().recordOrganisationDetails(s.licenceNumber(),
        OrganisationDetails.builder().mainAddress(SponsorScenario.defaultAddress()).build());
    sms.homeOffice().rate(s.licenceNumber(), RouteCategory.WORKER, Rating.B);
    SmsResult<CaseworkRequest> bRated = sms.requestKeyPersonnelChange(t, kc);
    assertThat(bRated.orElseThrow().status()).isEqualTo(CaseworkStatus.PENDING);
    assertThat(bRated.decision().codes()).contains("personnel.NOT_A_RATED");
  }

  @Test
  void aSuspendedLicenceCannotReplaceKeyPersonnelAndTheRefusalChangesNothing() {
    InMemorySms sms = fake();
    Sponsor s = sponsorWithAddress(sms);
    sms.homeOffice().suspend(s.licenceNumber());
    SessionToken t = s.signIn();
    SmsSnapshot before = sms.snapshot();
    SmsResult<CaseworkRequest> r = sms.requestKeyPersonnelChange(t, KeyPersonnelChange.of(
        KeyPersonnelChangeKind.REPLACE_AUTHORISING_OFFICER, newcomer("Di", SponsorScenario.defaultAddress())));
    assertThat(r.decision().codes()).contains("permission.SUSPENDED_NO_KEY_PERSONNEL_CHANGES");
    assertThat(sms.snapshot()).isEqualTo(before);
  }

  @Test
  void anOrganisationChangeAppliesWhenApprovedAndARefusalIsWrittenToTheAuthorisingOfficer() {
    InMemorySms sms = fake();
    Sponsor s = sponsorWithAddress(sms);
    SessionToken t = s.signIn();
    OrganisationDetails moved = OrganisationDetails.builder().mainAddress(manchester()).build();
    CaseworkRequest change = sms.requestOrganisationChange(t, moved).orElseThrow();
    assertThat(sms.organisationDetails(t).orElseThrow().orElseThrow().mainAddress())
        .isEqualTo(SponsorScenario.defaultAddress());
    sms.homeOffice().approve(change.reference());
    assertThat(sms.organisationDetails(t).orElseThrow()).contains(moved);

    CaseworkRequest other = sms.requestChangeOfCircumstances(t, CircumstanceChange.builder().kind("New branch")
        .changedOn(LocalDate.of(2026, 3, 2)).details("A branch in Leeds").build()).orElseThrow();
    CaseworkRequest rejected = sms.homeOffice().reject(other.reference());
    assertThat(rejected.status()).isEqualTo(CaseworkStatus.REJECTED);
    assertThat(rejected.notice()).contains(CaseworkNotice.LETTER_EMAILED_TO_AUTHORISING_OFFICER);
    assertThat(sms.requests(t).orElseThrow()).extracting(CaseworkRequest::status)
        .containsExactlyInAnyOrder(CaseworkStatus.APPROVED, CaseworkStatus.REJECTED);
  }

  @Test
  void definedCosApplicationsAreTrackedWithdrawnAndTheirRefusalsShown() {
    InMemorySms sms = fake();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken t = s.signIn();
    DefinedCosApplication job = DefinedCosApplication.builder().jobTitle("Software developer")
        .occupationCode("2134").grossSalary(Money.ofPounds(41_700)).salaryPeriod(SalaryPeriod.YEAR)
        .startDate(LocalDate.of(2026, 4, 1)).build();
    CaseworkRequest first = sms.applyForDefinedCos(t, job).orElseThrow();
    CaseworkRequest second = sms.applyForDefinedCos(t, job).orElseThrow();
    assertThat(sms.requests(t).orElseThrow()).isEmpty();
    assertThat(sms.definedCosApplications(t).orElseThrow()).hasSize(2);
    CaseworkRequest withdrawn = sms.withdrawRequest(t, first.reference()).orElseThrow();
    assertThat(withdrawn.status()).isEqualTo(CaseworkStatus.WITHDRAWN);
    assertThat(sms.casework().stream().filter(c -> c.request().reference().equals(first.reference()))
        .findFirst().orElseThrow().definedCosState().orElseThrow().status().name()).isEqualTo("WITHDRAWN");
    sms.homeOffice().refuse(second.reference());
    assertThat(sms.definedCosApplications(t).orElseThrow()).extracting(CaseworkRequest::status)
        .containsExactlyInAnyOrder(CaseworkStatus.WITHDRAWN, CaseworkStatus.REFUSED);
    // a withdrawn application can no longer be granted
    CaseworkRequest firstNow = sms.definedCosApplications(t).orElseThrow().stream()
        .filter(c -> c.reference().equals(first.reference())).findFirst().orElseThrow();
    assertThat(firstNow.status()).isEqualTo(CaseworkStatus.WITHDRAWN);
  }

  @Test
  void aDeletedDefinedCosFreesItsGrantAndALevel2UserCannotDeleteAnothersDraft() {
    InMemorySms sms = fake();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken t = s.signIn();
    CaseworkRequest application = sms.applyForDefinedCos(t, DefinedCosApplication.builder().jobTitle("Tester")
        .occupationCode("2134").grossSalary(Money.ofPounds(41_700)).salaryPeriod(SalaryPeriod.YEAR)
        .startDate(LocalDate.of(2026, 4, 1)).build()).orElseThrow();
    sms.homeOffice().approve(application.reference());
    var draft = Drafts.skilledWorker("DEF1").withCosType(CosType.DEFINED)
        .withDefinedCosReference(application.reference());
    Certificate defined = sms.create(t, draft).orElseThrow();
    sms.delete(t, defined.number().orElseThrow()).orElseThrow();
    assertThat(sms.create(t, draft).isAllowed()).isTrue();

    SmsUser ann = sms.createLevel2User(t, UserGuidesTest.johnSmith().withForenames("Ann")
        .withEmail("ann@sponsororg.com")).orElseThrow();
    SessionToken a = s.signIn(ann.userId());
    CertificateNumber mine = sms.create(t, Drafts.skilledWorker("L1OWN")).orElseThrow().number().orElseThrow();
    SmsSnapshot before = sms.snapshot();
    assertThat(sms.delete(a, mine).decision().codes()).contains("testkit.NOT_FOUND");
    assertThat(sms.snapshot()).isEqualTo(before);
  }

  @Test
  void printingIsBlockedLikeViewingWhileSuspended() {
    InMemorySms sms = fake();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken t = s.signIn();
    CertificateNumber n = sms.create(t, Drafts.skilledWorker("PR1")).orElseThrow().number().orElseThrow();
    assertThat(sms.print(t, n).orElseThrow().lines()).contains("Passport number: PR1");
    sms.homeOffice().suspend(s.licenceNumber());
    t = s.signIn();
    SmsSnapshot before = sms.snapshot();
    assertThat(sms.print(t, n).isRefused()).isTrue();
    assertThat(sms.delete(t, n).isRefused()).isTrue();
    assertThat(sms.snapshot()).isEqualTo(before);
  }

  @Test
  void aLicenceNotUsedForAMonthRaisesACitedWarningOnceUntilTheNextLogIn() {
    InMemorySms sms = fake();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    s.signIn();
    assertThat(sms.lastLogIn(s.licenceNumber())).contains(LocalDate.of(2026, 3, 2));
    sms.clock().advanceTo(LocalDate.of(2026, 4, 2));
    assertThat(warnings(sms)).isEmpty();
    sms.clock().advanceTo(LocalDate.of(2026, 4, 3));
    List<SmsEvent> first = warnings(sms);
    assertThat(first).singleElement().satisfies(e -> {
      assertThat(e.details()).containsEntry("code", "access.MONTHLY_ACCESS_RECOMMENDED")
          .containsEntry("lastLogIn", "2026-03-02").containsEntry("dueBy", "2026-04-02");
      assertThat(e.details().get("citation")).isNotBlank();
    });
    sms.clock().advanceTo(LocalDate.of(2026, 5, 3));
    assertThat(warnings(sms)).hasSize(1);
    sms.clock().advanceTo(LocalDate.of(2027, 3, 3));
    assertThat(warnings(sms)).extracting(e -> e.details().get("code"))
        .containsExactly("access.MONTHLY_ACCESS_RECOMMENDED", "access.INACTIVE_12_MONTHS");
    s.signIn();
    sms.clock().advanceTo(LocalDate.of(2027, 4, 4));
    assertThat(warnings(sms)).hasSize(3);
  }

  private static List<SmsEvent> warnings(InMemorySms sms) {
    return sms.events().stream().filter(e -> e.kind() == SmsEventKind.ACCESS_WARNING).collect(Collectors.toList());
  }
}
