package io.github.sponsorsdk.sms.rules.login;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.List;
import org.immutables.value.Value;

/** The account's next state, the outcome and the decision (with reasons) of one log-in attempt. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableLoginResult.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLoginResult.class)
@JsonDeserialize(as = ImmutableLoginResult.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLoginResult.class)
public abstract class LoginResult implements WithLoginResult {

  public abstract AccountState state();

  public abstract LoginOutcome outcome();

  public abstract Decision decision();

  public static LoginResult of(AccountState state, LoginOutcome outcome, Decision decision) {
    return ImmutableLoginResult.builder().state(state).outcome(outcome).decision(decision).build();
  }

  @Value.Check
  protected void check() {
    ValueValidation.check(this);
    if (outcome().isLoggedIn() != decision().isAllowed()) {
      throw new InvalidValueException("LoginResult", List.of(Violation.of("outcome", outcome().name(),
          "AgreesWithDecision", "a logged-in outcome needs an allowed decision, and only then")));
    }
  }

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code LoginResult}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableLoginResult.Builder {
    Builder() {}
  }
}
