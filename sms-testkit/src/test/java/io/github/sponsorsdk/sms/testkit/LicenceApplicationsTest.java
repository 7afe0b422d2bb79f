package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.port.ActionPlanNotice;
import io.github.sponsorsdk.sms.core.port.ActionPlanState;
import io.github.sponsorsdk.sms.core.port.CaseworkKind;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkStatus;
import io.github.sponsorsdk.sms.core.port.PremiumContact;
import io.github.sponsorsdk.sms.core.port.PremiumContactRole;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.rules.actionplan.ActionPlanEvent;
import io.github.sponsorsdk.sms.rules.actionplan.ActionPlanStatus;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Manual 3, "Applications, renewals and services", on the fake: licence renewal (Manual 1: the Next button from 90
 * days before expiry, the last day the day before expiry; no renewal for licences expiring from 6 April 2024),
 * Premium customer service (closed to new applications from 11 November 2025), Student Sponsor status and the Basic
 * Compliance Assessment, and action plans (fee, 10 working days to pay, the three endings).
 */
class LicenceApplicationsTest {

  private static InMemorySms fakeOn(LocalDate day) {
    return InMemorySms.builder().startingOn(day).passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build();
  }

  @Test
  void aLicenceExpiringBeforeApril2024IsRenewedThroughCasework() {
    InMemorySms sms = fakeOn(LocalDate.of(2023, 11, 1));
    Sponsor s = Scenarios.skilledWorkerSponsor().expiresOn(LocalDate.of(2024, 2, 1)).grant(sms);
    SessionToken t = s.signIn();
    // 92 days before expiry: the window has not opened; nothing is recorded
    SmsSnapshot before = sms.snapshot();
    SmsResult<CaseworkRequest> early = sms.applyForLicenceRenewal(t);
    assertThat(early.decision().codes()).contains("licence.RENEWAL_WINDOW_NOT_OPEN");
    assertThat(sms.snapshot()).isEqualTo(before);

    sms.clock().advanceTo(LocalDate.of(2023, 11, 3));
    t = s.signIn();
    CaseworkRequest pending = sms.applyForLicenceRenewal(t).orElseThrow();
    assertThat(pending.kind()).isEqualTo(CaseworkKind.LICENCE_RENEWAL);
    assertThat(sms.applyForLicenceRenewal(t).decision().codes()).contains("testkit.APPLICATION_PENDING");
    assertThat(sms.requests(t).orElseThrow()).containsExactly(pending);

    assertThatThrownBy(() -> sms.homeOffice().approve(pending.reference()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("approveLicenceRenewal");
    CaseworkRequest granted = sms.homeOffice().approveLicenceRenewal(pending.reference(), LocalDate.of(2028, 2, 1));
    assertThat(granted.status()).isEqualTo(CaseworkStatus.APPROVED);
    assertThat(sms.licence(s.licenceNumber()).orElseThrow().expiryDate()).isEqualTo(LocalDate.of(2028, 2, 1));
  }

  @Test
  void aLicenceExpiringFromApril2024NeedsNoRenewalAndTheRefusalChangesNothing() {
    InMemorySms sms = fakeOn(LocalDate.of(2026, 3, 2));
    Sponsor s = Scenarios.skilledWorkerSponsor().expiresOn(LocalDate.of(2026, 5, 1)).grant(sms);
    SessionToken t = s.signIn();
    SmsSnapshot before = sms.snapshot();
    assertThat(sms.applyForLicenceRenewal(t).decision().codes()).contains("licence.RENEWAL_NOT_REQUIRED");
    assertThat(sms.snapshot()).isEqualTo(before);
  }

  @Test
  void premiumIsGrantedBeforeTheClosureAndItsContactsShown() {
    InMemorySms sms = fakeOn(LocalDate.of(2025, 6, 2));
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken t = s.signIn();
    assertThat(sms.premiumContacts(t).decision().codes()).contains("permission.NOT_PREMIUM_CUSTOMER");
    CaseworkRequest applied = sms.applyForPremiumService(t).orElseThrow();
    sms.homeOffice().approve(applied.reference());
    assertThat(sms.licence(s.licenceNumber()).orElseThrow().ratings()).containsEntry(RouteCategory.WORKER,
        Rating.A_PREMIUM);
    t = s.signIn();
    assertThat(sms.applyForPremiumService(t).decision().codes()).contains("licence.ALREADY_PREMIUM");
    assertThat(sms.premiumContacts(t).orElseThrow()).isEmpty();
    PremiumContact manager = PremiumContact.builder().role(PremiumContactRole.LICENCE_MANAGER).name("Sam Patel")
        .email("sam.patel@homeoffice.gov.uk").build();
    sms.homeOffice().assignPremiumContacts(s.licenceNumber(), List.of(manager));
    assertThat(sms.premiumContacts(t).orElseThrow()).containsExactly(manager);
    assertThat(sms.renewPremiumService(t).orElseThrow().kind()).isEqualTo(CaseworkKind.PREMIUM_RENEWAL);

    // from 11 November 2025 Premium takes neither new customers nor, by default, renewals
    sms.clock().advanceTo(LocalDate.of(2025, 11, 11));
    t = s.signIn();
    SmsSnapshot before = sms.snapshot();
    assertThat(sms.renewPremiumService(t).decision().codes()).contains("licence.PREMIUM_CLOSED_TO_RENEWALS");
    assertThat(sms.snapshot()).isEqualTo(before);
  }

  @Test
  void studentSponsorStatusIsTheBasicComplianceAssessmentAfterJuly2024() {
    InMemorySms sms = fakeOn(LocalDate.of(2026, 3, 2));
    Sponsor s = Scenarios.studentSponsor().grant(sms);
    SessionToken t = s.signIn();
    SmsResult<CaseworkRequest> applied = sms.applyForStudentSponsorStatus(t);
    assertThat(applied.orElseThrow().summary()).isEqualTo("Basic Compliance Assessment");
    assertThat(applied.decision().codes()).contains("licence.STUDENT_STATUS_APPLICATION_KIND");
    sms.homeOffice().approveStudentSponsorStatus(applied.orElseThrow().reference(), LocalDate.of(2027, 3, 1));
    assertThat(sms.licence(s.licenceNumber()).orElseThrow().studentStatusEndDate())
        .contains(LocalDate.of(2027, 3, 1));
    // the status is held until March 2027: its renewal period has not opened yet
    SmsSnapshot before = sms.snapshot();
    assertThat(sms.applyForStudentSponsorStatus(t).isRefused()).isTrue();
    assertThat(sms.snapshot()).isEqualTo(before);
  }

  @Test
  void aWorkerSponsorCannotApplyForStudentSponsorStatus() {
    InMemorySms sms = fakeOn(LocalDate.of(2026, 3, 2));
    SessionToken t = Scenarios.skilledWorkerSponsor().grant(sms).signIn();
    SmsSnapshot before = sms.snapshot();
    assertThat(sms.applyForStudentSponsorStatus(t).isRefused()).isTrue();
    assertThat(sms.snapshot()).isEqualTo(before);
  }

  @Test
  void aPaidActionPlanEndsInAnUpgrade() {
    InMemorySms sms = fakeOn(LocalDate.of(2026, 3, 2));
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    assertThatThrownBy(() -> sms.homeOffice().issueActionPlan(s.licenceNumber(), UkNation.ENGLAND_AND_WALES))
        .isInstanceOf(IllegalStateException.class);
    sms.homeOffice().downgrade(s.licenceNumber(), RouteCategory.WORKER);
    ActionPlanNotice plan = sms.homeOffice().issueActionPlan(s.licenceNumber(), UkNation.ENGLAND_AND_WALES);
    // £1,579 from 9 April 2025; 10 working days after Monday 2 March 2026
    assertThat(plan.fee()).isEqualTo(Money.ofPounds(1_579));
    assertThat(plan.payBy()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(plan.state()).isEqualTo(ActionPlanState.AWAITING_PAYMENT);
    assertThat(sms.outbox().all()).extracting(e -> e.kind()).contains(EmailKind.ACTION_PLAN);
    SessionToken t = s.signIn();
    assertThat(sms.actionPlans(t).orElseThrow()).containsExactly(plan);
    assertThat(sms.payActionPlan(t, "AP-NONE").decision().codes()).contains("testkit.NO_SUCH_ACTION_PLAN");
    ActionPlanNotice paid = sms.payActionPlan(t, plan.reference()).orElseThrow();
    assertThat(paid.state()).isEqualTo(ActionPlanState.IN_PROGRESS);
    assertThat(sms.payActionPlan(t, plan.reference()).decision().codes()).contains("actionplan.NOT_IN_STATUS");

    ActionPlanNotice done = sms.homeOffice().completeActionPlan(plan.reference(), ActionPlanEvent.COMPLETED_UPGRADE);
    assertThat(done.state()).isEqualTo(ActionPlanState.COMPLETED_UPGRADED);
    assertThat(sms.licence(s.licenceNumber()).orElseThrow().ratings()).containsEntry(RouteCategory.WORKER, Rating.A);
    assertThat(sms.events()).extracting(e -> e.kind()).contains(SmsEventKind.ACTION_PLAN_CHANGED);
  }

  @Test
  void declinedOrUnpaidActionPlansRevokeTheLicence() {
    InMemorySms sms = fakeOn(LocalDate.of(2026, 3, 2));
    Sponsor declines = Scenarios.skilledWorkerSponsor().grant(sms);
    Sponsor forgets = Scenarios.skilledWorkerSponsor().licenceNumber("QHDGK002X").grant(sms);
    for (Sponsor s : List.of(declines, forgets)) {
      sms.homeOffice().downgrade(s.licenceNumber(), RouteCategory.WORKER);
    }
    ActionPlanNotice a = sms.homeOffice().issueActionPlan(declines.licenceNumber(), UkNation.ENGLAND_AND_WALES);
    ActionPlanNotice b = sms.homeOffice().issueActionPlan(forgets.licenceNumber(), UkNation.ENGLAND_AND_WALES);
    assertThat(sms.declineActionPlan(declines.signIn(), a.reference()).orElseThrow().state())
        .isEqualTo(ActionPlanState.DECLINED);
    assertThat(sms.licence(declines.licenceNumber()).orElseThrow().status()).isEqualTo(LicenceStatus.REVOKED);

    // the last day to pay passes: the next day the plan is missed and the licence revoked
    sms.clock().advanceTo(b.payBy().atTime(23, 0).atZone(io.github.sponsorsdk.sms.testkit.clock.SmsTestClock.LONDON).toInstant());
    assertThat(sms.homeOffice().actionPlans(forgets.licenceNumber())).extracting(ActionPlanNotice::state)
        .containsExactly(ActionPlanState.AWAITING_PAYMENT);
    sms.clock().advanceTo(b.payBy().plusDays(1));
    assertThat(sms.homeOffice().actionPlans(forgets.licenceNumber())).extracting(ActionPlanNotice::state)
        .containsExactly(ActionPlanState.PAYMENT_DEADLINE_MISSED);
    assertThat(sms.licence(forgets.licenceNumber()).orElseThrow().status()).isEqualTo(LicenceStatus.REVOKED);
  }

  @Test
  void theActionPlanStatesOfThePortAreTheRulesStatuses() {
    assertThat(Arrays.stream(ActionPlanState.values()).map(Enum::name).collect(Collectors.toList()))
        .isEqualTo(Arrays.stream(ActionPlanStatus.values()).map(Enum::name).collect(Collectors.toList()));
    for (ActionPlanState s : ActionPlanState.values()) {
      assertThat(s.isFinal()).isEqualTo(ActionPlanStatus.valueOf(s.name()).isFinal());
    }
  }

  @Test
  void newStateSurvivesSnapshotAndRestore() {
    InMemorySms sms = fakeOn(LocalDate.of(2026, 3, 2));
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    sms.homeOffice().downgrade(s.licenceNumber(), RouteCategory.WORKER);
    sms.homeOffice().issueActionPlan(s.licenceNumber(), UkNation.SCOTLAND);
    SessionToken t = s.signIn();
    sms.addPayeReference(t, io.github.sponsorsdk.sms.core.job.PayeReference.of("123/AB456")).orElseThrow();
    SmsSnapshot snapshot = sms.snapshot();
    assertThat(snapshot.actionPlans()).hasSize(1);
    assertThat(snapshot.organisations()).hasSize(1);
    assertThat(snapshot.access()).hasSize(1);
    InMemorySms copy = fakeOn(LocalDate.of(2020, 1, 1));
    copy.restoreJson(sms.snapshotJson());
    assertThat(copy.snapshot()).isEqualTo(snapshot.withoutPasswords());
    assertThat(copy.lastLogIn(s.licenceNumber())).contains(LocalDate.of(2026, 3, 2));
    assertThat(copy.homeOffice().actionPlans(s.licenceNumber())).hasSize(1);
  }
}
