package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, defect 7: log-in and password reset do the same hashing work whether or not the user ID exists (and
 * whether or not the email matches), so their timing reveals nothing. Counted through the hasher's derivation
 * counter, never timed.
 */
class EqualWorkTest {

  private static InMemorySms fake() {
    return InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 2))
        .passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build();
  }

  private static long derivationsOf(InMemorySms sms, Runnable call) {
    long before = sms.hasher().derivations();
    call.run();
    return sms.hasher().derivations() - before;
  }

  @Test
  void logInHashesAsMuchForAnUnknownUserIdAsForAWrongPassword() {
    InMemorySms sms = fake();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    long known = derivationsOf(sms, () -> sms.logIn(s.level1(), "Wrong!Pass1234".toCharArray()));
    long unknown = derivationsOf(sms, () -> sms.logIn(SmsUserId.of("nobodyHere1"), "Wrong!Pass1234".toCharArray()));
    assertThat(known).isPositive();
    assertThat(unknown).isEqualTo(known);
    // With a trailing space the fake also checks the stripped password (Guide 1's hint): the same for both.
    long knownSpace = derivationsOf(sms, () -> sms.logIn(s.level1(), "Wrong!Pass1234 ".toCharArray()));
    long unknownSpace = derivationsOf(sms, () -> sms.logIn(SmsUserId.of("nobodyHere1"),
        "Wrong!Pass1234 ".toCharArray()));
    assertThat(unknownSpace).isEqualTo(knownSpace);
  }

  @Test
  void aUserWithoutAPasswordYetCostsTheSameAsOneWithAWrongPassword() {
    InMemorySms sms = fake();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    var t = s.signIn();
    var requested = sms.requestLevel1User(t, io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario
        .defaultFirstUser().withForenames("Dana").withEmail("dana@sponsororg.com")
        .withNinoDeclaration(io.github.sponsorsdk.sms.core.user.NinoDeclaration.of(
            io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber.of("AB123456C")))).orElseThrow();
    long noPassword = derivationsOf(sms, () -> sms.logIn(requested.userId(), "Wrong!Pass1234".toCharArray()));
    long wrong = derivationsOf(sms, () -> sms.logIn(s.level1(), "Wrong!Pass1234".toCharArray()));
    assertThat(noPassword).isEqualTo(wrong).isPositive();
  }

  @Test
  void passwordResetHashesAsMuchWhetherOrNotTheDetailsMatch() {
    InMemorySms sms = fake();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    Supplier<Long> matching = () -> derivationsOf(sms,
        () -> sms.requestPasswordReset(s.level1(), "floyd.rose@sponsororg.com"));
    long wrongEmail = derivationsOf(sms, () -> sms.requestPasswordReset(s.level1(), "someone@else.example"));
    long unknownUser = derivationsOf(sms, () -> sms.requestPasswordReset(SmsUserId.of("nobodyHere1"),
        "floyd.rose@sponsororg.com"));
    long match = matching.get();
    assertThat(match).isPositive();
    assertThat(wrongEmail).isEqualTo(match);
    assertThat(unknownUser).isEqualTo(match);
  }
}
