package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import java.util.Optional;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/**
 * A student activity report record (reconstructed, see {@code BdtFileKind#STUDENT_ACTIVITY_REPORT}): the CAS
 * number, the date the student is now expected to enrol, optional notes (Oracle PeopleSoft "(GBR) PBI Report File
 * Fields").
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableStudentActivityReport.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableStudentActivityReport.class)
@JsonDeserialize(as = ImmutableStudentActivityReport.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableStudentActivityReport.class)
public abstract non-sealed class StudentActivityReport implements BdtRecord, WithStudentActivityReport {
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

  /** {@return the expected enrolment date} */
  public abstract LocalDate expectedEnrolmentDate();

  /** {@return notes, when given} */
  public abstract Optional<String> notes();

  @Override
  public String reference() {
    return casNumber();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code StudentActivityReport}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableStudentActivityReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    new Check("StudentActivityReport").field("casNumber", BdtField.CAS_NUMBER, casNumber())
        .field("notes", BdtField.NOTES, notes()).done();
  }
}
