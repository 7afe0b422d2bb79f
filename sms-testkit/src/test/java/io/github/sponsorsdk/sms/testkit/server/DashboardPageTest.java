package io.github.sponsorsdk.sms.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.server.internal.Html;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's HTML over HTTP, without a browser (the browser's view is {@code DashboardBrowserTest}): what it
 * shows, that sponsor-entered text is escaped, that its fingerprint moves with the state only, and that its Content
 * Security Policy names exactly the page's own script and style.
 */
class DashboardPageTest {
  static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
  static final String HOSTILE_ORGANISATION = "Tom & Jerry's \"Cheese\" <b>Ltd</b>";
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private InMemorySms sms;
  private SmsServer server;

  @BeforeEach
  void start() {
    sms = InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 20))
        .passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    server = SmsServer.start(sms, 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String method) throws Exception {
    return client.send(HttpRequest.newBuilder(server.uri()).method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String state(String page) {
    Matcher m = Pattern.compile("<body data-state=\"([0-9a-f]{32})\">").matcher(page);
    assertThat(m.find()).as("body carries the state fingerprint").isTrue();
    return m.group(1);
  }

  @Test
  void thePageShowsLicenceUsersCertificatesAllocationDutiesOutboxAndAuditWithNamesEscaped() throws Exception {
    HttpResponse<String> empty = get("GET");
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(empty.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(empty.body()).startsWith("<!DOCTYPE html>").contains("id=\"no-licences\"");

    Sponsor sponsor = Scenarios.skilledWorkerSponsor().organisation(HOSTILE_ORGANISATION).allocation(
        io.github.sponsorsdk.sms.core.route.Route.SKILLED_WORKER, 3).grant(sms);
    var session = sponsor.signIn();
    Certificate created = sms.create(session, Drafts.skilledWorker("P1234567").withMigrant(
        Drafts.migrant("P1234567").withFamilyName(HOSTILE_NAME))).orElseThrow();
    String number = created.number().orElseThrow().value();
    sms.assign(session, created.number().orElseThrow()).orElseThrow();
    sms.recordOccurrence(sponsor.licenceNumber(), WorkerUnauthorisedAbsence.builder().cos(CosNumber.of("C2G7H9K3"))
        .reference("EMP-00042").occurredOn(LocalDate.of(2026, 3, 2)).consecutiveWorkingDaysAbsent(11).build(),
        UkNation.SCOTLAND);
    Duty duty = sms.duties(sponsor.licenceNumber()).get(0);

    String page = get("GET").body();
    assertThat(page).doesNotContain("no-licences")
        .contains("data-licence=\"" + sponsor.licenceNumber().value() + "\"")
        .contains(sponsor.level1().value())
        .contains("<tr data-certificate=\"" + number + "\">")
        .contains("<td class=\"status\">ASSIGNED</td>")
        .contains("<td class=\"granted\">3</td><td class=\"used\">1</td><td class=\"remaining\">2</td>")
        .contains("<tr data-duty=\"" + Html.escape(duty.id()) + "\">")
        .contains("<td class=\"due\">" + duty.dueDate().orElseThrow() + "</td>")
        .contains("<section id=\"outbox\">").contains(Html.escape(sponsor.initialPassword()))
        .contains("<section id=\"audit\">").contains("CERTIFICATE_ASSIGNED");
    // Sponsor-entered text is text, never markup.
    assertThat(page).as("certificate name escaped")
        .contains("<td class=\"worker-or-student\">Chidi Daniel &lt;img src=x onerror=alert(1)&gt;</td>")
        .doesNotContain(HOSTILE_NAME)
        .as("organisation escaped").contains("Tom &amp; Jerry&#39;s &quot;Cheese&quot; &lt;b&gt;Ltd&lt;/b&gt;")
        .doesNotContain("<b>Ltd</b>");
  }

  @Test
  void theFingerprintMovesWithTheStateAndOnlyWithIt() throws Exception {
    String first = state(get("GET").body());
    assertThat(state(get("GET").body())).as("nothing changed").isEqualTo(first);
    Scenarios.skilledWorkerSponsor().grant(sms);
    String granted = state(get("GET").body());
    assertThat(granted).isNotEqualTo(first);
    sms.clock().advance(Duration.ofMinutes(5));
    assertThat(state(get("GET").body())).as("the SMS time is on the page").isNotEqualTo(granted);
  }

  @Test
  void theContentSecurityPolicyAllowsExactlyThePagesOwnScriptAndStyle() throws Exception {
    String page = get("GET").body();
    String script = between(page, "<script>", "</script>");
    String style = between(page, "<style>", "</style>");
    String policy = Html.escape("default-src 'none'; script-src " + Html.hashSource(script) + "; style-src "
        + Html.hashSource(style) + "; connect-src 'self'; base-uri 'none'; form-action 'none'");
    assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">");
    assertThat(page.indexOf("Content-Security-Policy")).as("the policy comes before the script")
        .isLessThan(page.indexOf("<script>"));
  }

  @Test
  void onlyGetIsAllowedAndTheRouteIsInTheRouteTable() throws Exception {
    HttpResponse<String> post = get("POST");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    assertThat(server.routes()).contains("GET /");
  }

  @Test
  void escapingReplacesTheFiveCharactersAndNothingElse() {
    assertThat(Html.escape("plain text, £ and é")).isEqualTo("plain text, £ and é");
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(Html.escape("")).isEmpty();
    assertThat(Html.escape("&amp;")).as("escaped once more, not taken as a reference").isEqualTo("&amp;amp;");
  }

  private static String between(String text, String open, String close) {
    int start = text.indexOf(open) + open.length();
    return text.substring(start, text.indexOf(close, start));
  }
}
