package io.github.sponsorsdk.sms.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.rules.login.LoginEngine;
import io.github.sponsorsdk.sms.rules.login.LoginParameters;
import io.github.sponsorsdk.sms.testkit.HomeOffice;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The declarative form: {@code @SmsTest} settings, parameter injection and a configurer reaching the builder. */
@SmsTest(startingOn = "2026-03-02", seed = 7, configure = SmsTestAnnotationTest.TwentyMinuteLockout.class,
    sponsor = SponsorSetup.Student.class, failOn = AfterEachCheck.FAILED_CALLS)
class SmsTestAnnotationTest {

  /** Manual 1, "User ID and password": "try again after 20 minutes". */
  public static final class TwentyMinuteLockout implements SmsConfigurer {
    @Override
    public void configure(InMemorySms.Builder builder) {
      builder.login(LoginEngine.of(LoginParameters.twentyMinuteLockout()));
    }
  }

  @Test
  void theFakeStartsOnTheDayGivenWithTheSeedGiven(InMemorySms sms, SmsTestClock clock, HomeOffice homeOffice) {
    assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(sms.clock()).isSameAs(clock);
    assertThat(sms.homeOffice()).isSameAs(homeOffice);
    assertThat(sms.seed()).isEqualTo(7);
    assertThat(sms.passwordIterations()).isEqualTo(InMemorySms.FAST_TEST_ITERATIONS);
  }

  @Test
  void theInjectedSponsorIsTheOneAskedForAndTheConfigurerReachedTheLoginEngine(InMemorySms sms, Sponsor sponsor) {
    assertThat(sponsor.licence().routes()).extracting(Enum::name).containsExactly("STUDENT");
    for (int i = 0; i < 3; i++) {
      sms.logIn(sponsor.level1(), "Wrong!Pass1234".toCharArray());
    }
    assertThat(sms.accountState(sponsor.level1()).orElseThrow().lockedUntil())
        .contains(sms.clock().instant().plus(Duration.ofMinutes(20)));
  }
}
