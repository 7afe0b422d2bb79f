package io.github.sponsorsdk.sms.core.study;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.place.InternationalAddress;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.math.BigInteger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code WorkPlacementDetails} (General CAS only): the share of the course spent on work placement, why it is above
 * the threshold in guidance, and where. BDT schema v2.1 {@code WorkPlacementDataStructure}: the percentage is an
 * unbounded {@code xs:integer}, kept as written; "If not supplied when required a warning will be generated, CAS will
 * not be ready to go and will require correction online" (docs/sources.md#bdt-types). The 0 to 100 range and the
 * threshold are rules (sms-xml's validator, {@code sms-rules} {@code AssignmentReadiness}).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCasWorkPlacement.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCasWorkPlacement.class)
@JsonDeserialize(as = ImmutableCasWorkPlacement.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCasWorkPlacement.class)
public abstract class CasWorkPlacement implements WithCasWorkPlacement {

  /** {@return {@code WorkPlacementPercentage}} */
  public abstract Optional<BigInteger> percentage();

  /** {@return {@code WorkPlacementJustificationText}: free text, at most 2,000 characters} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1, max = 2000)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = CasDetails.MULTI_LINE,
      message = CasDetails.MULTI_LINE_MESSAGE)
  public abstract Optional<String> justification();

  /** {@return {@code WorkPlacementAddress}, if known} */
  public abstract Optional<InternationalAddress> address();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CasWorkPlacement}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCasWorkPlacement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
