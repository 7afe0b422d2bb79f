package io.github.sponsorsdk.sms.rules.submission;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.submission.SubmissionStatus;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The result of asking for a submission action: the decision and, exactly when it is allowed, the new status. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSubmissionOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSubmissionOutcome.class)
@JsonDeserialize(as = ImmutableSubmissionOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSubmissionOutcome.class)
public abstract class SubmissionOutcome implements WithSubmissionOutcome {

  /** {@return allowed or refused, with the reasons} */
  public abstract Decision decision();

  /** {@return the status after the action; present exactly when {@link #decision()} allows it} */
  public abstract Optional<SubmissionStatus> newStatus();

  /** {@return true when the action is allowed} */
  @JsonIgnore
  public boolean isAllowed() {
    return decision().isAllowed();
  }

  /**
   * An allowed outcome moving to {@code newStatus}.
   *
   * @param decision an allowed decision, which may carry warnings
   * @param newStatus the status the submission moves to
   * @return the outcome
   */
  public static SubmissionOutcome allowed(Decision decision, SubmissionStatus newStatus) {
    return builder().decision(decision).newStatus(newStatus).build();
  }

  /**
   * A refused outcome.
   *
   * @param decision a refused decision
   * @return the outcome, holding no new status
   */
  public static SubmissionOutcome refused(Decision decision) {
    return builder().decision(decision).build();
  }

  /** The new status is present exactly when the decision allows the action. */
  @Value.Check
  void check() {
    if (decision().isAllowed() != newStatus().isPresent()) {
      throw new InvalidValueException("SubmissionOutcome", List.of(Violation.of("newStatus",
          String.valueOf(newStatus().orElse(null)), "PresentWhenAllowed",
          "must be present exactly when the decision is allowed")));
    }
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SubmissionOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSubmissionOutcome.Builder {
    Builder() {}
  }
}
