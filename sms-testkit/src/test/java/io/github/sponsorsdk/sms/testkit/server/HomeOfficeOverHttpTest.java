package io.github.sponsorsdk.sms.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.port.ActionPlanNotice;
import io.github.sponsorsdk.sms.core.port.ActionPlanState;
import io.github.sponsorsdk.sms.core.port.AllocationRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkStatus;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Home Office side and the control API of issue 11's operations over HTTP: licence renewal granted with its new
 * expiry date, a rejection, an action plan from issue to upgrade, surrender, the last log-in, and the problems (404
 * for an unknown casework reference, 409 for a decision the rules do not allow, 400 for a scenario that cannot be
 * built), each answered before anything changes.
 */
class HomeOfficeOverHttpTest {
  private static final ObjectMapper JSON = SmsServer.mapper();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private HttpFixture fixture;
  private InMemorySms sms;

  private HttpFixture on(LocalDate day) {
    sms = InMemorySms.builder().startingOn(day).passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    fixture = new HttpFixture(sms);
    return fixture;
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private record Reply(int status, String type, JsonNode json) {}

  private Reply call(String method, String path, Object body) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(fixture.port().uri().resolve(path)).timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
        .header("Content-Type", "application/json").build();
    HttpResponse<byte[]> a = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
    return new Reply(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""),
        a.body().length == 0 ? JSON.nullNode() : JSON.readTree(a.body()));
  }

  private SessionToken sponsor(Map<String, Object> scenario) {
    JsonNode g = fixture.grant(scenario);
    return fixture.signIn(SmsUserId.of(g.get("level1").asText()));
  }

  @Test
  void aRenewalIsGrantedWithItsNewExpiryAndAPlainApprovalIsAConflict() throws Exception {
    on(LocalDate.of(2023, 11, 3));
    SessionToken t = sponsor(Map.of("kind", "SKILLED_WORKER", "licenceNumber", "QHDGR001X",
        "expiresOn", "2024-02-01"));
    CaseworkRequest pending = fixture.port().applyForLicenceRenewal(t).orElseThrow();
    String casework = "api/home-office/casework/" + pending.reference();
    String before = sms.snapshotJson();

    Reply plain = call("POST", casework + "/approval", null);
    assertThat(plain.status()).as(plain.json().toString()).isEqualTo(409);
    assertThat(plain.type()).isEqualTo("application/problem+json");
    assertThat(plain.json().get("detail").asText()).contains("approveLicenceRenewal");
    assertThat(call("POST", casework + "/licence-renewal-approval", Map.of()).status()).isEqualTo(400);
    Reply unknown = call("POST", "api/home-office/casework/CW-NONE/licence-renewal-approval",
        Map.of("newExpiry", "2028-02-01"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(sms.snapshotJson()).as("no problem changed anything").isEqualTo(before);

    Reply granted = call("POST", casework + "/licence-renewal-approval", Map.of("newExpiry", "2028-02-01"));
    assertThat(granted.status()).as(granted.json().toString()).isEqualTo(200);
    assertThat(granted.json().get("status").asText()).isEqualTo("APPROVED");
    assertThat(call("GET", "api/control/licences/QHDGR001X", null).json().get("expiryDate").asText())
        .isEqualTo("2028-02-01");
    assertThat(fixture.port().requests(t).orElseThrow().get(0).status()).isEqualTo(CaseworkStatus.APPROVED);
  }

  @Test
  void anActionPlanGoesFromIssueToUpgradeOverHttp() throws Exception {
    on(LocalDate.of(2026, 3, 2));
    SessionToken t = sponsor(Map.of("kind", "SKILLED_WORKER", "licenceNumber", "QHDGR002X"));
    String licence = "api/home-office/licences/QHDGR002X";
    Reply aRated = call("POST", licence + "/action-plans", Map.of("nation", "ENGLAND_AND_WALES"));
    assertThat(aRated.status()).as("action plans follow a B-rating").isEqualTo(409);

    assertThat(call("PUT", licence + "/ratings", Map.of("category", "WORKER", "rating", "B")).status())
        .isEqualTo(200);
    Reply issued = call("POST", licence + "/action-plans", Map.of("nation", "ENGLAND_AND_WALES"));
    assertThat(issued.status()).as(issued.json().toString()).isEqualTo(201);
    ActionPlanNotice plan = JSON.treeToValue(issued.json(), ActionPlanNotice.class);
    assertThat(plan.payBy()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(fixture.port().actionPlans(t).orElseThrow()).containsExactly(plan);

    Reply none = call("GET", "api/licence/action-plans", null);
    assertThat(none.status()).as("no session").isEqualTo(401);
    assertThat(fixture.port().payActionPlan(t, "AP-NONE").decision().codes())
        .contains("testkit.NO_SUCH_ACTION_PLAN");
    assertThat(fixture.port().payActionPlan(t, plan.reference()).orElseThrow().state())
        .isEqualTo(ActionPlanState.IN_PROGRESS);
    assertThat(call("POST", "api/home-office/action-plans/AP-NONE/completion", Map.of("outcome", "COMPLETED_UPGRADE"))
        .status()).isEqualTo(404);
    assertThat(call("POST", "api/home-office/action-plans/" + plan.reference() + "/completion",
        Map.of("outcome", "PAY")).status()).as("the sponsor's act, not the Home Office's").isEqualTo(400);
    Reply done = call("POST", "api/home-office/action-plans/" + plan.reference() + "/completion",
        Map.of("outcome", "COMPLETED_UPGRADE"));
    assertThat(done.status()).as(done.json().toString()).isEqualTo(200);
    assertThat(done.json().get("state").asText()).isEqualTo("COMPLETED_UPGRADED");
    assertThat(sms.licence(SponsorLicenceNumber.of("QHDGR002X")).orElseThrow().ratings())
        .containsEntry(RouteCategory.WORKER, Rating.A);
    assertThat(call("GET", licence + "/action-plans", null).json().get(0).get("state").asText())
        .isEqualTo("COMPLETED_UPGRADED");
    assertThat(call("GET", "api/control/licences/QHDGR002X/last-log-in", null).json().get("lastLogIn").asText())
        .isEqualTo("2026-03-02");
  }

  @Test
  void aRejectedRequestIsFinalAndASurrenderedLicenceEndsItsSessions() throws Exception {
    on(LocalDate.of(2026, 3, 2));
    SessionToken t = sponsor(Map.of("kind", "SKILLED_WORKER", "licenceNumber", "QHDGR003X"));
    CaseworkRequest pending = fixture.port().requestAllocationIncrease(t, AllocationRequest.builder()
        .route(Route.SKILLED_WORKER).number(3).justification("New contract").build()).orElseThrow();
    Reply rejected = call("POST", "api/home-office/casework/" + pending.reference() + "/rejection", null);
    assertThat(rejected.status()).as(rejected.json().toString()).isEqualTo(200);
    assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
    assertThat(call("POST", "api/home-office/casework/" + pending.reference() + "/rejection", null).status())
        .as("already decided").isEqualTo(409);
    assertThat(fixture.port().requests(t).orElseThrow().get(0).status()).isEqualTo(CaseworkStatus.REJECTED);

    assertThat(call("PUT", "api/home-office/licences/QHDGR003X/status", Map.of("status", "SURRENDERED")).status())
        .isEqualTo(200);
    var after = fixture.port().users(t);
    assertThat(after.isRefused()).as("the session ended with the licence: %s", after.decision()).isTrue();
  }

  @Test
  void aScenarioThatCannotBeBuiltIsA400AndGrantsNothing() throws Exception {
    on(LocalDate.of(2026, 3, 2));
    Reply noRoute = call("POST", "api/control/scenarios/sponsors", Map.of("kind", "EMPTY", "allocation", 3));
    assertThat(noRoute.status()).isEqualTo(400);
    Reply noRating = call("POST", "api/control/scenarios/sponsors", Map.of("kind", "EMPTY",
        "route", "GBM_UK_EXPANSION_WORKER"));
    assertThat(noRating.status()).isEqualTo(400);
    assertThat(noRating.json().get("detail").asText()).contains("rating");
    Reply provisional = call("POST", "api/control/scenarios/sponsors", Map.of("kind", "EMPTY",
        "licenceNumber", "QHDGR004X", "route", "GBM_UK_EXPANSION_WORKER", "rating", "PROVISIONAL", "allocation", 1));
    assertThat(provisional.status()).as(provisional.json().toString()).isEqualTo(201);
    assertThat(sms.licences()).hasSize(1);
    assertThat(sms.licences().get(0).ratings()).containsEntry(RouteCategory.WORKER, Rating.PROVISIONAL);
  }
}
