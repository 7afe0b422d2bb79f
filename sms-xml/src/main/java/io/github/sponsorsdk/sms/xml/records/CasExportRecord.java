package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/**
 * One row of the SMS export / result file (reconstructed, see {@code BdtFileKind#CAS_EXPORT}): the CAS number the
 * SMS gave the sponsor's applicant, its status and the date of that status (UCISA 2009 interface notes).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCasExportRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCasExportRecord.class)
@JsonDeserialize(as = ImmutableCasExportRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCasExportRecord.class)
public abstract non-sealed class CasExportRecord implements BdtRecord, WithCasExportRecord {
  /** {@return the CAS number} */
  public abstract String casNumber();

  /**
   * {@return the CAS number as the sms-core identifier} The schema's {@code CASNumberType} pattern is the one
   * {@link CasNumber} checks, so every record that was read or built has one.
   */
  @JsonIgnore
  public CasNumber cas() {
    return CasNumber.of(casNumber());
  }

  /** {@return the sponsor's {@code ApplicantID}} */
  public abstract String applicantId();

  /** {@return the CAS status in the export} */
  public abstract CasStatus status();

  /** {@return the day the status was reached} */
  public abstract LocalDate statusDate();

  @Override
  public String reference() {
    return applicantId();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CasExportRecord}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCasExportRecord.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    new Check("CasExportRecord").field("casNumber", BdtField.CAS_NUMBER, casNumber())
        .field("applicantId", BdtField.APPLICANT_ID, applicantId()).done();
  }
}
