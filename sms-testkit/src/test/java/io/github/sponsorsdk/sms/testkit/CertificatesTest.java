package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.port.CertificateSearch;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.rules.certificate.ApplicationDecision;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.junit.SmsExtension;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CoS and CAS through the port: lifecycle, readiness, allocation, visibility, Home Office acts, reporting. */
class CertificatesTest {

  /** Manual 1, Troubleshooting, verbatim. */
  static final String INSUFFICIENT = "The assignment could not be processed due to there being insufficient "
      + "remaining CoS in your allocation";
  static final String NOT_FOUND = "No CAS were found for the search criteria given.";

  @RegisterExtension
  static SmsExtension ext = SmsExtension.create();

  InMemorySms sms() {
    return ext.get();
  }

  static List<String> messages(SmsResult<?> r) {
    return r.decision().reasons().stream().map(Reason::message).collect(Collectors.toList());
  }

  CertificateNumber createAssigned(SessionToken t, String passport) {
    Certificate c = sms().create(t, Drafts.skilledWorker(passport)).orElseThrow();
    assertThat(c.status()).isEqualTo(CertificateStatus.CREATED);
    CertificateNumber n = c.number().orElseThrow();
    assertThat(sms().assign(t, n).orElseThrow().status()).isEqualTo(CertificateStatus.ASSIGNED);
    return n;
  }

  @Test
  void tenCosThenTheSmsWordsForAnEmptyAllocation() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken t = s.signIn();
    for (int i = 0; i < 10; i++) {
      createAssigned(t, "P0000" + i);
    }
    Allocation a = s.licence().allocation(Route.SKILLED_WORKER, sms().clock().today()).orElseThrow();
    assertThat(a.used()).isEqualTo(10);
    assertThat(a.remaining()).isZero();
    CertificateNumber eleventh = sms().create(t, Drafts.skilledWorker("P00011")).orElseThrow().number().orElseThrow();
    SmsSnapshot before = sms().snapshot();
    SmsResult<Certificate> refused = sms().assign(t, eleventh);
    assertThat(refused.decision().codes()).contains("allocation.INSUFFICIENT_ALLOCATION");
    assertThat(messages(refused)).contains(INSUFFICIENT);
    assertThat(sms().snapshot()).isEqualTo(before);
  }

  @Test
  void aDraftMissingFieldsIsSavedButNotAssigned() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken t = s.signIn();
    Certificate draft = sms().create(t, Drafts.skilledWorker("P1").withGrossSalary(java.util.Optional.empty())
        .withMigrant(Drafts.migrant("P1")
            .withGender(java.util.Optional.<io.github.sponsorsdk.sms.core.certificate.Gender>empty()))).orElseThrow();
    SmsResult<Certificate> r = sms().assign(t, draft.number().orElseThrow());
    assertThat(r.decision().codes()).contains("readiness.GENDER_MISSING", "readiness.GROSS_SALARY_MISSING");
    assertThat(s.licence().allocations().get(0).used()).isZero();
  }

  @Test
  void level2UsersSeeOnlyTheirOwnCertificates() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken t = s.signIn();
    SmsUser ann = sms().createLevel2User(t, UserGuidesTest.johnSmith().withForenames("Ann")
        .withEmail("ann@sponsororg.com")).orElseThrow();
    SmsUser bob = sms().createLevel2User(t, UserGuidesTest.johnSmith().withForenames("Bob")
        .withEmail("bob@sponsororg.com")).orElseThrow();
    SessionToken a = s.signIn(ann.userId());
    SessionToken b = s.signIn(bob.userId());
    CertificateNumber annsCos = createAssigned(a, "ANN001");
    // Bob, another Level 2 user: the SMS's "not found" wording, for view, search and assign alike.
    assertThat(messages(sms().view(b, annsCos))).contains(NOT_FOUND);
    assertThat(messages(sms().search(b, CertificateSearch.byPassport("ANN001")))).contains(NOT_FOUND);
    assertThat(messages(sms().addSponsorNote(b, annsCos, "note"))).contains(NOT_FOUND);
    // The Level 1 user and the owner see it.
    assertThat(sms().view(t, annsCos).isAllowed()).isTrue();
    assertThat(sms().search(a, CertificateSearch.byNumber(annsCos)).orElseThrow()).hasSize(1);
    // Transferred to Bob, it is Bob's and no longer Ann's.
    assertThat(sms().transferOwnership(t, annsCos, bob.userId()).orElseThrow().owner()).isEqualTo(bob.userId());
    assertThat(sms().view(b, annsCos).isAllowed()).isTrue();
    assertThat(messages(sms().view(a, annsCos))).contains(NOT_FOUND);
  }

  @Test
  void batchesOfViewsTransfersAndWithdrawalsAnswerPerItem() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken t = s.signIn();
    SmsUser bob = sms().createLevel2User(t, UserGuidesTest.johnSmith().withForenames("Bob")
        .withEmail("bob@sponsororg.com")).orElseThrow();
    CertificateNumber first = createAssigned(t, "B1");
    CertificateNumber second = createAssigned(t, "B2");
    assertThat(sms().viewAll(t, List.of(first, second))).allMatch(SmsResult::isAllowed);
    assertThat(sms().transferOwnershipAll(t, List.of(first, second), bob.userId()))
        .allSatisfy(r -> assertThat(r.orElseThrow().owner()).isEqualTo(bob.userId()));
    sms().withdraw(t, first);
    List<SmsResult<Certificate>> withdrawn = sms().withdrawAll(t, List.of(first, second));
    assertThat(withdrawn.get(0).decision().codes()).contains("lifecycle.FINAL_STATUS");      // already withdrawn
    assertThat(withdrawn.get(1).orElseThrow().status()).isEqualTo(CertificateStatus.WITHDRAWN);
  }

  @Test
  void withdrawingIsForLevel1UsersAndFinal() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken t = s.signIn();
    CertificateNumber n = createAssigned(t, "P1");
    assertThat(sms().addSponsorNote(t, n, "Start date moved to 13 April").orElseThrow().sponsorNotes())
        .hasSize(1);
    assertThat(sms().withdraw(t, n).orElseThrow().status()).isEqualTo(CertificateStatus.WITHDRAWN);
    assertThat(sms().withdraw(t, n).decision().codes()).contains("lifecycle.FINAL_STATUS");
    // A withdrawn CoS does not give its unit back (the allocation was used by the assignment).
    assertThat(s.licence().allocations().get(0).used()).isEqualTo(1);
  }

  @Test
  void activityIsReportedOnlyOnceTheCertificateIsUsed() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken t = s.signIn();
    CosNumber n = (CosNumber) createAssigned(t, "P1");
    WorkerUnauthorisedAbsence absence = WorkerUnauthorisedAbsence.builder().cos(n)
        .occurredOn(sms().clock().today()).consecutiveWorkingDaysAbsent(11).build();
    SmsResult<?> early = sms().reportActivity(t, absence);
    assertThat(messages(early)).contains(NOT_FOUND);
    assertThat(early.decision().codes()).contains("lifecycle.REPORT_ONLY_ONCE_USED");
    sms().homeOffice().recordUse(n);
    sms().homeOffice().decideApplication(n, ApplicationDecision.GRANTED);
    assertThat(sms().view(t, n).orElseThrow().status()).isEqualTo(CertificateStatus.USED);
    assertThat(sms().reportActivity(t, absence).orElseThrow().reportedOn()).isEqualTo(sms().clock().today());
    assertThat(sms().reports()).hasSize(1);
  }

  @Test
  void anUnusedCosExpiresOnTheClock() {
    // Immigration Rules SW 1.2(d): a CoS is valid for 3 months from assignment.
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    CertificateNumber n = createAssigned(s.signIn(), "P1");
    sms().clock().advanceTo(LocalDate.of(2026, 4, 5));
    assertThat(sms().certificates(s.licenceNumber()).get(0).status()).isEqualTo(CertificateStatus.ASSIGNED);
    sms().clock().advanceTo(LocalDate.of(2026, 4, 6));
    assertThat(sms().certificates(s.licenceNumber()).get(0).status()).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(sms().events()).extracting(SmsEvent::kind).contains(SmsEventKind.CERTIFICATE_EXPIRED);
    assertThat(n).isNotNull();
  }

  @Test
  void suspendedLicencesCannotCreateAndBRatedOnesAreWarned() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken t = s.signIn();
    CertificateNumber saved = sms().create(t, Drafts.skilledWorker("P1")).orElseThrow().number().orElseThrow();
    sms().homeOffice().downgrade(s.licenceNumber(), RouteCategory.WORKER);
    // A B-rated sponsor may still assign, to existing workers only: the permission engine warns.
    SmsResult<Certificate> assigned = sms().assign(t, saved);
    assertThat(assigned.isAllowed()).isTrue();
    assertThat(assigned.decision().warnings()).extracting(Reason::code)
        .contains("permission.B_RATED_ASSIGN_EXISTING_WORKERS_ONLY");
    sms().homeOffice().suspend(s.licenceNumber());
    assertThat(sms().create(t, Drafts.skilledWorker("P2")).isRefused()).isTrue();
    assertThat(sms().licenceSummary(t).decision().refusals()).isEmpty();
  }

  @Test
  void anAllocationIncreaseIsGrantedByTheHomeOffice() {
    Sponsor s = Scenarios.skilledWorkerSponsor().allocation(Route.SKILLED_WORKER, 1).grant(sms());
    SessionToken t = s.signIn();
    createAssigned(t, "P1");
    var request = sms().requestAllocationIncrease(t, io.github.sponsorsdk.sms.core.port.AllocationRequest.builder()
        .route(Route.SKILLED_WORKER).number(2).justification("New contract").build()).orElseThrow();
    sms().homeOffice().approve(request.reference());
    assertThat(s.licence().allocations().get(0).granted()).isEqualTo(3);
    createAssigned(t, "P2");
    createAssigned(t, "P3");
    assertThat(s.licence().allocations().get(0).remaining()).isZero();
  }

  @Test
  void studentSponsorsAssignCas() {
    Sponsor s = Scenarios.studentSponsor().grant(sms());
    SessionToken t = s.signIn();
    Certificate cas = sms().create(t, Drafts.student("S1")).orElseThrow();
    assertThat(cas.casNumber()).isPresent();
    assertThat(sms().assign(t, cas.number().orElseThrow()).orElseThrow().status())
        .isEqualTo(CertificateStatus.ASSIGNED);
    assertThat(s.licence().allocations().get(0).used()).isEqualTo(1);
  }

  @Test
  void licenceExpiryNoticesGoOutWhenTheRenewalWindowOpensAndAtExpiry() {
    // Licences expiring before 6 April 2024 still needed renewal; the window opens 90 days before expiry.
    InMemorySms sms = InMemorySms.builder().startingOn(LocalDate.of(2023, 9, 1)).passwordIterations(1_000).build();
    Sponsor s = Scenarios.skilledWorkerSponsor().expiresOn(LocalDate.of(2023, 12, 31)).grant(sms);
    sms.clock().advanceTo(LocalDate.of(2023, 10, 1));
    assertThat(sms.outbox().ofKind(io.github.sponsorsdk.sms.testkit.outbox.EmailKind.LICENCE_EXPIRY)).isEmpty();
    sms.clock().advanceTo(LocalDate.of(2023, 10, 2));
    assertThat(sms.outbox().ofKind(io.github.sponsorsdk.sms.testkit.outbox.EmailKind.LICENCE_EXPIRY)).hasSize(1);
    sms.clock().advanceTo(LocalDate.of(2024, 1, 2));
    assertThat(sms.outbox().ofKind(io.github.sponsorsdk.sms.testkit.outbox.EmailKind.LICENCE_EXPIRY))
        .extracting(e -> e.subject()).last().asString().contains("expired");
    assertThat(s.level1()).isNotNull();
  }

  @Test
  void aDefinedCosIsAppliedForGrantedThenCreatedAndAssignedOutsideTheAllocation() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken t = s.signIn();
    var application = sms().applyForDefinedCos(t, io.github.sponsorsdk.sms.core.port.DefinedCosApplication.builder()
        .jobTitle("Software developer").occupationCode("2134")
        .grossSalary(io.github.sponsorsdk.sms.core.money.Money.ofPounds(41_700))
        .salaryPeriod(io.github.sponsorsdk.sms.core.certificate.SalaryPeriod.YEAR)
        .startDate(LocalDate.of(2026, 3, 2)).build()).orElseThrow();
    var draft = Drafts.skilledWorker("D1").withCosType(io.github.sponsorsdk.sms.core.certificate.CosType.DEFINED)
        .withDefinedCosReference(application.reference());
    // Not granted yet: the defined CoS rules refuse.
    assertThat(sms().create(t, draft).decision().codes()).contains("definedCos.NOT_GRANTED");
    sms().homeOffice().approve(application.reference());
    Certificate defined = sms().create(t, draft).orElseThrow();
    SmsResult<Certificate> assigned = sms().assign(t, defined.number().orElseThrow());
    assertThat(assigned.orElseThrow().status()).isEqualTo(CertificateStatus.ASSIGNED);
    assertThat(s.licence().allocations().get(0).used()).isZero();
    // One CoS per grant.
    assertThat(sms().create(t, draft).decision().codes()).containsExactly("testkit.NO_SUCH_DEFINED_COS");
    // A B-rated sponsor cannot apply (Manual 1, "Access to SMS").
    sms().homeOffice().downgrade(s.licenceNumber(), RouteCategory.WORKER);
    assertThat(sms().applyForDefinedCos(t, io.github.sponsorsdk.sms.core.port.DefinedCosApplication.builder()
        .jobTitle("Tester").occupationCode("2134")
            .grossSalary(io.github.sponsorsdk.sms.core.money.Money.ofPounds(41_700))
        .salaryPeriod(io.github.sponsorsdk.sms.core.certificate.SalaryPeriod.YEAR)
        .startDate(LocalDate.of(2026, 3, 2)).build()).isRefused()).isTrue();
  }
}
