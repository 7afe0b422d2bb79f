package io.github.sponsorsdk.sms.rules.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.password.PasswordParameters;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;

/** Manual 1, "Logging in and out of SMS": 20 minutes of inactivity; one instance of SMS at a time. */
class SessionEngineTest {

  static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
  static final SessionEngine ENGINE = SessionEngine.defaults();
  static final String USER = "MMdYyfNF";

  static Session started() {
    SessionOutcome r = ENGINE.start(Optional.empty(), USER, T0);
    assertThat(r.decision().reasons()).isEmpty();
    return r.session().orElseThrow();
  }

  @Test
  void theSessionExpiresAtExactlyTwentyMinutesOfInactivity() {
    // "SMS will log you out of your current session after 20 minutes of inactivity"
    Session s = started();
    assertThat(s.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(20)));
    assertThat(s.isExpired(T0.plus(Duration.ofMinutes(20)).minusNanos(1))).isFalse();
    assertThat(s.isExpired(T0.plus(Duration.ofMinutes(20)))).isTrue();
    SessionOutcome last = ENGINE.activity(s, T0.plus(Duration.ofMinutes(20)).minusNanos(1));
    assertThat(last.decision().isAllowed()).isTrue();
    SessionOutcome late = ENGINE.activity(s, T0.plus(Duration.ofMinutes(20)));
    assertThat(late.decision().codes()).containsExactly("session.SESSION_EXPIRED");
    assertThat(late.session()).isEmpty();
    assertThat(late.ended()).contains(s);
    assertThat(late.decision().reasons().get(0).parameters()).containsEntry("inactivityTimeoutMinutes", "20");
  }

  @Test
  void activityRestartsTheTwentyMinutes() {
    Session s = ENGINE.activity(started(), T0.plus(Duration.ofMinutes(15))).session().orElseThrow();
    assertThat(s.lastActivityAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(s.startedAt()).isEqualTo(T0);
    assertThat(ENGINE.activity(s, T0.plus(Duration.ofMinutes(35)).minusNanos(1)).session()).isPresent();
    assertThat(ENGINE.activity(s, T0.plus(Duration.ofMinutes(35))).session()).isEmpty();
  }

  @Test
  void aSecondLogInReplacesTheLiveSessionByDefault() {
    // "You MUST only have one instance (tab or window) of SMS open at any one time"
    Session first = started();
    Instant later = T0.plus(Duration.ofMinutes(5));
    SessionOutcome second = ENGINE.start(Optional.of(first), USER, later);
    assertThat(second.decision().isAllowed()).isTrue();
    assertThat(second.decision().codes()).containsExactly("session.SESSION_REPLACED");
    assertThat(second.decision().reasons().get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(second.ended()).contains(first);
    assertThat(second.session().orElseThrow().startedAt()).isEqualTo(later);
  }

  @Test
  void anExpiredSessionIsSimplyDroppedAtTheNextLogIn() {
    Session first = started();
    SessionOutcome r = ENGINE.start(Optional.of(first), USER, first.expiresAt());
    assertThat(r.decision().reasons()).isEmpty();
    assertThat(r.ended()).contains(first);
    assertThat(r.session()).isPresent();
  }

  @Test
  void theStrictReadingRefusesASecondLogInUntilTheFirstEnds() {
    SessionParameters strict = SessionParameters.builder().from(SessionParameters.defaults())
        .secondLogIn(DateEffective.of("session.secondLogIn", PasswordParameters.MANUAL_1_KNOWN_FROM,
            SecondLogIn.REFUSE_NEW, Citation.of(Source.CALLER_DOCUMENT, "test: " + "strict", LocalDate.of(2020, 1, 1))))
        .build();
    SessionEngine engine = SessionEngine.of(strict);
    Session first = engine.start(Optional.empty(), USER, T0).session().orElseThrow();
    SessionOutcome refused = engine.start(Optional.of(first), USER, first.expiresAt().minusNanos(1));
    assertThat(refused.decision().codes()).containsExactly("session.SESSION_ALREADY_OPEN");
    assertThat(refused.decision().isRefused()).isTrue();
    assertThat(refused.session()).contains(first);
    assertThat(refused.ended()).isEmpty();
    assertThat(engine.start(Optional.of(first), USER, first.expiresAt()).decision().isAllowed()).isTrue();
  }

  @Test
  void misuseIsAProgrammingErrorNotADecision() {
    Session s = started();
    assertThatThrownBy(() -> ENGINE.start(Optional.of(s), "yAy9d5dp", T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.touch(T0.minusNanos(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.touch(s.expiresAt())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Session.builder().userId(USER).startedAt(T0).lastActivityAt(T0.minusSeconds(1))
        .inactivityTimeout(Duration.ZERO).build())
        .hasMessageContaining("lastActivityAt").hasMessageContaining("inactivityTimeout");
  }

  @Test
  void valuesRoundTripThroughJson() {
    Session s = started();
    assertThat(Json.roundTrip(s, Session.class)).isEqualTo(s);
    SessionOutcome r = ENGINE.activity(s, s.expiresAt());
    assertThat(Json.roundTrip(r, SessionOutcome.class)).isEqualTo(r);
    assertThat(Json.roundTrip(SessionParameters.defaults(), SessionParameters.class)).isEqualTo(SessionParameters.defaults());
  }

  /** Generated gaps between activities (fixed seed): a step succeeds exactly when the gap is under 20 minutes. */
  static class Gap {
    long millis;
  }

  @Test
  void generatedActivityKeepsTheSessionExactlyWhileGapsStayUnderTheTimeout() {
    List<Gap> gaps = Instancio.ofList(Gap.class).size(5_000).withSeed(2_026L)
        .generate(field(Gap.class, "millis"), g -> g.oneOf(0L, 1L, 60_000L, 1_199_999L, 1_200_000L, 1_200_001L,
            600_000L, 900_000L))
        .create();
    Optional<Session> live = Optional.of(started());
    Instant at = T0;
    int expiries = 0;
    for (Gap gap : gaps) {
      at = at.plusMillis(gap.millis);
      if (live.isEmpty()) {
        live = ENGINE.start(Optional.empty(), USER, at).session();
        continue;
      }
      SessionOutcome r = ENGINE.activity(live.get(), at);
      boolean underTimeout = Duration.between(live.get().lastActivityAt(), at).compareTo(Duration.ofMinutes(20)) < 0;
      assertThat(r.session().isPresent()).as("gap %d ms at %s", gap.millis, at).isEqualTo(underTimeout);
      r.session().ifPresent(s -> assertThat(s.expiresAt()).isAfter(s.lastActivityAt()));
      expiries += underTimeout ? 0 : 1;
      live = r.session();
    }
    assertThat(expiries).isGreaterThan(100);
  }
}
