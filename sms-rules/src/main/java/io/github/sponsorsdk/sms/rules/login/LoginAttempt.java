package io.github.sponsorsdk.sms.rules.login;

import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import org.immutables.value.Value;

/**
 * One log-in attempt as the engine needs it: whether the credentials matched (the caller compares), and the
 * standing of the user and of the licence at that moment. It never holds a password.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableLoginAttempt.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLoginAttempt.class)
@JsonDeserialize(as = ImmutableLoginAttempt.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLoginAttempt.class)
public abstract class LoginAttempt implements WithLoginAttempt {

  /** {@return what the caller's comparison of the credentials found} */
  public abstract CredentialCheck credentials();

  /** {@return the user's SMS status} */
  public abstract UserStatus standing();

  /** {@return the status of the user's sponsor licence} */
  public abstract LicenceStatus licence();

  /**
   * {@return an attempt}
   *
   * @param credentials what the caller's comparison found
   * @param standing the user's status
   * @param licence the licence status
   */
  public static LoginAttempt of(CredentialCheck credentials, UserStatus standing, LicenceStatus licence) {
    return builder().credentials(credentials).standing(standing).licence(licence).build();
  }

  /**
   * {@return an attempt by an active user of a fully active licence}
   *
   * @param credentials what the caller's comparison found
   */
  public static LoginAttempt of(CredentialCheck credentials) {
    return of(credentials, UserStatus.ACTIVE, LicenceStatus.LICENSED_AND_FULLY_ACTIVE);
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code LoginAttempt}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableLoginAttempt.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
