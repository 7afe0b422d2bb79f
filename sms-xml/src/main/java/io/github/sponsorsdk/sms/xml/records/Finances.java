package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.math.BigDecimal;
import java.util.Optional;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/**
 * {@code FinancialAndAccommodationDetails}, in pounds sterling (0 to 999,999,999.99). The schema's own spellings are
 * {@code AccomodationProvided} (nillable: absent here means {@code xsi:nil}) and
 * {@code CourseFeeIncludesAccomodationCosts}; {@code AccommodationFeesPaidToDate} is spelled correctly. A boarding
 * fee of 0 means "not applicable".
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableFinances.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableFinances.class)
@JsonDeserialize(as = ImmutableFinances.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableFinances.class)
public abstract class Finances implements WithFinances {
  /** {@return empty when the file says {@code xsi:nil="true"}} */
  public abstract Optional<Boolean> accommodationProvided();

  /** {@return true when the course fee includes accommodation} */
  public abstract boolean courseFeeIncludesAccommodationCosts();

  /** {@return course fees for the first year only} */
  public abstract BigDecimal courseFeesForFirstYearOnly();

  /** {@return course fees paid so far, when given} */
  public abstract Optional<BigDecimal> courseFeesPaidToDate();

  /** {@return accommodation fees paid so far, when given} */
  public abstract Optional<BigDecimal> accommodationFeesPaidToDate();

  /** {@return boarding fees for the first year only} */
  public abstract BigDecimal boardingFeesForFirstYearOnly();

  /** {@return boarding fees paid so far, when given} */
  public abstract Optional<BigDecimal> boardingFeesPaidToDate();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Finances}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableFinances.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    new Check("Finances")
        .number("courseFeesForFirstYearOnly", BdtField.COURSE_FEES_FOR_FIRST_YEAR_ONLY, courseFeesForFirstYearOnly())
        .number("courseFeesPaidToDate", BdtField.COURSE_FEES_PAID_TO_DATE, courseFeesPaidToDate())
        .number("accommodationFeesPaidToDate", BdtField.ACCOMMODATION_FEES_PAID_TO_DATE, accommodationFeesPaidToDate())
        .number("boardingFeesForFirstYearOnly", BdtField.BOARDING_FEES_FOR_FIRST_YEAR_ONLY,
            boardingFeesForFirstYearOnly())
        .number("boardingFeesPaidToDate", BdtField.BOARDING_FEES_PAID_TO_DATE, boardingFeesPaidToDate())
        .done();
  }
}
