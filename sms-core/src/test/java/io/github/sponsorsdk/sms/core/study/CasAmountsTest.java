package io.github.sponsorsdk.sms.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The numeric facets of BDT schema v2.1: {@code PoundsSterlingType} (0 to 999,999,999.99, two decimals at most) for
 * every amount of a CAS's finances, and {@code CourseHoursPerWeek} (0.0 to 168.0, one decimal at most), on both sides
 * of each edge.
 */
class CasAmountsTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "0.01", "1.25", "7.50", "999999999.99", "999999999.990"})
  void poundsFromZeroTo999999999Point99WithTwoDecimals(String amount) {
    assertThat(CasFinances.isPounds(new BigDecimal(amount))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "-1", "1000000000", "1000000000.00", "0.001", "1.234"})
  void negativeTooLargeOrFinerThanAPennyIsNotPounds(String amount) {
    assertThat(CasFinances.isPounds(new BigDecimal(amount))).isFalse();
  }

  @Test
  void everyAmountOfTheFinancesIsCheckedAndAllAreListed() {
    BigDecimal bad = new BigDecimal("0.001");
    assertThatThrownBy(() -> CasFinances.builder().courseFeeIncludesAccommodationCosts(false)
        .courseFeesForFirstYearOnly(bad).courseFeesPaidToDate(bad).accommodationFeesPaidToDate(bad)
        .boardingFeesForFirstYearOnly(bad).boardingFeesPaidToDate(bad).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("courseFeesForFirstYearOnly", "courseFeesPaidToDate",
                "accommodationFeesPaidToDate", "boardingFeesForFirstYearOnly", "boardingFeesPaidToDate"));
    CasFinances nil = CasFinances.builder().courseFeeIncludesAccommodationCosts(false)
        .courseFeesForFirstYearOnly(BigDecimal.ZERO).accommodationFeesPaidToDate(BigDecimal.ZERO)
        .boardingFeesForFirstYearOnly(BigDecimal.ZERO).build();
    assertThat(nil.courseFeesForFirstYearOnly()).isZero();
  }

  static CasCourse.Builder course() {
    return CasCourse.builder().title("Footballing Studies").academicLevel("SCQF10").fullTime(true)
        .hasWorkPlacement(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.0", "0.5", "37.5", "37.50", "168", "168.0"})
  void hoursFromZeroTo168WithOneDecimal(String hours) {
    assertThat(course().hoursPerWeek(new BigDecimal(hours)).build().hoursPerWeek()).isEqualTo(new BigDecimal(hours));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.1", "-1", "168.1", "169", "37.55", "0.05"})
  void hoursOutsideOrFinerThanATenthAreRefusedNamingTheHours(String hours) {
    assertThatThrownBy(() -> course().hoursPerWeek(new BigDecimal(hours)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("hoursPerWeek"));
  }
}
