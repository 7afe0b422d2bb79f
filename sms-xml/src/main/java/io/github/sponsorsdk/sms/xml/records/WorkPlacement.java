package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.math.BigInteger;
import java.util.Optional;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/**
 * {@code WorkPlacementDetails}. The schema types the percentage as an unbounded {@code xs:integer}; the 0..100 range
 * and the justification above the threshold are SMS rules ({@code validate} package).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableWorkPlacement.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWorkPlacement.class)
@JsonDeserialize(as = ImmutableWorkPlacement.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkPlacement.class)
public abstract class WorkPlacement implements WithWorkPlacement {
  /** {@return the share of the course spent on placement, in per cent, when given} */
  public abstract Optional<BigInteger> percentage();

  /** {@return why the placement is longer than the threshold, when it is} */
  public abstract Optional<String> justification();

  /** {@return the placement's address, when given} */
  public abstract Optional<InternationalAddress> address();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WorkPlacement}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWorkPlacement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    new Check("WorkPlacement").field("justification", BdtField.WORK_PLACEMENT_JUSTIFICATION_TEXT, justification())
        .done();
  }
}
