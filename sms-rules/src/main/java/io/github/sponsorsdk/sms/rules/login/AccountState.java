package io.github.sponsorsdk.sms.rules.login;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The log-in state of one SMS account: consecutive failed attempts, the lock, and whether the current password must
 * be changed. The {@link LoginEngine} turns one state into the next; the state never reads a clock.
 *
 * <p>The lock is time-based, "locked until T" (Manual 1: "temporarily locked. You should try logging in again after
 * 20 minutes"): at {@code T} and after, the account is unlocked without anyone doing anything.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableAccountState.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAccountState.class)
@JsonDeserialize(as = ImmutableAccountState.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAccountState.class)
public abstract class AccountState implements WithAccountState {

  /** {@return failed attempts since the last successful log-in or the end of the last lock} */
  @PositiveOrZero
  public abstract int consecutiveFailures();

  /**
   * {@return the instant the current lock ends (exclusive: at this instant the account is unlocked); empty when never
   * locked}
   */
  public abstract Optional<Instant> lockedUntil();

  /** {@return where the current password came from} */
  public abstract PasswordStatus passwordStatus();

  /**
   * {@return true when the account is locked at {@code at}: before {@link #lockedUntil()}}
   *
   * @param at the instant to test
   */
  public boolean isLockedAt(Instant at) {
    return lockedUntil().map(at::isBefore).orElse(false);
  }

  /** {@return a new account: no failures, no lock, the emailed password to be changed at the first log-in (Guide 1)} */
  public static AccountState newAccount() {
    return builder().consecutiveFailures(0).passwordStatus(PasswordStatus.INITIAL).build();
  }

  /** {@return an account with a chosen password, no failures and no lock} */
  public static AccountState settled() {
    return builder().consecutiveFailures(0).passwordStatus(PasswordStatus.CHOSEN).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code AccountState}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableAccountState.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
