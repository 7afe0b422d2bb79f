package io.github.sponsorsdk.sms.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server over HTTP: a sponsor's session end to end, refusals as problems, bad input refused with state kept. */
class SmsServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private InMemorySms sms;
  private SmsServer server;

  @BeforeEach
  void start() {
    sms = InMemorySms.builder().clock(io.github.sponsorsdk.sms.testkit.clock.SmsTestClock.at(LocalDate.of(2026, 3, 2)))
        .passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    server = SmsServer.builder(sms).maxBodyBytes(64 * 1024).observer(bodies).start();
  }

  /** Every body of the test's exchanges, held against openapi.json when it ends. */
  private final OpenApiBodies bodies = new OpenApiBodies();

  @AfterEach
  void stop() {
    server.close();
    bodies.check();
  }

  private Reply call(String method, String path, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").timeout(java.time.Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), json,
        r.headers().firstValue("Allow").orElse(""));
  }

  private record Reply(int status, String type, JsonNode json, String allow) {}

  private String signedIn() throws Exception {
    Reply grant = call("POST", "/api/control/scenarios/sponsors",
        "{\"kind\":\"SKILLED_WORKER\",\"licenceNumber\":\"QHDGH001X\",\"allocation\":1}", null);
    assertThat(grant.status()).isEqualTo(201);
    String user = grant.json().get("level1").asText();
    String first = grant.json().get("initialPassword").asText();
    Reply in = call("POST", "/api/session", JSON.writeValueAsString(Map.of("userId", user, "password", first)),
        null);
    assertThat(in.status()).isEqualTo(200);
    assertThat(in.json().at("/value/mustChangePassword").asBoolean()).isTrue();
    String token = in.json().at("/value/session").asText();
    String pw = "ApP1e5!Orchard=2026";
    Reply changed = call("POST", "/api/session/password", JSON.writeValueAsString(Map.of("currentPassword", first,
        "newPassword", pw, "confirmation", pw)), token);
    assertThat(changed.status()).as(changed.json().toString()).isEqualTo(200);
    if (in.json().at("/value/messages").size() > 0) {
      assertThat(call("POST", "/api/messages/read-confirmation", null, token).status()).isEqualTo(200);
    }
    return token;
  }

  @Test
  void aSponsorCreatesAndAssignsACertificateAndTheSecondAssignmentIsRefusedWithReasons() throws Exception {
    String token = signedIn();
    String draft = JSON.writeValueAsString(io.github.sponsorsdk.sms.testkit.internal.Json.newMapper()
        .valueToTree(io.github.sponsorsdk.sms.testkit.scenario.Drafts.skilledWorker("P1234567")));
    Reply created = call("POST", "/api/certificates", draft, token);
    assertThat(created.status()).as(created.json().toString()).isEqualTo(200);
    String number = created.json().at("/value/cosNumber").asText();
    Reply assigned = call("POST", "/api/certificates/" + number + "/assignment", null, token);
    assertThat(assigned.status()).as(assigned.json().toString()).isEqualTo(200);
    assertThat(assigned.json().at("/value/status").asText()).isEqualTo("ASSIGNED");

    String second = call("POST", "/api/certificates", draft.replace("P1234567", "P7654321"), token).json()
        .at("/value/cosNumber").asText();
    Reply refused = call("POST", "/api/certificates/" + second + "/assignment", null, token);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.type()).isEqualTo("application/problem+json");
    assertThat(refused.json().get("codes").toString()).contains("allocation.");
    assertThat(refused.json().at("/decision/reasons").toString()).contains("insufficient remaining CoS");

    Reply audit = call("GET", "/api/control/audit", null, null);
    assertThat(audit.json().toString()).contains("CERTIFICATE_ASSIGNED");
    Reply outbox = call("GET", "/api/control/outbox", null, null);
    assertThat(outbox.json().get(0).has("password")).isTrue();
  }

  @Test
  void aWrongPasswordIsA401WithTheSmsReasonAndNoSessionIsA401() throws Exception {
    String token = signedIn();
    String user = sms.licences().get(0).number().value();
    Reply wrong = call("POST", "/api/session", JSON.writeValueAsString(Map.of("userId",
        sms.users(sms.licences().get(0).number()).get(0).userId().value(), "password", "nope")), null);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("codes").toString()).contains("login.INVALID_CREDENTIALS");
    assertThat(call("GET", "/api/users", null, null).status()).isEqualTo(401);
    assertThat(user).isNotEmpty();
    assertThat(call("GET", "/api/users", null, token).status()).isEqualTo(200);
  }

  @Test
  void badInputIsA4xxProblemAndChangesNothing() throws Exception {
    String token = signedIn();
    String before = sms.snapshotJson();
    long calls = sms.journal().total();
    Map<String, Integer> cases = new java.util.LinkedHashMap<>();
    cases.put("POST /api/certificates {not json", 400);
    cases.put("POST /api/certificates {\"surprise\":1}", 400);
    cases.put("POST /api/session {\"userId\":12,\"password\":true}", 400);
    cases.put("POST /api/session {\"userId\":\"AB\"}", 400);
    cases.put("POST /api/control/clock/advance {\"by\":\"soon\"}", 400);
    cases.put("POST /api/control/faults {\"kind\":\"EXPLODE\"}", 400);
    cases.put("GET /api/nowhere -", 404);
    cases.put("PATCH /api/certificates -", 405);
    cases.put("POST /api/certificates " + "x".repeat(70_000), 413);
    for (Map.Entry<String, Integer> c : cases.entrySet()) {
      String[] parts = c.getKey().split(" ", 3);
      Reply r = call(parts[0], parts[1], parts[2].equals("-") ? null : parts[2], token);
      assertThat(r.status()).as(c.getKey() + " -> " + r.json()).isEqualTo(c.getValue());
      assertThat(r.type()).as(c.getKey()).isEqualTo("application/problem+json");
      assertThat(r.json().get("type").asText()).as(c.getKey()).startsWith("urn:sponsorsdk:problem:");
      assertThat(r.json().get("detail").asText()).as(c.getKey()).isNotBlank();
    }
    assertThat(call("PATCH", "/api/certificates", null, token).allow()).isEqualTo("POST");
    assertThat(sms.snapshotJson()).isEqualTo(before);
    assertThat(sms.journal().total()).as("no port call was made").isEqualTo(calls);
    assertThat(call("GET", "/api/users", null, token).status()).as("still serving").isEqualTo(200);
  }

  @Test
  void controlMovesTimeInjectsFaultsRestoresAndLongPollsEvents() throws Exception {
    String token = signedIn();
    long last = sms.events().isEmpty() ? 0 : sms.events().get(sms.events().size() - 1).sequence();
    Reply none = call("GET", "/api/control/events?after=" + last + "&waitMs=50", null, null);
    assertThat(none.json().size()).isZero();
    Reply snap = call("GET", "/api/control/snapshot", null, null);
    Reply fault = call("POST", "/api/control/faults", "{\"kind\":\"FAIL_NEXT_CALL\",\"operation\":\"LIST_USERS\"}",
        null);
    assertThat(fault.status()).isEqualTo(204);
    Reply down = call("GET", "/api/users", null, token);
    assertThat(down.status()).isEqualTo(503);
    Reply advanced = call("POST", "/api/control/clock/advance", "{\"by\":\"PT21M\"}", null);
    assertThat(advanced.json().get("instant").asText()).isEqualTo(sms.clock().instant().toString());
    Reply events = call("GET", "/api/control/events?after=" + last + "&waitMs=1000", null, null);
    assertThat(events.json().toString()).contains("SESSION");
    assertThat(call("GET", "/api/users", null, token).status()).as("timed out").isEqualTo(401);
    assertThat(call("PUT", "/api/control/snapshot", snap.json().toString(), null).status()).isEqualTo(204);
    assertThat(call("PUT", "/api/control/snapshot", "{\"licences\":7}", null).status()).isEqualTo(400);
    assertThat(call("POST", "/api/control/reset", null, null).status()).isEqualTo(204);
    assertThat(sms.licences()).isEmpty();
  }

  @Test
  void bindsLoopbackByDefault() {
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.routes()).contains("POST /api/session", "GET /api/control/outbox");
    assertThat(URI.create(server.uri().toString()).getPort()).isEqualTo(server.port());
  }
}
