package io.github.sponsorsdk.sms.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.CertificateSearch;
import io.github.sponsorsdk.sms.core.port.RecordOutcome;
import io.github.sponsorsdk.sms.core.port.RecordOutcomeKind;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.testkit.scenario.BdtBatches;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the sponsor-side port beyond access: users (Guides 3 and 4), licence summary, CoS (Manual 1,
 * "Access to SMS" and Troubleshooting), editing a saved certificate ({@code update}: in place, only until it is
 * assigned, never its route, a Level 2 user only their own) and correcting a CAS uploaded "not ready to go" so
 * that it can be assigned (Bulk Data Transfer, SMS Manual 7). Runnable against any implementation: extend it and return a fresh
 * {@link SponsorFixture}. Asserts the SMS's own wording where Manual 1 quotes it.
 */
public abstract class SmsSponsorContract {

  /** Manual 1, Troubleshooting. */
  public static final String INSUFFICIENT = "The assignment could not be processed due to there being insufficient "
      + "remaining CoS in your allocation";
  /** Manual 1, Troubleshooting. */
  public static final String NOT_FOUND = "No CAS were found for the search criteria given.";

  /** The fixture of the current test, from {@link #fixture()}. */
  protected SponsorFixture fx;

  /** {@return a fresh fixture for each test: the implementation under test} */
  protected abstract SponsorFixture fixture();

  @BeforeEach
  void freshFixture() {
    fx = fixture();
  }

  /**
   * {@return the messages of {@code r}'s reasons, to assert on wording}
   *
   * @param r a result
   */
  protected static List<String> messages(SmsResult<?> r) {
    return r.decision().reasons().stream().map(Reason::message).collect(Collectors.toList());
  }

  /**
   * {@return a Level 2 user's details}
   *
   * @param name the user's surname
   */
  protected static UserProfile level2Profile(String name) {
    return UserProfile.builder().title("Ms").forenames(name).surname("Smith")
        .email(name.toLowerCase() + "@sponsororg.com").position("Recruiter")
        .workAddress(Address.builder().line1("1 High Street").townOrCity("Leeds").postcode(UkPostcode.of("LS1 1AA"))
            .build())
        .settledWorker(true).build();
  }

  /**
   * {@return the number of a new, assigned Skilled Worker CoS}
   *
   * @param t the session
   * @param passport the migrant's passport number
   */
  protected CertificateNumber assigned(SessionToken t, String passport) {
    Certificate c = fx.certificates().create(t, fx.readyDraft(passport)).orElseThrow();
    SmsResult<Certificate> r = fx.certificates().assign(t, c.number().orElseThrow());
    assertTrue(r.isAllowed(), r.decision()::toString);
    assertEquals(CertificateStatus.ASSIGNED, r.orElseThrow().status());
    return c.number().orElseThrow();
  }

  @Test
  void assignmentsUseTheAllocationUntilNoneRemains() {
    SessionToken t = fx.newSkilledWorkerSponsor(2);
    assigned(t, "P1");
    assigned(t, "P2");
    Certificate third = fx.certificates().create(t, fx.readyDraft("P3")).orElseThrow();
    SmsResult<Certificate> r = fx.certificates().assign(t, third.number().orElseThrow());
    assertTrue(r.isRefused());
    assertTrue(messages(r).contains(INSUFFICIENT), r.decision()::toString);
    assertEquals(CertificateStatus.CREATED, fx.certificates().view(t, third.number().orElseThrow()).orElseThrow()
        .status());
  }

  @Test
  void aLevel2UserSeesOnlyTheirOwnCertificates() {
    SessionToken l1 = fx.newSkilledWorkerSponsor(5);
    SmsUser ann = fx.users().createLevel2User(l1, level2Profile("Ann")).orElseThrow();
    SmsUser bob = fx.users().createLevel2User(l1, level2Profile("Bob")).orElseThrow();
    assertEquals(UserLevel.LEVEL_2, ann.level());
    assertEquals(UserStatus.ACTIVE, ann.status());
    SessionToken a = fx.signIn(ann.userId());
    SessionToken b = fx.signIn(bob.userId());
    CertificateNumber mine = assigned(a, "ANN1");
    assertTrue(fx.certificates().view(a, mine).isAllowed());
    assertTrue(fx.certificates().view(l1, mine).isAllowed());
    assertTrue(messages(fx.certificates().view(b, mine)).contains(NOT_FOUND));
    assertTrue(messages(fx.certificates().search(b, CertificateSearch.byPassport("ANN1"))).contains(NOT_FOUND));
    assertEquals(1, fx.certificates().search(l1, CertificateSearch.byPassport("ANN1")).orElseThrow().size());
  }

  @Test
  void level2UsersHaveNoLicenceSummaryNorUserManagement() {
    SessionToken l1 = fx.newSkilledWorkerSponsor(1);
    SmsUser ann = fx.users().createLevel2User(l1, level2Profile("Ann")).orElseThrow();
    SessionToken a = fx.signIn(ann.userId());
    assertTrue(fx.licence().licenceSummary(l1).isAllowed());
    assertTrue(fx.licence().licenceSummary(a).isRefused());
    assertTrue(fx.users().users(a).isRefused());
    assertTrue(fx.users().createLevel2User(a, level2Profile("Cat")).isRefused());
  }

  @Test
  void deactivationIsPermanentAndNeverOfOneself() {
    SessionToken l1 = fx.newSkilledWorkerSponsor(1);
    SmsUser ann = fx.users().createLevel2User(l1, level2Profile("Ann")).orElseThrow();
    SmsUser me = fx.users().users(l1).orElseThrow().stream().filter(u -> u.level() == UserLevel.LEVEL_1)
        .findFirst().orElseThrow();
    assertTrue(fx.users().deactivateUser(l1, me.userId()).isRefused());
    assertEquals(UserStatus.DEACTIVATED_BY_SPONSOR,
        fx.users().deactivateUser(l1, ann.userId()).orElseThrow().status());
    assertTrue(fx.users().deactivateUser(l1, ann.userId()).isRefused());
  }

  @Test
  void aSavedCertificateIsEditedInPlaceUntilItIsAssigned() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    Certificate saved = fx.certificates().create(t, fx.readyDraft("E1")).orElseThrow();
    CertificateNumber number = saved.number().orElseThrow();
    Money raised = Money.ofPounds(45_000);
    SmsResult<Certificate> edited = fx.certificates().update(t, number, fx.readyDraft("E1").withGrossSalary(raised));
    assertTrue(edited.isAllowed(), edited.decision()::toString);
    Certificate after = edited.orElseThrow();
    assertEquals(Optional.of(raised), after.grossSalary());
    assertEquals(saved.number(), after.number());
    assertEquals(saved.owner(), after.owner());
    assertEquals(saved.createdOn(), after.createdOn());
    assertEquals(CertificateStatus.CREATED, after.status());
    assertEquals(after, fx.certificates().view(t, number).orElseThrow());

    assertTrue(fx.certificates().assign(t, number).isAllowed());
    Certificate assigned = fx.certificates().view(t, number).orElseThrow();
    SmsResult<Certificate> late = fx.certificates().update(t, number, fx.readyDraft("E1"));
    assertTrue(late.isRefused(), "no edit once assigned");
    assertEquals(assigned, fx.certificates().view(t, number).orElseThrow());
  }

  @Test
  void anEditCannotChangeTheRouteAndChangesNothing() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    Certificate saved = fx.certificates().create(t, fx.readyDraft("E2")).orElseThrow();
    CertificateNumber number = saved.number().orElseThrow();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> fx.certificates().update(t, number,
        fx.readyDraft("E2").withRoute(Route.GBM_SENIOR_OR_SPECIALIST_WORKER)));
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("route")), e::getMessage);
    assertEquals(saved, fx.certificates().view(t, number).orElseThrow());
  }

  @Test
  void aLevel2UserCannotEditAnotherUsersCertificate() {
    SessionToken l1 = fx.newSkilledWorkerSponsor(2);
    SmsUser ann = fx.users().createLevel2User(l1, level2Profile("Ann")).orElseThrow();
    SmsUser bob = fx.users().createLevel2User(l1, level2Profile("Bob")).orElseThrow();
    SessionToken a = fx.signIn(ann.userId());
    SessionToken b = fx.signIn(bob.userId());
    Certificate annS = fx.certificates().create(a, fx.readyDraft("ANN2")).orElseThrow();
    CertificateNumber number = annS.number().orElseThrow();
    SmsResult<Certificate> r = fx.certificates().update(b, number,
        fx.readyDraft("ANN2").withGrossSalary(Money.ofPounds(50_000)));
    assertTrue(r.isRefused());
    assertTrue(messages(r).contains(NOT_FOUND), r.decision()::toString);
    assertEquals(annS, fx.certificates().view(a, number).orElseThrow());
    assertTrue(fx.certificates().update(a, number, fx.readyDraft("ANN2").withGrossSalary(Money.ofPounds(50_000)))
        .isAllowed(), "the owner may edit it");
  }

  @Test
  void aCasUploadedNotReadyToGoIsAssignedOnlyOnceCorrected() {
    SessionToken t = fx.newStudentSponsor(5);
    SponsorLicenceNumber licence = fx.licence().licenceSummary(t).orElseThrow().number();
    SmsResult<BulkUpload> uploaded = fx.bulkData().uploadBdt(t, BdtBatches.casBatchNotReadyToGo(licence, 1));
    assertTrue(uploaded.isAllowed(), uploaded.decision()::toString);
    RecordOutcome outcome = uploaded.orElseThrow().outcomes().get(0);
    assertEquals(1, outcome.recordNumber());
    assertEquals(RecordOutcomeKind.CREATED_NOT_READY_TO_GO, outcome.kind(), outcome::toString);
    assertFalse(outcome.findings().isEmpty(), "the outcome says what the CAS lacks");
    CertificateNumber number = outcome.cas().orElseThrow();
    Certificate cas = fx.certificates().view(t, number).orElseThrow();
    assertEquals(CertificateStatus.CREATED, cas.status());

    assertTrue(fx.certificates().assign(t, number).isRefused(), "not ready to go");
    assertEquals(cas, fx.certificates().view(t, number).orElseThrow());

    SmsResult<Certificate> corrected = fx.certificates().update(t, number, Drafts.readyToGo(cas));
    assertTrue(corrected.isAllowed(), corrected.decision()::toString);
    assertEquals(cas.number(), corrected.orElseThrow().number());
    SmsResult<Certificate> assigned = fx.certificates().assign(t, number);
    assertTrue(assigned.isAllowed(), assigned.decision()::toString);
    assertEquals(CertificateStatus.ASSIGNED, assigned.orElseThrow().status());
  }
}
