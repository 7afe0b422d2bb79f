package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.evidence.EvidenceDocument;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorshipReferenceNumber;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.licence.RouteMigration;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.port.SmsUnavailableException;
import io.github.sponsorsdk.sms.core.port.SubmissionDraft;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.submission.Submission;
import io.github.sponsorsdk.sms.core.submission.SubmissionStatus;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.testkit.audit.ActorKind;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sponsor UK beside the SMS on one fake (issue 16): a PB1 sponsor's Government Authorised Exchange route on Sponsor
 * UK, its Skilled Worker route on the SMS; every answer from sms-rules.
 */
class SponsorUkTest {

  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  InMemorySms sms;
  Sponsor sponsor;
  SessionToken session;
  InMemorySponsorUk spuk;
  SponsorUkHomeOffice ho;

  @BeforeEach
  void pb1Sponsor() {
    sms = InMemorySms.builder().startingOn(DAY).passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build();
    sponsor = Scenarios.skilledWorkerSponsor().route(Route.GOVERNMENT_AUTHORISED_EXCHANGE, Rating.A)
        .allocation(Route.SKILLED_WORKER, 2).allocation(Route.GOVERNMENT_AUTHORISED_EXCHANGE, 2).grant(sms);
    session = sponsor.signIn();
    spuk = sms.sponsorUk();
    ho = sms.sponsorUkHomeOffice();
    ho.migrateRoute(sponsor.licenceNumber(), RouteMigration.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE,
        LocalDate.of(2024, 10, 24)).withCohort("PB1"));
  }

  /** Moves the clock on {@code days} and signs in again (a session ends after 20 minutes of inactivity). */
  void later(long days) {
    sms.clock().advanceDays(days);
    session = sponsor.signIn();
  }

  static SubmissionDraft draft(Route route) {
    return SubmissionDraft.builder().route(route).worker(Drafts.migrant("P7654321")).jobTitle("Research fellow")
        .grossSalary(Money.parseSmsAmount("32000")).salaryPeriod(SalaryPeriod.YEAR)
        .workAddress(SponsorScenario.defaultAddress()).startDate(DAY.plusMonths(2)).build();
  }

  @Test
  void aWorkerGoesThroughSponsorUkFromSubmissionToADecidedApplication() {
    Submission s = spuk.createSubmission(session, draft(Route.GOVERNMENT_AUTHORISED_EXCHANGE)).orElseThrow();
    assertThat(s.status()).isEqualTo(SubmissionStatus.DRAFT);
    byte[] pdf = "%PDF-1.7 contract".getBytes(StandardCharsets.US_ASCII);
    assertThat(spuk.uploadEvidence(session, s.reference(), EvidenceDocument.of("contract.pdf", "application/pdf",
        pdf, LocalDate.of(2000, 1, 1))).orElseThrow().uploadedOn()).isEqualTo(DAY);
    assertThat(spuk.submit(session, s.reference()).orElseThrow().status()).isEqualTo(SubmissionStatus.SUBMITTED);
    ho.requestEvidence(s.reference());
    spuk.respondToEvidenceRequest(session, s.reference()).orElseThrow();
    later(1);
    ho.approve(s.reference());
    // Refusals change nothing: paying before the link, the Home Office issuing an SRN before payment.
    SmsResult<Submission> early = spuk.pay(session, s.reference());
    assertThat(early.decision().codes()).containsExactly("submission.SUBMISSION_NOT_IN_STATUS");
    assertThatThrownBy(() -> ho.issueSrn(s.reference())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("submission.SRN_ONLY_AFTER_PAYMENT");
    assertThat(ho.paymentLinkStatus(s.reference()).dueBy()).isEqualTo(LocalDate.of(2026, 3, 10));
    later(2);
    ho.issuePaymentLink(s.reference());
    assertThat(ho.paymentLinkStatus(s.reference()).decision().codes())
        .containsExactly("payment.PAYMENT_LINK_DUE", "payment.PAYMENT_LINK_IN_TIME");
    assertThat(sms.outbox().ofKind(EmailKind.PAYMENT_LINK)).hasSize(1);
    spuk.pay(session, s.reference()).orElseThrow();
    SponsorshipReferenceNumber srn = ho.issueSrn(s.reference());
    assertThat(sms.outbox().ofKind(EmailKind.SRN_ISSUED).get(0).body()).contains(srn.value());
    Submission issued = spuk.submission(session, s.reference()).orElseThrow();
    assertThat(issued.srn()).contains(srn);
    assertThat(issued.paidOn()).isPresent();

    // An edit reviewed for 3 days: those days do not count toward the 90.
    later(10);
    spuk.requestEdit(session, s.reference(), draft(Route.GOVERNMENT_AUTHORISED_EXCHANGE).withJobTitle(
        "Senior research fellow")).orElseThrow();
    later(3);
    assertThat(ho.decideEdit(s.reference(), EditDecision.APPROVED).jobTitle()).isEqualTo("Senior research fellow");
    LocalDate issuedOn = issued.srnIssuedOn().orElseThrow();
    assertThat(ho.validity(s.reference(), issuedOn.plusDays(93)).isValid()).isTrue();
    assertThat(ho.validity(s.reference(), issuedOn.plusDays(94)).isValid()).isFalse();

    sms.clock().advanceTo(issuedOn.plusDays(93));
    session = sponsor.signIn();
    assertThat(ho.recordUse(s.reference()).status()).isEqualTo(SubmissionStatus.USED);
    assertThat(ho.applicationDecided(s.reference()).status()).isEqualTo(SubmissionStatus.DECIDED);
    assertThatThrownBy(() -> ho.applicationReturned(s.reference())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("submission.SUBMISSION_FINAL");
    assertThat(spuk.withdrawSubmission(session, s.reference()).decision().codes())
        .containsExactly("submission.SUBMISSION_FINAL");

    // Shared audit trail and events.
    assertThat(sms.auditTrail().bySubject(s.reference().value())).extracting(e -> e.action()).contains(
        AuditAction.SUBMISSION_CREATED, AuditAction.EVIDENCE_UPLOADED, AuditAction.SUBMISSION_STATUS_CHANGED);
    assertThat(sms.events()).filteredOn(e -> e.kind() == SmsEventKind.SUBMISSION_STATUS_CHANGED)
        .extracting(e -> e.details().get("to")).containsExactly("SUBMITTED", "EVIDENCE_REQUESTED", "SUBMITTED",
            "APPROVED", "AWAITING_PAYMENT", "PAID", "SRN_ISSUED", "EDIT_UNDER_REVIEW", "SRN_ISSUED", "USED",
            "DECIDED");
    assertThat(sms.auditTrail().byAction(AuditAction.SUBMISSION_STATUS_CHANGED))
        .filteredOn(e -> e.actorKind() == ActorKind.HOME_OFFICE).isNotEmpty();
  }

  @Test
  void aMigratedRouteRefusesSmsCertificatesAndAnSmsRouteRefusesSponsorUk() {
    SmsResult<?> cos = sms.create(session, Drafts.skilledWorker("P1234567").withRoute(
        Route.GOVERNMENT_AUTHORISED_EXCHANGE));
    assertThat(cos.decision().codes()).containsExactly("migration.ROUTE_MIGRATED_TO_SPONSOR_UK");
    assertThat(cos.decision().refusals().get(0).message()).contains("make a sponsorship submission instead");
    assertThat(sms.create(session, Drafts.skilledWorker("P1234567")).isAllowed()).isTrue();
    SmsResult<Submission> sw = spuk.createSubmission(session, draft(Route.SKILLED_WORKER));
    assertThat(sw.decision().codes()).containsExactly("migration.ROUTE_NOT_ON_SPONSOR_UK");
    assertThat(sms.submissions(sponsor.licenceNumber())).isEmpty();
  }

  @Test
  void aCertificateCreatedBeforeTheMoveCannotBeAssignedAfterIt() {
    InMemorySms other = InMemorySms.builder().startingOn(DAY).passwordIterations(InMemorySms.FAST_TEST_ITERATIONS)
        .build();
    Sponsor s = Scenarios.skilledWorkerSponsor().route(Route.GOVERNMENT_AUTHORISED_EXCHANGE, Rating.A)
        .allocation(Route.GOVERNMENT_AUTHORISED_EXCHANGE, 2).grant(other);
    SessionToken t = s.signIn();
    var created = other.create(t, exchangeDraft("P1234567")).orElseThrow();
    other.sponsorUkHomeOffice().migrateRoute(s.licenceNumber(), RouteMigration.of(
        Route.GOVERNMENT_AUTHORISED_EXCHANGE, DAY.plusDays(1)));
    assertThat(other.assign(t, created.number().orElseThrow()).isAllowed()).as("the SMS serves it until the move")
        .isTrue();
    var second = other.create(t, exchangeDraft("P7777777")).orElseThrow();
    other.clock().advanceDays(1);
    t = s.signIn();
    assertThat(other.assign(t, second.number().orElseThrow()).decision().codes())
        .containsExactly("migration.ROUTE_MIGRATED_TO_SPONSOR_UK");
  }

  /** A GAE CoS with the route items assignment readiness asks for (GAE 5.1(e), (f)). */
  private static CertificateDraft exchangeDraft(String passport) {
    CertificateDraft sw = Drafts.skilledWorker(passport);
    return sw.withRoute(Route.GOVERNMENT_AUTHORISED_EXCHANGE).withJob(sw.job().orElseThrow()
        .withExchangeScheme("Approved research exchange scheme")
        .withSupernumeraryExplanation("Additional to the team's establishment for the exchange's duration"));
  }

  @Test
  void aLevel2UserHasNoSponsorUkAccess() {
    UserProfile john = UserProfile.builder().title("Mr").forenames("John").surname("Smith")
        .email("john@sponsororg.com").position("Training Lead").workAddress(SponsorScenario.defaultAddress())
        .settledWorker(true).build();
    SmsUser level2 = sms.createLevel2User(session, john).orElseThrow();
    SessionToken l2 = sponsor.signIn(level2.userId());
    assertThat(spuk.submissions(l2).decision().codes()).containsExactly(
        "sponsorUkUser.SPONSOR_UK_LEVEL_2_NO_ACCESS");
    assertThat(spuk.submissions(session).orElseThrow()).isEmpty();
  }

  @Test
  void anUnusedSrnExpiresOnTheClockAfterNinetyDays() {
    Submission s = paidWithSrn();
    LocalDate issued = s.srnIssuedOn().orElseThrow();
    sms.clock().advanceTo(issued.plusDays(90));
    assertThat(sms.submissions(sponsor.licenceNumber()).get(0).status()).isEqualTo(SubmissionStatus.SRN_ISSUED);
    sms.clock().advanceTo(issued.plusDays(91));
    assertThat(sms.submissions(sponsor.licenceNumber()).get(0).status()).isEqualTo(SubmissionStatus.EXPIRED);
    assertThat(sms.auditTrail().byAction(AuditAction.SUBMISSION_STATUS_CHANGED))
        .filteredOn(e -> e.actorKind() == ActorKind.SYSTEM).hasSize(1);
  }

  Submission paidWithSrn() {
    Submission s = spuk.createSubmission(session, draft(Route.GOVERNMENT_AUTHORISED_EXCHANGE)).orElseThrow();
    spuk.submit(session, s.reference()).orElseThrow();
    ho.approve(s.reference());
    ho.issuePaymentLink(s.reference());
    spuk.pay(session, s.reference()).orElseThrow();
    ho.issueSrn(s.reference());
    return spuk.submission(session, s.reference()).orElseThrow();
  }

  @Test
  void snapshotRestoreAndFaultsAreShared() throws Exception {
    Submission s = paidWithSrn();
    SmsSnapshot snap = sms.snapshot();
    assertThat(snap.submissions()).hasSize(1);
    String json = sms.snapshotJson();
    InMemorySms restored = InMemorySms.builder().passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build();
    restored.restoreJson(json);
    assertThat(restored.submissions(sponsor.licenceNumber())).containsExactly(s);
    assertThat(restored.snapshot().submissions().get(0).documents()).isEqualTo(snap.submissions().get(0)
        .documents());

    sms.faults().failNextCall(Operation.WITHDRAW_SUBMISSION);
    assertThatThrownBy(() -> spuk.withdrawSubmission(session, s.reference()))
        .isInstanceOf(SmsUnavailableException.class);
    assertThat(sms.submissions(sponsor.licenceNumber()).get(0).status()).isEqualTo(SubmissionStatus.SRN_ISSUED);
    assertThat(spuk.withdrawSubmission(session, s.reference()).orElseThrow().status())
        .isEqualTo(SubmissionStatus.WITHDRAWN);
    assertThat(sms.calls()).extracting(c -> c.operation()).contains(Operation.WITHDRAW_SUBMISSION);
    assertThatThrownBy(() -> spuk.submit(session, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("reference");
  }

  @Test
  void evidenceOutsideTheDefaultTypesIsRefusedAndChangesNothing() {
    Submission s = spuk.createSubmission(session, draft(Route.GOVERNMENT_AUTHORISED_EXCHANGE)).orElseThrow();
    SmsResult<?> r = spuk.uploadEvidence(session, s.reference(), EvidenceDocument.of("cv.txt", "text/plain",
        "cv".getBytes(StandardCharsets.US_ASCII), DAY));
    assertThat(r.decision().codes()).containsExactly("submission.EVIDENCE_TYPE_NOT_ACCEPTED");
    assertThat(r.decision().uncertainties()).hasSize(1);
    assertThat(sms.submissions(sponsor.licenceNumber()).get(0).evidence()).isEmpty();
    assertThat(sms.snapshot().submissions().get(0).documents()).isEmpty();
  }
}
