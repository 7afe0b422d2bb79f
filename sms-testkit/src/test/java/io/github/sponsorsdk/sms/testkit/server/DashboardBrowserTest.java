package io.github.sponsorsdk.sms.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.internal.PasswordHasher;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: headless Chromium driven by Selenium's ChromeDriver (the Debian packages
 * {@code chromium} and {@code chromium-driver}). A person keeps the page open while a sponsor works, and sees the
 * licence appear, a certificate go from {@code CREATED} to {@code ASSIGNED} and a duty fall overdue, without
 * reloading; a hostile name shows as text and runs nothing.
 *
 * <p>Without Chromium the tests are skipped with an assumption that says so, unless the environment variable
 * {@value #REQUIRED} is {@code true} (as {@code .ci/run} sets it, after installing the packages): then a missing
 * browser fails the build. Paths: {@code -Dsms.chromium=} and {@code -Dsms.chromedriver=} (default {@code /usr/bin}).
 * Every wait is explicit and bounded; each test has a time limit.
 */
@Timeout(120)
class DashboardBrowserTest {
  /** The environment variable that makes a missing browser a failure. */
  static final String REQUIRED = "SMS_BROWSER_REQUIRED";
  private static final Path CHROMIUM = Path.of(System.getProperty("sms.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("sms.chromedriver", "/usr/bin/chromedriver"));
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static WebDriver browser;
  /** Why the browser could not start (reported on every test, as its skip reason). */
  private static String missing = "";
  private static Path profile;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private InMemorySms sms;
  private SmsServer server;

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean present = Stream.of(CHROMIUM, CHROMEDRIVER)
        .allMatch(p -> Files.isRegularFile(p) && Files.isExecutable(p));
    if (!present) {
      String why = "no Chromium here (" + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium "
          + "chromium-driver; .ci/run installs them";
      if ("true".equalsIgnoreCase(System.getenv(REQUIRED))) {
        Assertions.fail(REQUIRED + "=true but " + why);
      }
      missing = "the dashboard's browser test is skipped: " + why;
      return;
    }
    profile = Files.createTempDirectory("sms-dashboard-chromium");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().withTimeout(Duration.ofSeconds(30)).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile);
    options.setPageLoadTimeout(Duration.ofSeconds(30));
    options.setScriptTimeout(Duration.ofSeconds(10));
    options.setImplicitWaitTimeout(Duration.ZERO);
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @BeforeEach
  void startServer() {
    Assumptions.assumeTrue(browser != null, missing);
    sms = InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 20))
        .passwordIterations(PasswordHasher.FAST_TEST_ITERATIONS).build();
    server = SmsServer.start(sms, 0);
  }

  /** Keeps what the browser showed last, for a person reading a failed build: target/dashboard-<test>.png. */
  @AfterEach
  void stopServer(TestInfo test) throws IOException {
    if (server == null) {
      return;
    }
    try {
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(Path.of("target", "dashboard-" + test.getTestMethod().orElseThrow().getName() + ".png"), png);
    } finally {
      server.close();
    }
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, WAIT, Duration.ofMillis(100));
  }

  /** The text a person reads in {@code column} of the table row matching {@code row}, once it is {@code text}. */
  private void waitForCell(String row, String column, String text) {
    waiting().withMessage(row + " " + column + " showing '" + text + "'").until(ExpectedConditions
        .textToBe(By.cssSelector(row + " td." + column), text));
  }

  private HttpResponse<String> post(String path, String json, SessionToken session) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (session != null) {
      b.header("Authorization", "Bearer " + session.value());
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aPersonWatchesACertificateGoFromCreatedToAssignedAndTheHostileNameStaysText() throws Exception {
    browser.get(server.uri().toString());
    assertThat(browser.getTitle()).isEqualTo("In-memory SMS");
    assertThat(browser.findElement(By.id("no-licences")).getText()).startsWith("No licence yet");
    // The page's own style applies: the Content Security Policy's hash of it is right.
    assertThat(((JavascriptExecutor) browser).executeScript(
        "return getComputedStyle(document.body).marginLeft")).isEqualTo("28px");

    Sponsor sponsor = Scenarios.skilledWorkerSponsor().organisation(DashboardPageTest.HOSTILE_ORGANISATION)
        .allocation(Route.SKILLED_WORKER, 2).grant(sms);
    String licence = "section[data-licence='" + sponsor.licenceNumber().value() + "']";
    // No reload from here on: the page's script brings every change in.
    waiting().withMessage("the granted licence appears").until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(licence)));
    assertThat(browser.findElement(By.cssSelector(licence + " .organisation")).getText())
        .isEqualTo(DashboardPageTest.HOSTILE_ORGANISATION);
    assertThat(browser.findElements(By.cssSelector(licence + " h2 b"))).as("no markup from the name").isEmpty();

    SessionToken session = sponsor.signIn();
    Certificate created = sms.create(session, Drafts.skilledWorker("P1234567").withMigrant(
        Drafts.migrant("P1234567").withFamilyName(DashboardPageTest.HOSTILE_NAME))).orElseThrow();
    String row = licence + " tr[data-certificate='" + created.number().orElseThrow().value() + "']";
    waitForCell(row, "status", "CREATED");
    assertThat(browser.findElement(By.cssSelector(row + " td.assigned")).getText()).isEmpty();
    WebElement name = browser.findElement(By.cssSelector(row + " td.worker-or-student"));
    assertThat(name.getText()).isEqualTo("Chidi Daniel " + DashboardPageTest.HOSTILE_NAME);
    assertThat(name.findElements(By.tagName("img"))).as("the name made no element").isEmpty();

    // Assigned over HTTP, as a system under test in another process would.
    HttpResponse<String> assigned = post("api/certificates/" + created.number().orElseThrow().value()
        + "/assignment", "", session);
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    waitForCell(row, "status", "ASSIGNED");
    assertThat(browser.findElement(By.cssSelector(row + " td.assigned")).getText()).isEqualTo("2026-03-20");
    assertThat(browser.findElement(By.cssSelector(licence + " table.allocation td.remaining")).getText())
        .isEqualTo("1");
    waiting().withMessage("the assignment in the audit trail").until(ExpectedConditions
        .textToBePresentInElementLocated(By.cssSelector("table.audit"), "CERTIFICATE_ASSIGNED"));
    assertThat(browser.findElement(By.cssSelector("table.outbox")).getText())
        .contains(sms.outbox().all().get(0).to());

    assertThat(browser.getTitle()).as("no script ran from a name").isEqualTo("In-memory SMS");
    assertThat(alertOpen()).as("no alert opened").isFalse();
  }

  @Test
  void aDutyShowsTheDueDateTheRulesComputedAndFallsOverdueWhenTimeMoves() throws Exception {
    Sponsor sponsor = Scenarios.skilledWorkerSponsor().grant(sms);
    sms.recordOccurrence(sponsor.licenceNumber(), WorkerUnauthorisedAbsence.builder().cos(CosNumber.of("C2G7H9K3"))
        .reference("EMP-00042").occurredOn(LocalDate.of(2026, 3, 2)).consecutiveWorkingDaysAbsent(11).build(),
        UkNation.SCOTLAND);
    Duty duty = sms.duties(sponsor.licenceNumber()).get(0);
    LocalDate due = duty.dueDate().orElseThrow();
    browser.get(server.uri().toString());
    String row = "tr[data-duty='" + duty.id() + "']";
    waitForCell(row, "due", due.toString());
    waitForCell(row, "status", "DUE");
    assertThat(browser.findElement(By.cssSelector(row + " td.reference")).getText()).isEqualTo("EMP-00042");

    HttpResponse<String> moved = post("api/control/clock/advance", "{\"toDay\":\"" + due.plusDays(1) + "\"}", null);
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    waitForCell(row, "status", "OVERDUE");
    assertThat(browser.findElement(By.id("sms-today")).getText()).isEqualTo(due.plusDays(1).toString());
  }

  private static boolean alertOpen() {
    try {
      browser.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }
}
