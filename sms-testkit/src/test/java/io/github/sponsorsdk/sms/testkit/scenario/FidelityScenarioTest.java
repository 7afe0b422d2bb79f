package io.github.sponsorsdk.sms.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.port.AllocationRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkStatus;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.contract.FakeLicenceStandingFixture;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's fidelity gaps on the fake (decision record 0487): what the clock does to licences and allocations, with
 * the audit entries and events the fake keeps, and refusals that change nothing (snapshot-equal).
 */
class FidelityScenarioTest {

  static FakeLicenceStandingFixture fixture() {
    return FakeLicenceStandingFixture.create(PasswordHasher.FAST_TEST_ITERATIONS);
  }

  @Test
  void expiryIsAuditedAndAnnouncedAndANoRenewalLicenceOnlyRecordsItsExtension() {
    FakeLicenceStandingFixture fx = fixture();
    InMemorySms sms = fx.sms();
    fx.newSponsorExpiringOn(LocalDate.of(2024, 3, 1));
    Sponsor later = Scenarios.skilledWorkerSponsor().licenceNumber("QHDGN001X").expiresOn(LocalDate.of(2024, 4, 6))
        .grant(sms);
    sms.clock().advance(Duration.ofDays(70));   // to 11 April 2024
    assertThat(sms.licence(sms.licences().get(0).number()).orElseThrow().status()).isEqualTo(LicenceStatus.EXPIRED);
    assertThat(sms.events()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(SmsEventKind.LICENCE_STATUS_CHANGED);
      assertThat(e.details()).containsEntry("to", "EXPIRED").containsEntry("reason", "licence.LICENCE_EXPIRED");
    });
    assertThat(sms.licence(later.licenceNumber()).orElseThrow().status())
        .isEqualTo(LicenceStatus.LICENSED_AND_FULLY_ACTIVE);
    assertThat(sms.licence(later.licenceNumber()).orElseThrow().expiryDate()).isEqualTo(LocalDate.of(2034, 4, 6));
    assertThat(sms.auditTrail().entries()).extracting(a -> a.action())
        .contains(AuditAction.LICENCE_STATUS_CHANGED, AuditAction.LICENCE_EXPIRY_EXTENDED);
  }

  /**
   * Manual 3: "your sponsor licence continues even after expiry whilst the renewal application is being considered".
   * A licence that must be renewed (expiring before 6 April 2024) with its renewal pending stays in force past its
   * expiry date; once the Home Office approves the renewal it runs to the new expiry; the same licence without an
   * application expires (the test above).
   */
  @Test
  void aPendingRenewalKeepsTheLicenceInForceUntilTheHomeOfficeDecides() {
    FakeLicenceStandingFixture fx = fixture();
    InMemorySms sms = fx.sms();
    SessionToken session = fx.newSponsorExpiringOn(LocalDate.of(2024, 3, 1));
    SponsorLicenceNumber licence = sms.licences().get(0).number();
    SmsResult<CaseworkRequest> applied = sms.applyForLicenceRenewal(session);
    assertThat(applied.decision().codes()).contains("licence.RENEWAL_WINDOW_OPEN");
    CaseworkRequest request = applied.orElseThrow();
    assertThat(request.status()).isEqualTo(CaseworkStatus.PENDING);

    sms.clock().advance(Duration.ofDays(70));   // to 11 April 2024, past the 1 March expiry
    assertThat(sms.licence(licence).orElseThrow().status()).isEqualTo(LicenceStatus.LICENSED_AND_FULLY_ACTIVE);
    assertThat(sms.events()).noneSatisfy(e -> assertThat(e.details()).containsEntry("to", "EXPIRED"));

    sms.homeOffice().approveLicenceRenewal(request.reference(), LocalDate.of(2028, 3, 1));
    assertThat(sms.licence(licence).orElseThrow().expiryDate()).isEqualTo(LocalDate.of(2028, 3, 1));
    sms.clock().advance(Duration.ofDays(30));
    assertThat(sms.licence(licence).orElseThrow().status()).isEqualTo(LicenceStatus.LICENSED_AND_FULLY_ACTIVE);
  }

  @Test
  void automaticRenewalIsAuditedAndARefusedRequestChangesNothing() {
    FakeLicenceStandingFixture fx = fixture();
    InMemorySms sms = fx.sms();
    fx.newSkilledWorkerSponsor(4);
    sms.clock().advance(Duration.ofDays(300));
    assertThat(sms.events()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(SmsEventKind.ALLOCATION_RENEWED);
      assertThat(e.details()).containsEntry("granted", "4").containsEntry("route", "SKILLED_WORKER");
    });
    assertThat(sms.auditTrail().entries()).extracting(a -> a.action())
        .containsOnlyOnce(AuditAction.ALLOCATION_RENEWED_AUTOMATICALLY);
    SessionToken t = sms.logIn(fx.level1OfLatestSponsor().userId(),
        fx.level1OfLatestSponsor().password().toCharArray()).orElseThrow().session();
    SmsSnapshot before = sms.snapshot();
    SmsResult<?> r = sms.requestAllocationRenewal(t, AllocationRequest.builder().route(Route.SKILLED_WORKER).number(4)
        .justification("more work").build());
    assertThat(r.decision().codes()).contains("allocation.ALREADY_RENEWED_AUTOMATICALLY");
    assertThat(sms.snapshot()).isEqualTo(before);
    sms.clock().advance(Duration.ofDays(30));
    assertThat(sms.auditTrail().entries()).extracting(a -> a.action())
        .containsOnlyOnce(AuditAction.ALLOCATION_RENEWED_AUTOMATICALLY);
  }

  @Test
  void refusedProvisionalAndSuspendedCallsChangeNothing() {
    FakeLicenceStandingFixture fx = fixture();
    InMemorySms sms = fx.sms();
    SessionToken t = fx.newProvisionalSponsor("Mei", "Tanaka");
    Certificate other = sms.create(t, fx.expansionWorkerDraft("X1", "Ann", "Lee")).orElseThrow();
    SmsSnapshot before = sms.snapshot();
    assertThat(sms.assign(t, other.number().orElseThrow()).isRefused()).isTrue();
    assertThat(sms.snapshot()).isEqualTo(before);

    SessionToken s = fx.newSkilledWorkerSponsor(2);
    Certificate c = sms.create(s, fx.readyDraft("P1")).orElseThrow();
    CertificateNumber n = c.number().orElseThrow();
    sms.assign(s, n).orElseThrow();
    fx.suspendLatest();
    SmsSnapshot suspended = sms.snapshot();
    assertThat(sms.view(s, n).isRefused()).isTrue();
    assertThat(sms.create(s, fx.readyDraft("P2")).isRefused()).isTrue();
    assertThat(sms.snapshot()).isEqualTo(suspended);
  }
}
