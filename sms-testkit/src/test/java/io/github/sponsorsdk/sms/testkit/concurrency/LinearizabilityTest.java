package io.github.sponsorsdk.sms.testkit.concurrency;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.port.AllocationRequest;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the in-memory SMS is linearizable. Lincheck runs concurrent assign, withdraw, allocation increase,
 * log-in, failed log-in and transfer on one sponsor and checks every result against some sequential order of the
 * same operations (the sequential specification is the fake itself, run one operation at a time). Results are what
 * a caller sees: allowed or refused, the reason codes, and the allocation an assignment leaves (so that a lost or
 * double-counted assignment shows). Bounded so that it runs in CI in well under a minute.
 *
 * <p>Stress mode (real threads). Lincheck's model checking cannot run this class yet: with 3.7 it stops with a
 * {@code NullPointerException} inside Lincheck ({@code SnapshotTracker.restoreValues}, restoring static memory
 * between invocations), whatever classes are excluded from analysis; see decision record 0630.
 */
@Param(name = "certificate", gen = IntGen.class, conf = "0:2")
public class LinearizabilityTest {
  private static final String LEVEL2_PASSWORD = "Level2!Pass2026x";

  private final InMemorySms sms;
  private final Sponsor sponsor;
  private final SessionToken level1;
  private final SmsUserId level2;
  private final List<CertificateNumber> certificates = new ArrayList<>();

  /** One sponsor, allocation 2, three CoS created, a Level 2 user with a chosen password. */
  public LinearizabilityTest() {
    sms = InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 2)).passwordIterations(1).build();
    sponsor = Scenarios.skilledWorkerSponsor().allocation(Route.SKILLED_WORKER, 2).grant(sms);
    level1 = sponsor.signIn();
    for (int i = 0; i < 3; i++) {
      certificates.add(sms.create(level1, Drafts.skilledWorker("P" + i)).orElseThrow().number().orElseThrow());
    }
    UserProfile john = SponsorScenario.defaultFirstUser().withForenames("John").withSurname("Smith")
        .withEmail("john@sponsororg.com");
    SmsUser user = sms.createLevel2User(level1, john).orElseThrow();
    level2 = user.userId();
    String emailed = sms.outbox().lastPasswordFor(level2).orElseThrow();
    SessionToken first = sms.logIn(level2, emailed.toCharArray()).orElseThrow().session();
    sms.changePassword(first, emailed.toCharArray(), LEVEL2_PASSWORD.toCharArray(), LEVEL2_PASSWORD.toCharArray());
    sms.logOut(first);
  }

  private String answer(SmsResult<?> r) {
    if (r.isRefused()) {
      return "refused " + r.decision().refusals().stream().map(Reason::code).sorted().collect(Collectors.toList());
    }
    String remaining = r.decision().reasons().stream().filter(x -> x.parameters().containsKey("remaining"))
        .map(x -> " remaining=" + x.parameters().get("remaining")).findFirst().orElse("");
    Object value = r.orElseThrow();
    String shown = value instanceof Certificate ? ((Certificate) value).status() + " owner="
        + (((Certificate) value).owner().equals(level2) ? "L2" : "L1") : "";
    return "allowed " + shown + remaining;
  }

  /** Assigns one of the three certificates (the allocation has two). */
  @Operation
  public String assign(@Param(name = "certificate") int i) {
    return answer(sms.assign(level1, certificates.get(i)));
  }

  /** Withdraws one of the three certificates (only an assigned one can be). */
  @Operation
  public String withdraw(@Param(name = "certificate") int i) {
    return answer(sms.withdraw(level1, certificates.get(i)));
  }

  /** Transfers one certificate to the Level 2 user. */
  @Operation
  public String transfer(@Param(name = "certificate") int i) {
    return answer(sms.transferOwnership(level1, certificates.get(i), level2));
  }

  /** Requests one more CoS and has the Home Office grant it. */
  @Operation
  public String increaseAllocation() {
    SmsResult<CaseworkRequest> asked = sms.requestAllocationIncrease(level1,
        AllocationRequest.builder().route(Route.SKILLED_WORKER).number(1)
            .justification("one more").build());
    if (asked.isRefused()) {
      return answer(asked);
    }
    sms.homeOffice().approve(asked.orElseThrow().reference());
    return "granted";
  }

  /** The Level 2 user logs in with the right password (refused once locked). */
  @Operation
  public String logIn() {
    return answer(sms.logIn(level2, LEVEL2_PASSWORD.toCharArray()));
  }

  /** The Level 2 user gets the password wrong (the third in a row locks the account). */
  @Operation
  public String failedLogIn() {
    return answer(sms.logIn(level2, "Wrong!Pass12345".toCharArray()));
  }

  @Test
  void stress() {
    new StressOptions().iterations(6).invocationsPerIteration(10).threads(2).actorsPerThread(3)
        .actorsBefore(1).actorsAfter(1).check(getClass());
  }
}
