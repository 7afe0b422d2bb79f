package io.github.sponsorsdk.sms.rules.certificate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A decision on a defined CoS step and, exactly when allowed, the application after it. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDefinedCosOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDefinedCosOutcome.class)
@JsonDeserialize(as = ImmutableDefinedCosOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDefinedCosOutcome.class)
public abstract class DefinedCosOutcome implements WithDefinedCosOutcome {

  /** {@return the decision, with every reason} */
  public abstract Decision decision();

  /** {@return the application after the action, when allowed} */
  public abstract Optional<DefinedCosApplication> application();

  /** {@return true when the action went ahead} */
  @JsonIgnore
  public boolean isAllowed() {
    return decision().isAllowed();
  }

  @Value.Check
  void check() {
    if (decision().isAllowed() != application().isPresent()) {
      throw new InvalidValueException("DefinedCosOutcome", List.of(Violation.of("application",
          String.valueOf(application().orElse(null)), "PresentWhenAllowed",
          "must be present exactly when the decision is allowed")));
    }
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code DefinedCosOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDefinedCosOutcome.Builder {
    Builder() {}
  }
}
