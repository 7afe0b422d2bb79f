package io.github.sponsorsdk.sms.rules.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The end of an allocation year: the closed year's allocation (unchanged, for the record), how many unused
 * certificates lapsed, and the next year's allocation when it was renewed. Counts are conserved:
 * {@code closed.granted() == closed.used() + lapsed()}.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableYearEndOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableYearEndOutcome.class)
@JsonDeserialize(as = ImmutableYearEndOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableYearEndOutcome.class)
public abstract class YearEndOutcome implements WithYearEndOutcome {

  /** {@return the decision, with every reason} */
  public abstract Decision decision();

  /** {@return the allocation of the year that ended} */
  public abstract Allocation closed();

  /** {@return certificates granted but unused in the closed year; 0 when the year has not ended} */
  @PositiveOrZero
  public abstract int lapsed();

  /** {@return the next year's allocation, when renewed} */
  public abstract Optional<Allocation> next();

  @Value.Check
  void check() {
    if (decision().isAllowed() && closed().granted() != closed().used() + lapsed()) {
      throw new InvalidValueException("YearEndOutcome", List.of(Violation.of("lapsed", Integer.toString(lapsed()),
          "Conserved", "granted " + closed().granted() + " must equal used " + closed().used() + " + lapsed")));
    }
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code YearEndOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableYearEndOutcome.Builder {
    Builder() {}
  }
}
