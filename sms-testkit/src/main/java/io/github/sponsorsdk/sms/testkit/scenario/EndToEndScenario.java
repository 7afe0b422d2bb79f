package io.github.sponsorsdk.sms.testkit.scenario;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.rules.certificate.ApplicationDecision;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A sponsor's first months on the in-memory SMS, end to end through the port and the Home Office side, every
 * decision taken by sms-rules: licence granted, first log-in and password change, a board message read, a Level 2
 * user created and a Level 1 user requested and approved, CoS created and assigned until the allocation runs out,
 * one used in a granted application, an absence reported late (the duty goes overdue on the clock), an unused CoS
 * expiring. {@link #run()} returns the story as lines, for a main job or a smoke test to print.
 */
public final class EndToEndScenario {
  private final InMemorySms sms;
  private final List<String> lines = new ArrayList<>();

  /**
   * A scenario played on {@code sms}.
   *
   * @param sms a fresh fake
   */
  public EndToEndScenario(InMemorySms sms) {
    this.sms = sms;
  }

  /** {@return a fresh fake on Monday 5 January 2026 with fast password hashing} */
  public static EndToEndScenario fresh() {
    return new EndToEndScenario(InMemorySms.builder().startingOn(LocalDate.of(2026, 1, 5))
        .passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build());
  }

  /** {@return the fake the scenario plays on} */
  public InMemorySms sms() {
    return sms;
  }

  private void say(String text) {
    lines.add(sms.clock().today() + "  " + text);
  }

  private static String codes(SmsResult<?> r) {
    return (r.isAllowed() ? "allowed" : "refused") + " " + r.decision().codes();
  }

  /**
   * Plays the story and returns it, one line per step, then the counts of what the fake recorded.
   *
   * @return the story, one line per step, then the counts
   */
  public List<String> run() {
    Sponsor sponsor = Scenarios.skilledWorkerSponsor().allocation(Route.SKILLED_WORKER, 3).grant(sms);
    say("Licence " + sponsor.licenceNumber() + " granted (A-rated, Skilled Worker, 3 CoS); user ID posted to the AO, "
        + "password emailed");
    SmsResult<LogIn> first = sms.logIn(sponsor.level1(), sponsor.initialPassword().toCharArray());
    say("First log-in: " + codes(first));
    SessionToken t = sponsor.signIn();
    say("Password changed to one meeting the Guide 1 policy");

    sms.homeOffice().postMessage(BoardMessage.builder().id("2026-01-05-01").publishedOn(sms.clock().today())
        .text("THIS MESSAGE IS FOR THE ATTENTION OF ALL SPONSORS: review your licence details regularly.").build());
    SmsResult<LogIn> again = sms.logIn(sponsor.level1(), Sponsor.PASSWORD.toCharArray());
    t = again.orElseThrow().session();
    say("Log-in shows " + again.orElseThrow().messages().size() + " board message; licence summary before reading: "
        + codes(sms.licenceSummary(t)));
    sms.confirmMessagesRead(t);
    say("Messages confirmed; licence summary: " + codes(sms.licenceSummary(t)));

    UserProfile john = UserProfile.builder().title("Mr").forenames("John").surname("Smith")
        .email("john@sponsororg.com").position("Training Lead").workAddress(SponsorScenario.defaultAddress())
        .settledWorker(true).build();
    SmsUser level2 = sms.createLevel2User(t, john).orElseThrow();
    say("Level 2 user " + level2.userId() + " created: " + level2.status().label());
    SmsResult<SmsUser> requested = sms.requestLevel1User(t, SponsorScenario.defaultFirstUser()
        .withForenames("Dana").withEmail("dana@sponsororg.com")
        .withNinoDeclaration(io.github.sponsorsdk.sms.core.user.NinoDeclaration.of(
            io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber.of("AB123456C"))));
    say("Level 1 user requested: " + codes(requested));
    sms.homeOffice().pendingCasework().forEach(c -> sms.homeOffice().approve(c.request().reference()));
    say("Home Office approved the request: " + sms.user(requested.orElseThrow().userId()).orElseThrow().status()
        .label());

    List<CosNumber> assigned = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      Certificate c = sms.create(t, Drafts.skilledWorker("P0000" + i)).orElseThrow();
      SmsResult<Certificate> r = sms.assign(t, c.number().orElseThrow());
      r.value().ifPresent(x -> assigned.add((CosNumber) x.number().orElseThrow()));
      say("CoS " + c.number().orElseThrow() + " assign: " + codes(r) + r.decision().refusals().stream()
          .map(x -> " \"" + x.message() + "\"").collect(Collectors.joining()));
    }
    SessionToken l2 = sponsor.signIn(level2.userId());
    say("Level 2 user views the Level 1 user's CoS: " + codes(sms.view(l2, assigned.get(0))));

    sms.homeOffice().recordUse(assigned.get(0));
    sms.homeOffice().decideApplication(assigned.get(0), ApplicationDecision.GRANTED);
    say("CoS " + assigned.get(0) + " used in an application, granted");

    sms.clock().advanceTo(LocalDate.of(2026, 2, 2));
    WorkerUnauthorisedAbsence absence = WorkerUnauthorisedAbsence.builder().cos(assigned.get(0))
        .reference("EMP-00001").occurredOn(LocalDate.of(2026, 2, 2)).consecutiveWorkingDaysAbsent(11).build();
    sms.recordOccurrence(sponsor.licenceNumber(), absence, UkNation.ENGLAND_AND_WALES);
    Duty duty = sms.duties(sponsor.licenceNumber()).get(0);
    say("Absence recorded by the HR system: duty " + duty.rule().id() + " " + duty.status() + " by "
        + duty.dueDate().map(LocalDate::toString).orElse("-"));
    sms.clock().advanceTo(duty.dueDate().orElseThrow().plusDays(1));
    say("Clock passes the due date: duty " + sms.duties(sponsor.licenceNumber()).get(0).status());
    SessionToken late = sponsor.signIn();
    say("Reported late: " + codes(sms.reportActivity(late, absence)) + "; duty now "
        + sms.duties(sponsor.licenceNumber()).get(0).status());

    sms.clock().advance(Duration.ofDays(60));
    say("Two months on: " + sms.certificates(sponsor.licenceNumber()).stream()
        .map(c -> c.number().orElseThrow() + "=" + c.status()).collect(Collectors.joining(", ")));

    Map<String, Long> events = sms.events().stream()
        .collect(Collectors.groupingBy(e -> e.kind().name(), TreeMap::new, Collectors.counting()));
    lines.add("Events: " + events);
    lines.add("Emails: " + sms.outbox().size() + ", audit entries: " + sms.auditTrail().size()
        + ", snapshot JSON: " + sms.snapshotJson().length() + " characters");
    return List.copyOf(lines);
  }
}
