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

/**
 * The outcome of one log-in attempt: the account's next state, the kind of outcome and the decision (with reasons).
 * Returned by {@link LoginEngine#attempt}.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableLoginOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLoginOutcome.class)
@JsonDeserialize(as = ImmutableLoginOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLoginOutcome.class)
public abstract class LoginOutcome implements WithLoginOutcome {

  /** {@return the account's state after the attempt} */
  public abstract AccountState state();

  /** {@return what the attempt led to; {@link #decision()} says why} */
  public abstract LoginOutcomeKind kind();

  /** {@return the decision, with every reason} */
  public abstract Decision decision();

  /**
   * {@return an outcome}
   *
   * @param state the new state
   * @param kind the kind of result
   * @param decision the decision
   */
  public static LoginOutcome of(AccountState state, LoginOutcomeKind kind, Decision decision) {
    return ImmutableLoginOutcome.builder().state(state).kind(kind).decision(decision).build();
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
    if (kind().isLoggedIn() != decision().isAllowed()) {
      throw new InvalidValueException("LoginOutcome", List.of(Violation.of("kind", kind().name(),
          "AgreesWithDecision", "a logged-in outcome needs an allowed decision, and only then")));
    }
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code LoginOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableLoginOutcome.Builder {
    Builder() {}
  }
}
