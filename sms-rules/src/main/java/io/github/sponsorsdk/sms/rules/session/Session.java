package io.github.sponsorsdk.sms.rules.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * One live SMS session: whose, since when, the last activity, and the inactivity timeout fixed when it started.
 *
 * <p>Manual 1, "Logging in and out of SMS": "SMS will log you out of your current session after 20 minutes of
 * inactivity". The session is expired from {@code lastActivityAt + inactivityTimeout} inclusive: at exactly 20:00 of
 * inactivity twenty minutes have passed and the user is logged out.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSession.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSession.class)
@JsonDeserialize(as = ImmutableSession.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSession.class)
public abstract class Session implements WithSession {

  /** {@return the user} */
  @NotBlank
  public abstract String userId();

  /** {@return when the session started} */
  public abstract Instant startedAt();

  /** {@return the last activity} */
  public abstract Instant lastActivityAt();

  /** {@return the inactivity after which the session ends} */
  public abstract Duration inactivityTimeout();

  /** {@return the first instant at which the session is expired} */
  @JsonIgnore
  public Instant expiresAt() {
    return lastActivityAt().plus(inactivityTimeout());
  }

  /**
   * {@return true at and after {@link #expiresAt()}}
   *
   * @param at the instant
   */
  public boolean isExpired(Instant at) {
    return !at.isBefore(expiresAt());
  }

  /**
   * {@return the session after activity at {@code at}} Only for a live session and an instant not before the last
   * activity; {@link SessionEngine#activity} is the checked way, with a decision when the session has expired.
   *
   * @throws IllegalStateException when the session is expired at {@code at}
   * @throws IllegalArgumentException when {@code at} is before the last activity
   * @param at the instant of the activity
   */
  public Session touch(Instant at) {
    if (at.isBefore(lastActivityAt())) {
      throw new IllegalArgumentException("activity at " + at + " is before the last activity " + lastActivityAt());
    }
    if (isExpired(at)) {
      throw new IllegalStateException("session expired at " + expiresAt());
    }
    return ImmutableSession.copyOf(this).withLastActivityAt(at);
  }

  /**
   * {@return a session started at {@code at}}
   *
   * @param userId the user
   * @param at the instant of the log-in
   * @param inactivityTimeout the inactivity after which it ends
   */
  public static Session start(String userId, Instant at, Duration inactivityTimeout) {
    return builder().userId(userId).startedAt(at).lastActivityAt(at).inactivityTimeout(inactivityTimeout).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Session}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> violations = new ArrayList<>(ValueValidation.violations(this));
    if (lastActivityAt().isBefore(startedAt())) {
      violations.add(Violation.of("lastActivityAt", lastActivityAt().toString(), "NotBeforeStart",
          "must not be before startedAt " + startedAt()));
    }
    if (inactivityTimeout().isNegative() || inactivityTimeout().isZero()) {
      violations.add(Violation.of("inactivityTimeout", inactivityTimeout().toString(), "Positive", "must be positive"));
    }
    ValueValidation.requireNone("Session", violations);
  }
}
