package io.github.sponsorsdk.sms.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.evidence.EvidenceDocument;
import io.github.sponsorsdk.sms.core.identifier.SubmissionReference;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.licence.RouteMigration;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.port.SubmissionDraft;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.testkit.internal.Json;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import io.github.sponsorsdk.sms.testkit.server.internal.Answer;
import io.github.sponsorsdk.sms.testkit.server.internal.Body;
import io.github.sponsorsdk.sms.testkit.server.internal.Endpoint;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The schemas of openapi.json are true of real bodies: a tour of the routes the contract suites do not reach (the
 * contracts over HTTP check theirs through {@code HttpFixture}) exchanges real requests and answers, and
 * {@link OpenApiBodies} validates every one against its schema; and the check itself fails on a body its schema does
 * not describe.
 */
class OpenApiBodiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper VALUES = Json.newMapper();
  private static final String LICENCE = "QHDGH001X";
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final OpenApiBodies bodies = new OpenApiBodies();
  private SmsServer server;
  private InMemorySms sms;

  @BeforeEach
  void start() {
    sms = InMemorySms.builder().clock(SmsTestClock.at(LocalDate.of(2026, 3, 2)))
        .passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    server = SmsServer.builder(sms).observer(bodies).start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private record Reply(int status, JsonNode json) {}

  private Reply call(String method, String path, Object body, String token) throws Exception {
    String text = body == null ? null : body instanceof String ? (String) body : VALUES.writeValueAsString(body);
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(60))
        .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text))
        .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body()));
  }

  private Reply ok(String method, String path, Object body, String token) throws Exception {
    Reply r = call(method, path, body, token);
    assertThat(r.status()).as("%s %s: %s", method, path, r.json()).isBetween(200, 204);
    return r;
  }

  private String signedIn() throws Exception {
    JsonNode grant = ok("POST", "/api/control/scenarios/sponsors", "{\"kind\":\"SKILLED_WORKER\",\"licenceNumber\":\""
        + LICENCE + "\",\"allocation\":5}", null).json();
    String first = grant.get("initialPassword").asText();
    JsonNode in = ok("POST", "/api/session", Map.of("userId", grant.get("level1").asText(), "password", first), null)
        .json();
    String token = in.at("/value/session").asText();
    String pw = "ApP1e5!Orchard=2026";
    ok("POST", "/api/session/password", Map.of("currentPassword", first, "newPassword", pw, "confirmation", pw),
        token);
    return token;
  }

  @Test
  void aTourOfTheRoutesExchangesOnlyBodiesTheDocumentDescribes() throws Exception {
    String token = signedIn();
    ok("GET", "/openapi.json", null, null);
    ok("POST", "/api/home-office/messages", BoardMessage.builder().id("2026-03-02-01")
        .publishedOn(LocalDate.of(2026, 3, 2)).text("THIS MESSAGE IS FOR THE ATTENTION OF ALL SPONSORS").build(), null);
    ok("GET", "/api/messages/active", null, token);
    ok("POST", "/api/messages/read-confirmation", null, token);
    ok("GET", "/api/messages/archived", null, token);

    // Users: a Level 2 user made from the Level 1 user's profile, amended, then deactivated by the Home Office.
    JsonNode level1 = ok("GET", "/api/users", null, token).json().at("/value/0/profile");
    ObjectNode profile = level1.deepCopy();
    profile.put("forenames", "Ada").put("surname", "Lovelace").put("email", "ada.lovelace@example.org")
        .put("settledWorker", true);
    profile.putNull("ninoDeclaration");
    String level2 = ok("POST", "/api/users/level2", profile, token).json().at("/value/userId").asText();
    profile.put("position", "HR officer");
    ok("PUT", "/api/users/" + level2, profile, token);
    ok("POST", "/api/home-office/users/" + level2 + "/deactivation", null, null);

    // Certificates in a batch, assigned, used, reported on; a duty declared by the host system.
    JsonNode created = ok("POST", "/api/certificates/batch", List.of(Drafts.skilledWorker("P1234567"),
        Drafts.skilledWorker("P7654321")), token).json();
    String number = created.at("/0/value/cosNumber").asText();
    ok("POST", "/api/certificates/batch-assignment", List.of(number), token);
    ok("POST", "/api/home-office/certificates/" + number + "/acts", "{\"action\":\"RECORD_USE\"}", null);
    WorkerUnauthorisedAbsence absence = WorkerUnauthorisedAbsence.builder().cos(CosNumber.of(number))
        .reference("EMP-00042").occurredOn(LocalDate.of(2026, 3, 2)).consecutiveWorkingDaysAbsent(11).build();
    ok("POST", "/api/reports", absence, token);
    ok("POST", "/api/control/licences/" + LICENCE + "/occurrences", Map.of("event", VALUES.valueToTree(absence),
        "nation", UkNation.SCOTLAND), null);

    // Licence services and casework: an allocation increase, approved by the Home Office.
    ok("POST", "/api/licence/allocation-increases", Map.of("route", "SKILLED_WORKER", "number", 10,
        "justification", "Two new teams in 2026"), token);
    String reference = ok("GET", "/api/home-office/casework", null, null).json().at("/0/request/reference").asText();
    ok("POST", "/api/home-office/casework/" + reference + "/approval", null, null);
    ok("POST", "/api/licence/changes-of-circumstances", Map.of("kind", "ADDRESS", "details",
        "The head office moved to Leeds", "changedOn", "2026-03-02"), token);
    ok("POST", "/api/organisation/changes", Map.of("mainAddress",
        VALUES.valueToTree(SponsorScenario.defaultAddress())), token);
    ok("POST", "/api/licence/defined-cos-applications", Map.of("jobTitle", "Software developer", "occupationCode",
        "2134", "grossSalary", "45000", "salaryPeriod", "YEAR", "startDate", "2026-06-01"), token);
    ok("GET", "/api/licence/defined-cos-applications", null, token);
    ok("GET", "/api/organisation", null, token);
    ok("GET", "/api/sponsor-uk/licence", null, token);
    ok("GET", "/api/sponsor-uk/submissions", null, token);

    // Inspection and control.
    for (String path : List.of("/api/control/licences", "/api/control/licences/" + LICENCE + "/users",
        "/api/control/licences/" + LICENCE + "/certificates", "/api/control/licences/" + LICENCE + "/duties",
        "/api/control/reports", "/api/control/calls", "/api/control/events", "/api/control/outbox")) {
      ok("GET", path, null, null);
    }
    ok("DELETE", "/api/control/faults", null, null);

    TreeSet<String> expected = new TreeSet<>(List.of("GET /openapi.json", "POST /api/home-office/messages",
        "GET /api/messages/active", "POST /api/messages/read-confirmation", "PUT /api/users/{userId}",
        "POST /api/home-office/users/{userId}/deactivation", "POST /api/certificates/batch",
        "POST /api/certificates/batch-assignment", "POST /api/home-office/certificates/{number}/acts",
        "POST /api/reports", "POST /api/control/licences/{number}/occurrences",
        "POST /api/home-office/casework/{reference}/approval", "POST /api/licence/allocation-increases",
        "GET /api/control/calls", "GET /api/control/licences/{number}/duties",
        "POST /api/licence/changes-of-circumstances", "POST /api/organisation/changes",
        "POST /api/licence/defined-cos-applications",
        "DELETE /api/control/faults"));
    int exchanged = bodies.size();
    TreeSet<String> validated = new TreeSet<>(bodies.check());
    assertThat(exchanged).isGreaterThan(30);
    assertThat(validated).as("routes whose success bodies were validated").containsAll(expected);
  }

  @Test
  void sponsorUkSubmissionsExchangeOnlyBodiesTheDocumentDescribes() throws Exception {
    Sponsor sponsor = Scenarios.skilledWorkerSponsor().route(Route.GOVERNMENT_AUTHORISED_EXCHANGE, Rating.A)
        .allocation(Route.GOVERNMENT_AUTHORISED_EXCHANGE, 2).grant(sms);
    sms.sponsorUkHomeOffice().migrateRoute(sponsor.licenceNumber(), RouteMigration.of(
        Route.GOVERNMENT_AUTHORISED_EXCHANGE, LocalDate.of(2024, 10, 24)).withCohort("PB1"));
    String token = sponsor.signIn().value();
    SubmissionDraft draft = SubmissionDraft.builder().route(Route.GOVERNMENT_AUTHORISED_EXCHANGE)
        .worker(Drafts.migrant("P7654321")).jobTitle("Research fellow").grossSalary(Money.parseSmsAmount("32000"))
        .salaryPeriod(SalaryPeriod.YEAR).workAddress(SponsorScenario.defaultAddress())
        .startDate(LocalDate.of(2026, 5, 2)).build();
    String reference = ok("POST", "/api/sponsor-uk/submissions", draft, token).json().at("/value/reference")
        .asText();
    String path = "/api/sponsor-uk/submissions/" + reference;
    ok("GET", "/api/sponsor-uk/submissions", null, token);
    ok("GET", path, null, token);
    ok("PUT", path, draft.withJobTitle("Senior research fellow"), token);
    ok("POST", path + "/evidence", EvidenceDocument.of("contract.pdf", "application/pdf",
        "%PDF-1.7 contract".getBytes(StandardCharsets.US_ASCII), LocalDate.of(2000, 1, 1)), token);
    ok("POST", path + "/submission", null, token);
    sms.sponsorUkHomeOffice().requestEvidence(SubmissionReference.of(reference));
    ok("POST", path + "/evidence-response", null, token);
    String other = ok("POST", "/api/sponsor-uk/submissions", draft.withWorker(Drafts.migrant("P1112223")), token)
        .json().at("/value/reference").asText();
    ok("POST", "/api/sponsor-uk/submissions/" + other + "/withdrawal", null, token);
    ok("GET", "/api/sponsor-uk/licence", null, token);

    assertThat(bodies.check()).containsAll(List.of("POST /api/sponsor-uk/submissions",
        "GET /api/sponsor-uk/submissions", "GET /api/sponsor-uk/submissions/{reference}",
        "PUT /api/sponsor-uk/submissions/{reference}", "POST /api/sponsor-uk/submissions/{reference}/evidence",
        "POST /api/sponsor-uk/submissions/{reference}/submission",
        "POST /api/sponsor-uk/submissions/{reference}/evidence-response",
        "POST /api/sponsor-uk/submissions/{reference}/withdrawal", "GET /api/sponsor-uk/licence"));
  }

  @Test
  void theCheckFailsOnABodyItsSchemaDoesNotDescribe() {
    Endpoint clock = route("GET", "/api/control/clock");
    OpenApiBodies check = new OpenApiBodies();
    byte[] wrong = "{\"instant\":\"2026-03-02T09:00:00Z\"}".getBytes(StandardCharsets.UTF_8);
    check.exchanged(clock, new byte[0], 200, "application/json", wrong);
    assertThatThrownBy(check::check).isInstanceOf(AssertionError.class).hasMessageContaining("GET /api/control/clock")
        .hasMessageContaining("today");
    byte[] extra = "{\"instant\":\"2026-03-02T09:00:00Z\",\"today\":\"2026-03-02\",\"zone\":\"UTC\"}"
        .getBytes(StandardCharsets.UTF_8);
    check.exchanged(clock, new byte[0], 200, "application/json", extra);
    assertThatThrownBy(check::check).hasMessageContaining("zone");
    byte[] right = "{\"instant\":\"2026-03-02T09:00:00Z\",\"today\":\"2026-03-02\"}".getBytes(StandardCharsets.UTF_8);
    check.exchanged(clock, new byte[0], 200, "application/json", right);
    assertThat(check.check()).containsExactly("GET /api/control/clock");
    check.exchanged(clock, new byte[0], 201, "application/json", right);
    assertThatThrownBy(check::check).hasMessageContaining("status 201 is not documented");
    byte[] problem = "{\"type\":\"urn:sponsorsdk:problem:refused\",\"title\":\"Refused\",\"status\":422}"
        .getBytes(StandardCharsets.UTF_8);
    check.exchanged(clock, new byte[0], 422, "application/problem+json", problem);
    assertThatThrownBy(check::check).hasMessageContaining("detail");
  }

  @Test
  void aSchemaThatTakesAnyObjectIsCaughtForABodyWithProperties() throws Exception {
    JsonNode body = JSON.readTree("{\"a\":1}");
    assertThat(OpenApiBodies.acceptsAnyObject(JSON.readTree("{\"type\":\"object\"}"), body)).isTrue();
    assertThat(OpenApiBodies.acceptsAnyObject(JSON.readTree("{}"), body)).isTrue();
    assertThat(OpenApiBodies.acceptsAnyObject(JSON.readTree("{\"$ref\":\"#/components/schemas/ClockAnswer\"}"),
        body)).isFalse();
    assertThat(OpenApiBodies.acceptsAnyObject(JSON.readTree("{}"), JSON.readTree("\"text\""))).isFalse();
  }

  private Endpoint route(String method, String template) {
    Optional<Endpoint> found = server.endpoints().stream()
        .filter(e -> e.method().equals(method) && e.template().equals(template)).findFirst();
    return found.orElseGet(() -> new Endpoint(method, template, Endpoint.Side.CONTROL, "none", Body.none(),
        Body.noContent(), r -> Answer.noContent()));
  }
}
