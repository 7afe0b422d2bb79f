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
@JsonDeserialize(as = ImmutableOverseasInstitution.class)
public abstract class OverseasInstitution {
  public abstract String name();

  public abstract InternationalAddress address();

  public static ImmutableOverseasInstitution.Builder builder() {
    return ImmutableOverseasInstitution.builder();
  }

  @Value.Check
  protected void check() {
    new Check("OverseasInstitution").field("name", BdtField.ORGANISATION_NAME, name()).done();
  }
}
