package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.core.job.PayeReference;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.port.ActionPlanNotice;
import io.github.sponsorsdk.sms.core.port.AllocationRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkStatus;
import io.github.sponsorsdk.sms.core.port.KeyPersonnelChange;
import io.github.sponsorsdk.sms.core.port.KeyPersonnelChangeKind;
import io.github.sponsorsdk.sms.core.port.OrganisationDetails;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.rules.actionplan.ActionPlanEvent;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.testkit.junit.SmsExtension;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README quick-start for the testkit, kept compiling and passing. */
class ReadmeQuickStartTest {

  @RegisterExtension
  static SmsExtension sms = SmsExtension.create();   // a fresh in-memory SMS per test

  @Test
  void quickStart() {
    InMemorySms fake = sms.get();
    Sponsor sponsor = Scenarios.skilledWorkerSponsor().grant(fake);   // A-rated, one Level 1 user, 10 CoS
    SessionToken session = sponsor.signIn();                          // first log-in, password changed

    Certificate draft = fake.create(session, Drafts.skilledWorker("A01234567")).orElseThrow();
    SmsResult<Certificate> assigned = fake.assign(session, draft.number().orElseThrow());
    assertThat(assigned.decision().codes()).contains("allocation.ASSIGNED_FROM_ALLOCATION");

    fake.clock().advance(Duration.ofDays(92));                        // unused for 3 months: EXPIRED
    assertThat(fake.certificates(sponsor.licenceNumber()).get(0).status().name()).isEqualTo("EXPIRED");
    assertThat(fake.auditTrail().toJson()).contains("CERTIFICATE_EXPIRED");
  }

  /** The README's "Managing the licence" snippet. */
  @Test
  void managingTheLicence() {
    InMemorySms fake = sms.get();
    Sponsor sponsor = Scenarios.skilledWorkerSponsor().grant(fake);
    fake.homeOffice().recordOrganisationDetails(sponsor.licenceNumber(),
        OrganisationDetails.builder().mainAddress(SponsorScenario.defaultAddress()).build());
    SessionToken session = sponsor.signIn();
    UserProfile newKeyContact = UserGuidesTest.johnSmith();
    AllocationRequest increase = AllocationRequest.builder().route(Route.SKILLED_WORKER).number(2)
        .justification("New contract").build();

    CaseworkRequest kc = fake.requestKeyPersonnelChange(session, KeyPersonnelChange.of(
        KeyPersonnelChangeKind.REPLACE_KEY_CONTACT, newKeyContact)).orElseThrow();
    assertThat(kc.status()).isEqualTo(CaseworkStatus.APPROVED);

    CaseworkRequest more = fake.requestAllocationIncrease(session, increase).orElseThrow();
    assertThat(fake.withdrawRequest(session, more.reference()).orElseThrow().status())
        .isEqualTo(CaseworkStatus.WITHDRAWN);
    assertThat(fake.requests(session).orElseThrow()).hasSize(2);

    assertThat(fake.applyForLicenceRenewal(session).decision().codes()).contains("licence.RENEWAL_NOT_REQUIRED");
    assertThat(fake.addPayeReference(session, PayeReference.of("123/AB456")).isAllowed()).isTrue();

    fake.homeOffice().downgrade(sponsor.licenceNumber(), RouteCategory.WORKER);
    ActionPlanNotice plan = fake.homeOffice().issueActionPlan(sponsor.licenceNumber(), UkNation.ENGLAND_AND_WALES);
    assertThat(fake.payActionPlan(session, plan.reference()).isAllowed()).isTrue();
    fake.homeOffice().completeActionPlan(plan.reference(), ActionPlanEvent.COMPLETED_UPGRADE);
    assertThat(fake.licence(sponsor.licenceNumber()).orElseThrow().ratings().get(RouteCategory.WORKER).name())
        .isEqualTo("A");
  }
}
