package io.github.sponsorsdk.sms.rules.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to a user-management request: the {@link Decision} (allowed or refused, every reason) and, when
 * allowed, what happens: the status the user has afterwards and whether the change applies at once or goes to
 * casework.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableUserOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableUserOutcome.class)
@JsonDeserialize(as = ImmutableUserOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableUserOutcome.class)
public abstract class UserOutcome implements WithUserOutcome {

  /** {@return the decision, with every reason} */
  public abstract Decision decision();

  /** {@return the user's status after an allowed request; empty when refused} */
  public abstract Optional<UserStatus> resultingStatus();

  /** {@return how an allowed request is handled; empty when refused} */
  public abstract Optional<Processing> processing();

  /** {@return true when the action went ahead} */
  @JsonIgnore
  public boolean isAllowed() {
    return decision().isAllowed();
  }

  /**
   * The outcome of {@code decision}: when allowed, with {@code status} and {@code processing}; when refused, with
   * its refusals and warnings only (the informational reasons describe what would have happened, so they go).
   */
  static UserOutcome of(Decision decision, UserStatus status, Processing processing) {
    if (decision.isAllowed()) {
      return ImmutableUserOutcome.builder().decision(decision).resultingStatus(status).processing(processing).build();
    }
    Decision refused = Decision.of(decision.reasons().stream()
        .filter(r -> r.severity() != io.github.sponsorsdk.sms.core.decision.Severity.INFO)
        .collect(java.util.stream.Collectors.toList()));
    return ImmutableUserOutcome.builder().decision(refused).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code UserOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableUserOutcome.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (decision().isRefused() && (resultingStatus().isPresent() || processing().isPresent())) {
      throw new io.github.sponsorsdk.sms.core.value.InvalidValueException("UserOutcome", java.util.List.of(
          io.github.sponsorsdk.sms.core.value.Violation.of("resultingStatus", resultingStatus().toString(),
              "EmptyWhenRefused", "a refused request changes nothing")));
    }
  }
}
