package io.github.sponsorsdk.sms.rules.login;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import io.github.sponsorsdk.sms.rules.password.PasswordParameters;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.immutables.value.Value;

/**
 * The date-effective parameters of log-in and lockout.
 *
 * <p><b>The sources disagree on the lock period.</b> Manual 1, "User ID and password": "If you enter an incorrect ID
 * or password three times your account will be temporarily locked. You should try logging in again after 20
 * minutes." Manual 1, Troubleshooting, and Guide 2 (step 2 note): "entered incorrect details three times or more ...
 * wait for 30 minutes and try again". The default is <b>30 minutes</b>: two of the three statements say so, and a
 * client that waits 30 minutes is right under either reading, while one that waits 20 may meet a still-locked
 * account. {@link #withLockoutDuration(Duration)} gives the 20-minute reading. Decision record
 * {@code 0310-login-lockout-sessions}.
 *
 * <p>Values hold from {@link PasswordParameters#MANUAL_1_KNOWN_FROM}, the first day the undated Manual 1 is known to be
 * in force. The date of an attempt is its instant's date in {@link #zone()} (the SMS is a UK service).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableLoginParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLoginParameters.class)
@JsonDeserialize(as = ImmutableLoginParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLoginParameters.class)
public abstract class LoginParameters implements ParameterSet, WithLoginParameters {

  /** The zone that turns an attempt's instant into the date the parameters are looked up on: Europe/London. */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  /** {@return consecutive failed attempts that lock the account} Default 3 (Manual 1, "User ID and password"). */
  public abstract DateEffective<Integer> maxFailedAttempts();

  /** {@return how long a lock lasts} Default 30 minutes (see the class comment for the 20-minute reading). */
  public abstract DateEffective<Duration> lockoutDuration();

  /** {@return the zone of the SMS's calendar} */
  @Value.Default
  public ZoneId zone() {
    return UK;
  }

  @Override
  @JsonIgnore
  public List<DateEffective<?>> parameters() {
    return List.of(maxFailedAttempts(), lockoutDuration());
  }

  /**
   * {@return a copy whose lock lasts {@code duration} from {@link PasswordParameters#MANUAL_1_KNOWN_FROM}}
   *
   * @param duration how long the lock lasts
   */
  public LoginParameters withLockoutDuration(Duration duration) {
    return ImmutableLoginParameters.copyOf(this).withLockoutDuration(DateEffective.of("login.lockoutDuration",
        PasswordParameters.MANUAL_1_KNOWN_FROM, duration,
        LoginSources.manual1("User ID and password", "caller's choice of lock period: " + duration)));
  }

  /** {@return 3 attempts, 30 minutes, from {@link PasswordParameters#MANUAL_1_KNOWN_FROM}} */
  public static LoginParameters defaults() {
    return Holder.DEFAULTS;
  }

  /** {@return the same as {@link #defaults()} but with the 20-minute lock of Manual 1, "User ID and password"} */
  public static LoginParameters twentyMinuteLockout() {
    return Holder.TWENTY;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code LoginParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableLoginParameters.Builder {
    Builder() {}
  }

  private static final class Holder {
    static final LoginParameters DEFAULTS = builder()
        .maxFailedAttempts(DateEffective.of("login.maxFailedAttempts", PasswordParameters.MANUAL_1_KNOWN_FROM, 3,
            LoginSources.manual1("User ID and password",
                "If you enter an incorrect ID or password three times your account will be temporarily locked")))
        .lockoutDuration(DateEffective.of("login.lockoutDuration", PasswordParameters.MANUAL_1_KNOWN_FROM,
            Duration.ofMinutes(30),
            LoginSources.manual1("Troubleshooting", "wait for 30 minutes and try again (also Guide 2, step 2 note;"
                + " 'User ID and password' says 20 minutes: see decision 0310-login-lockout-sessions)")))
        .build();
    static final LoginParameters TWENTY = ImmutableLoginParameters.copyOf(DEFAULTS).withLockoutDuration(
        DateEffective.of("login.lockoutDuration", PasswordParameters.MANUAL_1_KNOWN_FROM, Duration.ofMinutes(20),
            LoginSources.manual1("User ID and password", "You should try logging in again after 20 minutes")));
  }
}
