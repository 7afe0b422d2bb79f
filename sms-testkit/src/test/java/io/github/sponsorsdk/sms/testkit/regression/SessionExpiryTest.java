package io.github.sponsorsdk.sms.testkit.regression;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.rules.session.SessionReasonCode;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.SessionReason;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, defect 10: a session that timed out is answered with the session engine's {@code SESSION_EXPIRED}
 * (Manual 1: logged out after 20 minutes of inactivity), not the fake's {@code NO_SESSION}.
 */
class SessionExpiryTest {

  @Test
  void aTimedOutSessionIsAnsweredSessionExpired() {
    InMemorySms sms = Fakes.fast();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken t = s.signIn();
    sms.clock().advance(Duration.ofMinutes(20));
    var answer = sms.licenceSummary(t);
    assertThat(answer.isRefused()).isTrue();
    assertThat(answer.decision().codes()).containsExactly("session.SESSION_EXPIRED")
        .doesNotContain(SessionReason.NO_SESSION.code());
    assertThat(answer.decision().has(SessionReasonCode.SESSION_EXPIRED)).isTrue();
    // A new log-in opens a new session as usual.
    assertThat(sms.licenceSummary(s.signIn()).isAllowed()).isTrue();
  }

  @Test
  void aSessionJustShortOfTheTimeoutIsStillLive() {
    InMemorySms sms = Fakes.fast();
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken t = s.signIn();
    sms.clock().advance(Duration.ofMinutes(19).plusSeconds(59));
    assertThat(sms.licenceSummary(t).isAllowed()).isTrue();
  }
}
