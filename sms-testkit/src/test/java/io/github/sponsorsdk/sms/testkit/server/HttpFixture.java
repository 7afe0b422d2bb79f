package io.github.sponsorsdk.sms.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.OrganisationDetails;
import io.github.sponsorsdk.sms.core.port.SmsAccess;
import io.github.sponsorsdk.sms.core.port.SmsBulkData;
import io.github.sponsorsdk.sms.core.port.SmsCertificateBatches;
import io.github.sponsorsdk.sms.core.port.SmsCertificateDrafts;
import io.github.sponsorsdk.sms.core.port.SmsCertificates;
import io.github.sponsorsdk.sms.core.port.SmsCreativeWorkerGroups;
import io.github.sponsorsdk.sms.core.port.SmsKeyPersonnel;
import io.github.sponsorsdk.sms.core.port.SmsLicenceApplications;
import io.github.sponsorsdk.sms.core.port.SmsLicenceServices;
import io.github.sponsorsdk.sms.core.port.SmsRequestTracking;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.port.SmsUserManagement;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.contract.CertificateSetsFixture;
import io.github.sponsorsdk.sms.testkit.contract.FunctionsFixture;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contract fixtures over HTTP: the port is {@link HttpSms}; accounts, time and emails come from the server's
 * control API ({@code /api/control/...}), never from the Java object behind it, so the contract sees only what
 * crosses the wire. A fresh server over a fresh fake per fixture. Skilled Worker sponsors get their organisation
 * details through the Home Office side ({@code PUT /api/home-office/licences/{number}/organisation-details}), as
 * {@code FakeSponsorFixture} records them in process.
 */
class HttpFixture implements FunctionsFixture, CertificateSetsFixture, AutoCloseable {
  static final String PASSWORD = "Scenario!Pass2026";
  private static final ObjectMapper JSON = SmsServer.mapper();
  private final SmsServer server;
  private final HttpSms port;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Set<SmsUserId> settled = new HashSet<>();
  private int licences;
  /** Every exchange of this fixture's server, checked against the OpenAPI document on close. */
  private final OpenApiBodies bodies = new OpenApiBodies();

  /** The latest sponsor granted: the control API's answer (licence number, Level 1 user, password, email). */
  protected JsonNode latest;

  HttpFixture() {
    this(InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build());
  }

  HttpFixture(InMemorySms sms) {
    server = SmsServer.builder(sms).observer(bodies).start();
    port = HttpSms.connect(server.uri());
  }

  HttpSms port() {
    return port;
  }

  /** Stops the server, then holds every body it exchanged against openapi.json (OpenApiBodies). */
  @Override
  public void close() {
    server.close();
    bodies.check();
  }

  JsonNode control(String method, String path, Object body) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
          .header("Content-Type", "application/json");
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      JsonNode node = r.body().length == 0 ? JSON.nullNode() : JSON.readTree(r.body());
      if (r.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + node);
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonNode grant(String prefix, int cos) {
    return grant(Map.of("kind", "SKILLED_WORKER", "licenceNumber", nextNumber(prefix), "allocation", cos));
  }

  /** The next licence number: {@code prefix}, three digits, X. */
  protected String nextNumber(String prefix) {
    licences++;
    return String.format("%s%03dX", prefix, licences);
  }

  /** Grants a scenario sponsor through the control API; it becomes the {@link #latest} one. */
  protected JsonNode grant(Map<String, Object> body) {
    latest = control("POST", "api/control/scenarios/sponsors", body);
    return latest;
  }

  @Override
  public SmsAccess access() {
    return port;
  }

  @Override
  public SmsUserManagement users() {
    return port;
  }

  @Override
  public SmsCertificates certificates() {
    return port;
  }

  @Override
  public SmsLicenceServices licence() {
    return port;
  }

  @Override
  public SmsBulkData bulkData() {
    return port;
  }

  @Override
  public SmsLicenceApplications applications() {
    return port;
  }

  @Override
  public SmsRequestTracking tracking() {
    return port;
  }

  @Override
  public SmsKeyPersonnel keyPersonnel() {
    return port;
  }

  @Override
  public SmsCertificateDrafts drafts() {
    return port;
  }

  @Override
  public SmsCertificateBatches batches() {
    return port;
  }

  @Override
  public SmsCreativeWorkerGroups groups() {
    return port;
  }

  /**
   * An {@code EMPTY} scenario sponsor with the Creative Worker route rated A and {@code cos} CoS, granted through the
   * control API as {@code FakeSponsorFixture} grants it in process.
   */
  @Override
  public SessionToken newCreativeWorkerSponsor(int cos) {
    JsonNode g = grant(Map.of("kind", "EMPTY", "licenceNumber", nextNumber("QHDCW"), "route", "CREATIVE_WORKER",
        "rating", "A", "allocation", cos));
    return signIn(SmsUserId.of(g.get("level1").asText()));
  }

  /** {@link Drafts#creativeWorker}, as in process. */
  @Override
  public CertificateDraft creativeWorkerDraft(String passportNumber) {
    return Drafts.creativeWorker(passportNumber);
  }

  /** The scenario's address, 2 Marsham Street, London SW1P 4DF, as {@code FakeSponsorFixture} has it. */
  @Override
  public Address organisationAddress() {
    return SponsorScenario.defaultAddress();
  }

  @Override
  public Account newLevel1User() {
    JsonNode g = grant("QHDGH", 5);
    return new Account(SmsUserId.of(g.get("level1").asText()), g.get("initialPassword").asText(),
        g.get("email").asText());
  }

  @Override
  public Account settledLevel1User() {
    Account fresh = newLevel1User();
    SessionToken t = signIn(fresh.userId());
    port.logOut(t);
    return new Account(fresh.userId(), PASSWORD, fresh.email());
  }

  @Override
  public SessionToken newSkilledWorkerSponsor(int cos) {
    JsonNode g = grant("QHDGK", cos);
    control("PUT", "api/home-office/licences/" + g.get("licenceNumber").asText() + "/organisation-details",
        OrganisationDetails.builder().mainAddress(organisationAddress()).build());
    return signIn(SmsUserId.of(g.get("level1").asText()));
  }

  @Override
  public SessionToken newStudentSponsor(int cas) {
    licences++;
    JsonNode g = grant(Map.of("kind", "STUDENT", "licenceNumber", String.format("E4ABC%04d", licences),
        "allocation", cas));
    return signIn(SmsUserId.of(g.get("level1").asText()));
  }

  /** Signs in over HTTP: the first time with the emailed password (read from the outbox), changed at once. */
  @Override
  public SessionToken signIn(SmsUserId userId) {
    if (settled.contains(userId)) {
      return confirmed(port.logIn(userId, PASSWORD.toCharArray()));
    }
    String emailed = lastEmailedPassword(userId, false).orElseThrow(() -> new IllegalStateException(
        "no emailed password for " + userId));
    SmsResult<LogIn> first = port.logIn(userId, emailed.toCharArray());
    SessionToken t = confirmed(first);
    Decision changed = port.changePassword(t, emailed.toCharArray(), PASSWORD.toCharArray(),
        PASSWORD.toCharArray());
    if (changed.isRefused()) {
      throw new IllegalStateException("cannot set the password: " + changed);
    }
    settled.add(userId);
    return t;
  }

  private SessionToken confirmed(SmsResult<LogIn> in) {
    if (in.isRefused()) {
      throw new IllegalStateException("cannot sign in: " + in.decision());
    }
    if (!in.orElseThrow().messages().isEmpty()) {
      port.confirmMessagesRead(in.orElseThrow().session());
    }
    return in.orElseThrow().session();
  }

  @Override
  public CertificateDraft readyDraft(String passportNumber) {
    return Drafts.skilledWorker(passportNumber);
  }

  @Override
  public void advance(Duration duration) {
    control("POST", "api/control/clock/advance", Map.of("by", duration.toString()));
  }

  @Override
  public Optional<String> lastTemporaryPassword(SmsUserId userId) {
    return lastEmailedPassword(userId, true);
  }

  private Optional<String> lastEmailedPassword(SmsUserId userId, boolean temporaryOnly) {
    JsonNode outbox = control("GET", "api/control/outbox", null);
    for (int i = outbox.size() - 1; i >= 0; i--) {
      JsonNode e = outbox.get(i);
      if (!userId.value().equals(e.path("about").asText())) {
        continue;
      }
      if (temporaryOnly && !"TEMPORARY_PASSWORD".equals(e.path("kind").asText())) {
        continue;
      }
      if (temporaryOnly || e.hasNonNull("password")) {
        return e.hasNonNull("password") ? Optional.of(e.get("password").asText()) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
