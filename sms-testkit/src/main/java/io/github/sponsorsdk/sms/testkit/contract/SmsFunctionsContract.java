package io.github.sponsorsdk.sms.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.port.CasFeeUpdate;
import io.github.sponsorsdk.sms.core.job.PayeReference;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.port.AllocationRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkKind;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkStatus;
import io.github.sponsorsdk.sms.core.port.CertificatePrint;
import io.github.sponsorsdk.sms.core.port.KeyPersonnelChange;
import io.github.sponsorsdk.sms.core.port.KeyPersonnelChangeKind;
import io.github.sponsorsdk.sms.core.port.PayeReferenceEntry;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of the functions issue 11 added to the port: request tracking (Manual 2), key-personnel requests and
 * PAYE references (Manual 2), licence applications as they stand today (Manual 3: renewal not required, Premium
 * closed to new applications since 11 November 2025), deleting and printing certificates (Manuals 8 and 10) and
 * bulk fee updates of CAS (Manual 5).
 * Every test holds for today's SMS, so an adapter to a real test environment can run it: extend it and return a
 * fresh {@link FunctionsFixture}. Refusals are checked to change nothing visible through the port.
 */
public abstract class SmsFunctionsContract extends SmsSponsorContract {

  /** {@return the fixture, as a {@link FunctionsFixture}} */
  protected FunctionsFixture fn() {
    return (FunctionsFixture) fx;
  }

  @Override
  protected abstract FunctionsFixture fixture();

  private static boolean has(SmsResult<?> r, String code) {
    return r.decision().codes().contains(code);
  }

  private UserProfile person(String name, Address at) {
    return UserProfile.builder().from(level2Profile(name)).position("Operations Manager").workAddress(at).build();
  }

  private static Address elsewhere() {
    return Address.builder().line1("1 Deansgate").townOrCity("Manchester").postcode(UkPostcode.of("M3 1AZ")).build();
  }

  private CaseworkRequest increase(SessionToken t) {
    return fn().licence().requestAllocationIncrease(t, AllocationRequest.builder().route(Route.SKILLED_WORKER)
        .number(3).justification("New contract").build()).orElseThrow();
  }

  @Test
  void aRequestIsTrackedUntilWithdrawnAndThenCannotBeWithdrawnAgain() {
    SessionToken t = fx.newSkilledWorkerSponsor(2);
    CaseworkRequest pending = increase(t);
    List<CaseworkRequest> listed = fn().tracking().requests(t).orElseThrow();
    assertEquals(1, listed.size());
    assertEquals(CaseworkStatus.PENDING, listed.get(0).status());

    CaseworkRequest withdrawn = fn().tracking().withdrawRequest(t, pending.reference()).orElseThrow();
    assertEquals(CaseworkStatus.WITHDRAWN, withdrawn.status());
    assertTrue(withdrawn.decidedOn().isPresent());
    assertEquals(List.of(withdrawn), fn().tracking().requests(t).orElseThrow());

    SmsResult<CaseworkRequest> again = fn().tracking().withdrawRequest(t, pending.reference());
    assertTrue(has(again, "tracking.NOT_OUTSTANDING"), again.decision()::toString);
    assertEquals(List.of(withdrawn), fn().tracking().requests(t).orElseThrow());
    assertTrue(has(fn().tracking().withdrawRequest(t, "NO-SUCH-REQUEST"), "testkit.NO_SUCH_REQUEST"));
  }

  @Test
  void anotherLicencesRequestIsNotFoundAndLevel2UsersCannotTrack() {
    SessionToken first = fx.newSkilledWorkerSponsor(1);
    CaseworkRequest theirs = increase(first);
    SessionToken second = fx.newSkilledWorkerSponsor(1);
    assertTrue(fn().tracking().requests(second).orElseThrow().isEmpty());
    assertTrue(has(fn().tracking().withdrawRequest(second, theirs.reference()), "testkit.NO_SUCH_REQUEST"));
    assertEquals(CaseworkStatus.PENDING, fn().tracking().requests(first).orElseThrow().get(0).status());
    SmsUser ann = fx.users().createLevel2User(second, level2Profile("Ann")).orElseThrow();
    assertTrue(fn().tracking().requests(fx.signIn(ann.userId())).isRefused());
  }

  @Test
  void aKeyContactLivingAtTheOrganisationsPostcodeIsReplacedAtOnce() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    SmsResult<CaseworkRequest> r = fn().keyPersonnel().requestKeyPersonnelChange(t, KeyPersonnelChange.of(
        KeyPersonnelChangeKind.REPLACE_KEY_CONTACT, person("Kim", fn().organisationAddress())));
    assertTrue(r.isAllowed(), r.decision()::toString);
    assertEquals(CaseworkStatus.APPROVED, r.orElseThrow().status());
    assertEquals(CaseworkKind.KEY_PERSONNEL, r.orElseThrow().kind());
    assertTrue(has(r, "personnel.FULFILLED_IMMEDIATELY"), r.decision()::toString);
    assertEquals(CaseworkStatus.APPROVED, fn().tracking().requests(t).orElseThrow().get(0).status());
  }

  @Test
  void aNewAuthorisingOfficerElsewhereGoesToCaseworkWithTheUnmetCriterion() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    SmsResult<CaseworkRequest> r = fn().keyPersonnel().requestKeyPersonnelChange(t, KeyPersonnelChange.of(
        KeyPersonnelChangeKind.REPLACE_AUTHORISING_OFFICER, person("Lee", elsewhere())));
    assertTrue(r.isAllowed(), r.decision()::toString);
    assertEquals(CaseworkStatus.PENDING, r.orElseThrow().status());
    assertTrue(has(r, "personnel.POSTCODE_DOES_NOT_MATCH"), r.decision()::toString);
    assertTrue(has(r, "personnel.SUBMISSION_SHEET_STILL_NEEDED"), r.decision()::toString);
  }

  @Test
  void payeReferencesAreAddedOnceAndDeletedOnce() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    PayeReference ref = PayeReference.of("123/ab456");
    PayeReferenceEntry added = fn().keyPersonnel().addPayeReference(t, ref).orElseThrow();
    assertEquals("123/AB456", added.reference().value());
    assertEquals(List.of(added), fn().keyPersonnel().payeReferences(t).orElseThrow());
    assertTrue(has(fn().keyPersonnel().addPayeReference(t, ref), "testkit.PAYE_REFERENCE_HELD"));
    assertEquals(List.of(added), fn().keyPersonnel().payeReferences(t).orElseThrow());
    assertEquals(added, fn().keyPersonnel().deletePayeReference(t, ref).orElseThrow());
    assertTrue(fn().keyPersonnel().payeReferences(t).orElseThrow().isEmpty());
    assertTrue(has(fn().keyPersonnel().deletePayeReference(t, ref), "testkit.PAYE_REFERENCE_NOT_HELD"));
  }

  @Test
  void aLicenceGrantedTodayNeedsNoRenewalAndPremiumTakesNoNewCustomers() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    SmsResult<CaseworkRequest> renewal = fn().applications().applyForLicenceRenewal(t);
    assertTrue(has(renewal, "licence.RENEWAL_NOT_REQUIRED"), renewal.decision()::toString);
    SmsResult<CaseworkRequest> premium = fn().applications().applyForPremiumService(t);
    assertTrue(has(premium, "licence.PREMIUM_CLOSED_TO_APPLICATIONS"), premium.decision()::toString);
    assertTrue(fn().applications().premiumContacts(t).isRefused());
    assertTrue(fn().tracking().requests(t).orElseThrow().isEmpty());
  }

  @Test
  void anUnassignedDraftCanBeDeletedButAnAssignedCertificateCannot() {
    SessionToken t = fx.newSkilledWorkerSponsor(2);
    Certificate draft = fx.certificates().create(t, fx.readyDraft("DEL1")).orElseThrow();
    CertificateNumber number = draft.number().orElseThrow();
    assertEquals(draft, fn().drafts().delete(t, number).orElseThrow());
    assertTrue(messages(fx.certificates().view(t, number)).contains(NOT_FOUND));
    assertTrue(fn().drafts().delete(t, number).isRefused());

    CertificateNumber live = assigned(t, "DEL2");
    assertTrue(fn().drafts().delete(t, live).isRefused());
    assertEquals(CertificateStatus.ASSIGNED, fx.certificates().view(t, live).orElseThrow().status());
  }

  @Test
  void aPrintedCertificateShowsItsNumberAndPassport() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    CertificateNumber live = assigned(t, "PRN1");
    CertificatePrint print = fn().drafts().print(t, live).orElseThrow();
    assertEquals(live, print.number());
    assertTrue(print.text().contains(live.value()), print::text);
    assertTrue(print.text().contains("PRN1"), print::text);
    assertFalse(print.lines().isEmpty());
  }

  @Test
  void aFeeUpdateForACasTheLicenceDoesNotHoldIsRefusedLineByLine() {
    SessionToken t = fx.newSkilledWorkerSponsor(1);
    CasFeeUpdate line = CasFeeUpdate.builder().cas(CasNumber.of("E4G1AB2C34D5E6"))
        .courseFeesForFirstYearOnly(Money.ofPounds(9_250)).build();
    List<SmsResult<Certificate>> answers = fn().drafts().updateFees(t, List.of(line, line));
    assertEquals(2, answers.size());
    assertTrue(answers.stream().allMatch(SmsResult::isRefused));
    assertTrue(fn().drafts().updateFees(t, List.of()).isEmpty());
  }
}
