package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.math.BigDecimal;
import java.util.Optional;
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
@JsonDeserialize(as = ImmutableFinances.class)
public abstract class Finances {
  /** Empty when the file says {@code xsi:nil="true"}. */
  public abstract Optional<Boolean> accommodationProvided();

  public abstract boolean courseFeeIncludesAccommodationCosts();

  public abstract BigDecimal courseFeesForFirstYearOnly();

  public abstract Optional<BigDecimal> courseFeesPaidToDate();

  public abstract Optional<BigDecimal> accommodationFeesPaidToDate();

  public abstract BigDecimal boardingFeesForFirstYearOnly();

  public abstract Optional<BigDecimal> boardingFeesPaidToDate();

  public static ImmutableFinances.Builder builder() {
    return ImmutableFinances.builder();
  }

  @Value.Check
  protected void check() {
    new Check("Finances").pounds("courseFeesForFirstYearOnly", courseFeesForFirstYearOnly())
        .pounds("courseFeesPaidToDate", courseFeesPaidToDate())
        .pounds("accommodationFeesPaidToDate", accommodationFeesPaidToDate())
        .pounds("boardingFeesForFirstYearOnly", boardingFeesForFirstYearOnly())
        .pounds("boardingFeesPaidToDate", boardingFeesPaidToDate())
        .done();
  }
}
