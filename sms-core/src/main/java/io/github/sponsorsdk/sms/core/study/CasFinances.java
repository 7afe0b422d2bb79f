package io.github.sponsorsdk.sms.core.study;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code FinancialAndAccommodationDetails}: course and boarding fees for the first year, what has been paid, and
 * whether the sponsor provides accommodation. BDT schema v2.1 {@code FinancialAndAccommodationDataStructure}
 * (docs/sources.md#bdt-types): amounts are {@code PoundsSterlingType}, 0 to 999,999,999.99 with at most two decimals,
 * kept with the decimals they were written with; a boarding fee of 0 means "not applicable". The schema spells two
 * elements {@code AccomodationProvided} and {@code CourseFeeIncludesAccomodationCosts}; {@code AccomodationProvided}
 * is nillable, and empty here means {@code xsi:nil="true"}. "Paid to date" amounts change later through fee updates
 * (SMS Manual 5; a BDT fee update file).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCasFinances.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCasFinances.class)
@JsonDeserialize(as = ImmutableCasFinances.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCasFinances.class)
public abstract class CasFinances implements WithCasFinances {

  /** The largest amount the schema accepts, exclusive. */
  public static final BigDecimal MAX_EXCLUSIVE = new BigDecimal("1000000000");

  /** {@return {@code AccomodationProvided}; empty when the file says {@code xsi:nil="true"}} */
  public abstract Optional<Boolean> accommodationProvided();

  /** {@return {@code CourseFeeIncludesAccomodationCosts}} */
  public abstract boolean courseFeeIncludesAccommodationCosts();

  /** {@return {@code CourseFeesForFirstYearOnly}} */
  public abstract BigDecimal courseFeesForFirstYearOnly();

  /** {@return {@code CourseFeesPaidToDate}} */
  public abstract Optional<BigDecimal> courseFeesPaidToDate();

  /** {@return {@code AccommodationFeesPaidToDate}} */
  public abstract Optional<BigDecimal> accommodationFeesPaidToDate();

  /** {@return {@code BoardingFeesForFirstYearOnly}; 0 means not applicable} */
  public abstract BigDecimal boardingFeesForFirstYearOnly();

  /** {@return {@code BoardingFeesPaidToDate}} */
  public abstract Optional<BigDecimal> boardingFeesPaidToDate();

  /** {@return the course fees for the first year as {@link Money}} */
  public Money courseFees() {
    return Money.of(courseFeesForFirstYearOnly());
  }

  /**
   * {@return true when {@code amount} is a {@code PoundsSterlingType}: 0 to 999,999,999.99, at most two decimals}
   *
   * @param amount the amount to test
   */
  public static boolean isPounds(BigDecimal amount) {
    return amount.signum() >= 0 && amount.compareTo(MAX_EXCLUSIVE) < 0 && amount.stripTrailingZeros().scale() <= 2;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CasFinances}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCasFinances.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(2);
    pounds(v, "courseFeesForFirstYearOnly", Optional.of(courseFeesForFirstYearOnly()));
    pounds(v, "courseFeesPaidToDate", courseFeesPaidToDate());
    pounds(v, "accommodationFeesPaidToDate", accommodationFeesPaidToDate());
    pounds(v, "boardingFeesForFirstYearOnly", Optional.of(boardingFeesForFirstYearOnly()));
    pounds(v, "boardingFeesPaidToDate", boardingFeesPaidToDate());
    ValueValidation.requireNone("CasFinances", v);
  }

  private static void pounds(List<Violation> v, String path, Optional<BigDecimal> amount) {
    amount.filter(a -> !isPounds(a)).ifPresent(a -> v.add(Violation.of(path, a.toPlainString(), "PoundsSterling",
        "must be 0 to 999,999,999.99 with at most two decimals (BDT schema v2.1 PoundsSterlingType)")));
  }
}
