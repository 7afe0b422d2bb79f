package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;

import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/** {@code OverseasHigherEducationInstitutionDetails}: the home institution of a study-abroad student. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableOverseasInstitution.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableOverseasInstitution.class)
@JsonDeserialize(as = ImmutableOverseasInstitution.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOverseasInstitution.class)
public abstract class OverseasInstitution implements WithOverseasInstitution {
  /** {@return the institution's name} */
  public abstract String name();

  /** {@return the institution's address} */
  public abstract InternationalAddress address();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code OverseasInstitution}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableOverseasInstitution.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    new Check("OverseasInstitution").field("name", BdtField.ORGANISATION_NAME, name()).done();
  }
}
