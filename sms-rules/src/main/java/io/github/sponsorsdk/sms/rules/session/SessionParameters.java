package io.github.sponsorsdk.sms.rules.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import io.github.sponsorsdk.sms.rules.password.PasswordParameters;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.immutables.value.Value;

/**
 * The date-effective parameters of SMS sessions: the inactivity timeout (20 minutes, Manual 1, "Logging in and out
 * of SMS"; every source agrees) and what a second log-in does ({@link SecondLogIn}). Values hold from
 * {@link PasswordParameters#MANUAL_1_KNOWN_FROM}; dates are taken in {@link #zone()}.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSessionParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSessionParameters.class)
@JsonDeserialize(as = ImmutableSessionParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSessionParameters.class)
public abstract class SessionParameters implements ParameterSet, WithSessionParameters {

  /** {@return inactivity after which SMS logs the user out} Default 20 minutes. */
  public abstract DateEffective<Duration> inactivityTimeout();

  /** {@return what a log-in does while the user has a live session} Default {@link SecondLogIn#REPLACE_EXISTING}. */
  public abstract DateEffective<SecondLogIn> secondLogIn();

  /** {@return the time zone the SMS's days are counted in: Europe/London} */
  @Value.Default
  public ZoneId zone() {
    return ZoneId.of("Europe/London");
  }

  @Override
  @JsonIgnore
  public List<DateEffective<?>> parameters() {
    return List.of(inactivityTimeout(), secondLogIn());
  }

  /** {@return today's guidance: 20 minutes of inactivity (Manual 1, "Logging in and out of SMS")} */
  public static SessionParameters defaults() {
    return Holder.DEFAULTS;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SessionParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSessionParameters.Builder {
    Builder() {}
  }

  static Citation loggingInAndOut(String note) {
    return Citation.of(Source.SMS_MANUAL_1, "Logging in and out of SMS").withNote(note);
  }

  private static final class Holder {
    static final SessionParameters DEFAULTS = builder()
        .inactivityTimeout(DateEffective.of("session.inactivityTimeout", PasswordParameters.MANUAL_1_KNOWN_FROM,
            Duration.ofMinutes(20),
            loggingInAndOut("SMS will log you out of your current session after 20 minutes of inactivity")))
        .secondLogIn(DateEffective.of("session.secondLogIn", PasswordParameters.MANUAL_1_KNOWN_FROM,
            SecondLogIn.REPLACE_EXISTING,
            loggingInAndOut("You MUST only have one instance (tab or window) of SMS open at any one time"
                + " (an instruction to users; decision 0310-login-lockout-sessions: the newest session wins)")))
        .build();
  }
}
