package io.github.sponsorsdk.sms.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.testkit.contract.FakeLicenceStandingFixture;
import io.github.sponsorsdk.sms.testkit.contract.LicenceStandingFixture;
import io.github.sponsorsdk.sms.testkit.contract.PortFixture;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link LicenceStandingFixture} over HTTP. The fake behind the server starts on
 * {@link FakeLicenceStandingFixture#FIRST_DAY} (licences expiring before 6 April 2024 still needed renewal, so they can
 * expire), as the in-process fixture's does; every other step goes over the wire: scenario sponsors with an expiry
 * date or a provisional rating ({@code POST /api/control/scenarios/sponsors}), the Home Office's status changes and
 * refusal with a reason ({@code /api/home-office/...}), the clock and the outbox ({@code /api/control/...}).
 */
final class HttpLicenceStandingFixture extends HttpFixture implements LicenceStandingFixture {

  HttpLicenceStandingFixture() {
    super(InMemorySms.builder().clock(SmsTestClock.at(FakeLicenceStandingFixture.FIRST_DAY))
        .passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build());
  }

  @Override
  public LocalDate today() {
    return LocalDate.parse(control("GET", "api/control/clock", null).get("today").asText());
  }

  @Override
  public ZonedDateTime now() {
    return Instant.parse(control("GET", "api/control/clock", null).get("instant").asText())
        .atZone(SmsTestClock.LONDON);
  }

  @Override
  public SessionToken newSponsorExpiringOn(LocalDate expiry) {
    JsonNode g = grant(Map.of("kind", "SKILLED_WORKER", "licenceNumber", nextNumber("QHDGM"), "allocation", 1,
        "expiresOn", expiry.toString()));
    return signIn(SmsUserId.of(g.get("level1").asText()));
  }

  @Override
  public PortFixture.Account level1OfLatestSponsor() {
    return new PortFixture.Account(SmsUserId.of(latest.get("level1").asText()), PASSWORD,
        latest.get("email").asText());
  }

  @Override
  public void suspendLatest() {
    status("SUSPENDED");
  }

  @Override
  public void revokeLatest() {
    status("REVOKED");
  }

  @Override
  public void surrenderLatest() {
    status("SURRENDERED");
  }

  private void status(String status) {
    control("PUT", "api/home-office/licences/" + latest.get("licenceNumber").asText() + "/status",
        Map.of("status", status));
  }

  @Override
  public SessionToken newProvisionalSponsor(String forenames, String surname) {
    JsonNode g = grant(Map.of("kind", "EMPTY", "licenceNumber", nextNumber("QHDGM"),
        "route", Route.GBM_UK_EXPANSION_WORKER, "rating", "PROVISIONAL", "allocation", 3,
        "firstUser", SponsorScenario.defaultFirstUser().withForenames(forenames).withSurname(surname),
        "roles", List.of("AUTHORISING_OFFICER")));
    return signIn(SmsUserId.of(g.get("level1").asText()));
  }

  @Override
  public CertificateDraft expansionWorkerDraft(String passportNumber, String forenames, String surname) {
    MigrantDetails named = Drafts.migrant(passportNumber).withGivenNames(forenames).withFamilyName(surname);
    return readyDraft(passportNumber).withRoute(Route.GBM_UK_EXPANSION_WORKER).withMigrant(named);
  }

  /** Finds the request in the Home Office's pending casework and refuses it with the reason, all over HTTP. */
  @Override
  public void refuseLevel1Request(SmsUserId requested, String reason) {
    String reference = null;
    for (JsonNode c : control("GET", "api/home-office/casework", null)) {
      if (requested.value().equals(c.path("user").asText())) {
        reference = c.get("request").get("reference").asText();
      }
    }
    if (reference == null) {
      throw new IllegalStateException("no pending request for " + requested);
    }
    control("POST", "api/home-office/casework/" + reference + "/refusal", Map.of("reason", reason));
  }

  @Override
  public String authorisingOfficerAddress() {
    return latest.get("email").asText();
  }

  @Override
  public List<String> mailTo(String address) {
    List<String> mail = new ArrayList<>();
    for (JsonNode e : control("GET", "api/control/outbox", null)) {
      if (address.equals(e.path("to").asText())) {
        mail.add(e.get("subject").asText() + "\n" + e.get("body").asText());
      }
    }
    return mail;
  }

  /** Starts a month after the SMS's day, as the in-process fixture's drafts do. */
  @Override
  public CertificateDraft readyDraft(String passportNumber) {
    LocalDate start = today().plusMonths(1);
    return Drafts.skilledWorker(passportNumber).withStartDate(start).withEndDate(start.plusYears(3).minusDays(1));
  }
}
