package io.github.sponsorsdk.sms.rules.session;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * SMS sessions as pure functions: one live session per user, logged out after the inactivity timeout.
 *
 * <pre>{@code
 * SessionEngine sessions = SessionEngine.defaults();
 * SessionOutcome s = sessions.start(Optional.empty(), "kkNqt5v4", loggedInAt);
 * SessionOutcome later = sessions.activity(s.session().orElseThrow(), loggedInAt.plus(Duration.ofMinutes(20)));
 * later.decision().has(SessionReasonCode.SESSION_EXPIRED);   // true: exactly 20:00 of inactivity
 * }</pre>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link SessionParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(SessionParameters)} takes other parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code start} and {@code activity} (the SMS session steps) return a {@code SessionOutcome} with the
 * live session afterwards.
 */
public final class SessionEngine {

  private final SessionParameters parameters;

  private SessionEngine(SessionParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return an engine with today's guidance: 20 minutes of inactivity, one session per user} */
  public static SessionEngine defaults() {
    return new SessionEngine(SessionParameters.defaults());
  }

  /**
   * {@return an engine with {@code parameters}}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static SessionEngine of(SessionParameters parameters) {
    return new SessionEngine(parameters);
  }

  /** {@return the parameters in use} */
  public SessionParameters parameters() {
    return parameters;
  }

  /**
   * Starts a session for {@code userId} at {@code at}, after a successful log-in. {@code current} is the user's
   * session as the caller holds it: a live one is replaced ({@code SESSION_REPLACED}, the default) or, under
   * {@link SecondLogIn#REFUSE_NEW}, kept and the new log-in refused ({@code SESSION_ALREADY_OPEN}); an expired one
   * is simply dropped.
   *
   * @throws IllegalArgumentException when {@code current} belongs to another user
   * @param current the user's session, if the caller holds one
   * @param userId the user
   * @param at the instant of the log-in
   * @return the new session, and the replaced one if any
   */
  public SessionOutcome start(Optional<Session> current, String userId, Instant at) {
    Objects.requireNonNull(userId, "userId");
    current.ifPresent(c -> {
      if (!c.userId().equals(userId)) {
        throw new IllegalArgumentException("the current session belongs to another user");
      }
    });
    LocalDate day = at.atZone(parameters.zone()).toLocalDate();
    Duration timeout = parameters.inactivityTimeout().on(day);
    Optional<Session> live = current.filter(c -> !c.isExpired(at));
    Session fresh = Session.start(userId, at, timeout);
    if (live.isEmpty()) {
      return SessionOutcome.builder().session(fresh).ended(current).decision(Decision.allowed()).build();
    }
    DatedValue<SecondLogIn> rule = parameters.secondLogIn().versionOn(day);
    if (rule.value() == SecondLogIn.REFUSE_NEW) {
      return SessionOutcome.builder().session(live).decision(Decision.of(
          SessionReasonCode.SESSION_ALREADY_OPEN.reason(Map.of("expiresAt", live.get().expiresAt()))
              .withCitation(rule.citation()))).build();
    }
    return SessionOutcome.builder().session(fresh).ended(live).decision(Decision.of(
        SessionReasonCode.SESSION_REPLACED.reason().withCitation(rule.citation()))).build();
  }

  /**
   * {@return activity in {@code session} at {@code at}: the touched session, or, when it has expired, no session and a
   * {@code SESSION_EXPIRED} refusal}
   *
   * @param session the session
   * @param at the instant of the activity
   */
  public SessionOutcome activity(Session session, Instant at) {
    if (session.isExpired(at)) {
      return SessionOutcome.builder().ended(session).decision(Decision.of(
          SessionReasonCode.SESSION_EXPIRED.reason(Map.of("inactivityTimeoutMinutes",
              session.inactivityTimeout().toMinutes(), "expiredAt", session.expiresAt())))).build();
    }
    return SessionOutcome.builder().session(session.touch(at)).decision(Decision.allowed()).build();
  }

  @Override
  public String toString() {
    return "SessionEngine" + parameters.parameters();
  }
}
