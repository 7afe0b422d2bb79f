package io.github.sponsorsdk.sms.core.study;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.place.InternationalAddress;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * {@code OverseasHigherEducationInstitutionDetails}: the home institution of a study-abroad student. BDT schema v2.1
 * {@code OverseasHigherEducationInstitutionStructure}: a name of up to 250 characters and an address.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCasOverseasInstitution.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCasOverseasInstitution.class)
@JsonDeserialize(as = ImmutableCasOverseasInstitution.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCasOverseasInstitution.class)
public abstract class CasOverseasInstitution implements WithCasOverseasInstitution {

  /** {@return {@code Name}} */
  @Size(min = 1, max = 250)
  @Pattern(regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract String name();

  /** {@return {@code Address}} */
  public abstract InternationalAddress address();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CasOverseasInstitution}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCasOverseasInstitution.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
