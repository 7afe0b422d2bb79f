package io.github.sponsorsdk.sms.rules.login;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The answer of {@link MonthlyAccessRules#assess}: warnings, the last log-in and the day the next one is due by. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableAccessOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAccessOutcome.class)
@JsonDeserialize(as = ImmutableAccessOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAccessOutcome.class)
public abstract class AccessOutcome implements WithAccessOutcome {

  /** {@return allowed, with a warning per period exceeded (never refused)} */
  public abstract Decision decision();

  /** {@return the last log-in assessed; empty when none is recorded} */
  public abstract Optional<LocalDate> lastLogIn();

  /** {@return the last day of the recommended period after the last log-in; empty when none is recorded} */
  public abstract Optional<LocalDate> dueBy();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code AccessOutcome}. */
  public static final class Builder extends ImmutableAccessOutcome.Builder {
    Builder() {}
  }
}
