package io.github.sponsorsdk.sms.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.port.CertificateBatch;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The routes of batches, exports and Creative Worker groups as a client in another language sees them: an unknown
 * batch or group is a {@code 404} problem carrying {@code testkit.NO_SUCH_BATCH} or {@code testkit.NO_SUCH_GROUP}, a
 * refusal a {@code 4xx} with its reason codes, bad input a {@code 400}, no session a {@code 401}; never a
 * {@code 500}, and nothing changes on any of them. (What the operations do is {@code SmsCertificateSetsContract}'s,
 * run over HTTP by {@code HttpSmsCertificateSetsContractTest}.)
 */
class CertificateSetsOverHttpTest {
  private static final ObjectMapper JSON = SmsServer.mapper();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private InMemorySms sms;
  private HttpFixture fixture;

  @BeforeEach
  void start() {
    sms = InMemorySms.builder().passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    fixture = new HttpFixture(sms);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private record Reply(int status, String type, JsonNode json) {
    List<String> codes() {
      return JSON.convertValue(json.path("codes"), JSON.getTypeFactory().constructCollectionType(List.class,
          String.class));
    }
  }

  private Reply call(String method, String path, Optional<SessionToken> session, Object body) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(fixture.port().uri().resolve(path)).timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body instanceof String s ? s.getBytes()
                : JSON.writeValueAsBytes(body)))
        .header("Content-Type", "application/json");
    session.ifPresent(s -> r.header("Authorization", "Bearer " + s.value()));
    HttpResponse<byte[]> a = client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Reply(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""),
        a.body().length == 0 ? JSON.nullNode() : JSON.readTree(a.body()));
  }

  private static void problem(Reply r, int status) {
    assertThat(r.status()).as(r.json().toString()).isEqualTo(status);
    assertThat(r.type()).isEqualTo("application/problem+json");
  }

  @Test
  void batchRoutesAnswerUnknownReferencesRefusalsAndBadInputWith4xxAndChangeNothing() throws Exception {
    SessionToken t = fixture.newSkilledWorkerSponsor(1);
    Optional<SessionToken> s = Optional.of(t);
    CertificateNumber saved = fixture.port().create(t, fixture.readyDraft("HB1")).orElseThrow().number()
        .orElseThrow();
    CertificateBatch batch = fixture.port().createBatch(t, "Autumn", CertificateKind.COS).orElseThrow();
    String path = "api/certificate-batches/" + batch.reference();
    String before = sms.snapshotJson();

    for (Reply unknown : List.of(call("GET", "api/certificate-batches/B-NONE", s, null),
        call("POST", "api/certificate-batches/B-NONE/additions", s, List.of(saved.value())),
        call("POST", "api/certificate-batches/B-NONE/removals", s, List.of(saved.value())),
        call("POST", "api/certificate-batches/B-NONE/assignment", s, null),
        call("GET", "api/certificate-batches/B-NONE/export", s, null))) {
      problem(unknown, 404);
      assertThat(unknown.json().get("type").asText()).isEqualTo("urn:sponsorsdk:problem:refused");
      assertThat(unknown.codes()).containsExactly("testkit.NO_SUCH_BATCH");
    }
    Reply taken = call("POST", "api/certificate-batches", s, Map.of("name", "AUTUMN", "kind", "COS"));
    problem(taken, 422);
    assertThat(taken.codes()).contains("certificateSet.SET_NAME_TAKEN");
    Reply nothing = call("POST", "api/certificate-exports", s, List.of());
    problem(nothing, 422);
    assertThat(nothing.codes()).contains("testkit.NOTHING_TO_EXPORT");
    Reply cas = call("POST", "api/certificate-batches", s, Map.of("name", "Students", "kind", "CAS"));
    assertThat(cas.status()).as(cas.json().toString()).isBetween(400, 499);
    assertThat(cas.codes()).isNotEmpty();

    problem(call("POST", "api/certificate-batches", s, Map.of("name", "No kind")), 400);
    problem(call("POST", "api/certificate-batches", s, Map.of("name", "X", "kind", "COS", "colour", "red")), 400);
    problem(call("POST", "api/certificate-batches", s, Map.of("name", "X", "kind", "VISA")), 400);
    problem(call("POST", path + "/additions", s, "[null]"), 400);
    problem(call("POST", path + "/additions", s, "[12]"), 400);
    problem(call("POST", path + "/additions", s, "[\"not a number\"]"), 400);
    problem(call("POST", path + "/additions", s, "{\"numbers\": []}"), 400);
    problem(call("POST", path + "/additions", s, null), 400);
    problem(call("POST", "api/certificate-exports", s, "[\"" + saved.value() + "\""), 400);
    problem(call("GET", "api/certificate-batches", Optional.empty(), null), 401);
    problem(call("DELETE", path, s, null), 405);
    assertThat(sms.snapshotJson()).as("no problem changed anything").isEqualTo(before);

    Reply added = call("POST", path + "/additions", s, List.of(saved.value()));
    assertThat(added.status()).as(added.json().toString()).isEqualTo(200);
    assertThat(added.json().at("/value/items/0/item").asInt()).isEqualTo(1);
    assertThat(added.json().at("/value/batch/certificates/0").asText()).isEqualTo(saved.value());
    Reply exported = call("GET", path + "/export", s, null);
    assertThat(exported.status()).isEqualTo(200);
    assertThat(exported.json().at("/value/rows/0").toString()).contains(saved.value());
  }

  @Test
  void groupRoutesAnswerUnknownReferencesAndSponsorsWithoutTheRouteWith4xx() throws Exception {
    Optional<SessionToken> creative = Optional.of(fixture.newCreativeWorkerSponsor(1));
    String before = sms.snapshotJson();
    for (Reply unknown : List.of(call("POST", "api/creative-worker-groups/G-NONE/additions", creative, List.of()),
        call("POST", "api/creative-worker-groups/G-NONE/removals", creative, List.of()))) {
      problem(unknown, 404);
      assertThat(unknown.codes()).containsExactly("testkit.NO_SUCH_GROUP");
    }
    problem(call("POST", "api/creative-worker-groups", creative, Map.of()), 400);
    assertThat(sms.snapshotJson()).isEqualTo(before);
    Reply made = call("POST", "api/creative-worker-groups", creative, Map.of("name", "The Band"));
    assertThat(made.status()).as(made.json().toString()).isEqualTo(200);
    assertThat(made.json().at("/value/name").asText()).isEqualTo("The Band");
    assertThat(call("GET", "api/creative-worker-groups", creative, null).json().at("/value/0/name").asText())
        .isEqualTo("The Band");

    Optional<SessionToken> skilled = Optional.of(fixture.newSkilledWorkerSponsor(1));
    Reply refused = call("POST", "api/creative-worker-groups", skilled, Map.of("name", "Band"));
    assertThat(refused.status()).as(refused.json().toString()).isBetween(400, 499);
    assertThat(refused.json().get("type").asText()).isEqualTo("urn:sponsorsdk:problem:refused");
    assertThat(refused.codes()).isNotEmpty();
  }
}
