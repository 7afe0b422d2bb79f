package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.math.BigDecimal;
import java.util.Optional;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/**
 * A bulk fee update record (reconstructed, see {@code BdtFileKind#FEE_UPDATE}): course fees for the first year and
 * what has been paid. The SMS wants at least one "paid to date" amount (Oracle "(GBR) PBI Update Extract Fields");
 * that is a validation rule, not an invariant, so a reader can still report such a record.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableFeeUpdate.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableFeeUpdate.class)
@JsonDeserialize(as = ImmutableFeeUpdate.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableFeeUpdate.class)
public abstract non-sealed class FeeUpdate implements BdtRecord, WithFeeUpdate {
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

  /** {@return the course fees for the first year only} */
  public abstract BigDecimal courseFeesForFirstYearOnly();

  /** {@return course fees paid so far, when given} */
  public abstract Optional<BigDecimal> courseFeesPaidToDate();

  /** {@return accommodation fees paid so far, when given} */
  public abstract Optional<BigDecimal> accommodationFeesPaidToDate();

  /** {@return boarding fees paid so far, when given} */
  public abstract Optional<BigDecimal> boardingFeesPaidToDate();

  @Override
  public String reference() {
    return casNumber();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code FeeUpdate}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableFeeUpdate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    new Check("FeeUpdate").field("casNumber", BdtField.CAS_NUMBER, casNumber())
        .number("courseFeesForFirstYearOnly", BdtField.COURSE_FEES_FOR_FIRST_YEAR_ONLY, courseFeesForFirstYearOnly())
        .number("courseFeesPaidToDate", BdtField.COURSE_FEES_PAID_TO_DATE, courseFeesPaidToDate())
        .number("accommodationFeesPaidToDate", BdtField.ACCOMMODATION_FEES_PAID_TO_DATE, accommodationFeesPaidToDate())
        .number("boardingFeesPaidToDate", BdtField.BOARDING_FEES_PAID_TO_DATE, boardingFeesPaidToDate())
        .done();
  }
}
