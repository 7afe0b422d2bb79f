package io.github.sponsorsdk.sms.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of BDT schema v2.1 {@code PotentiallyPartialDateStructure}: four-digit years 1 to 9999, months 1 to 12,
 * days that exist in their month (29 February only in a leap year), on both sides of each edge.
 */
class PartialDateEdgesTest {

  @ParameterizedTest
  @ValueSource(strings = {"0001", "9999", "1980-01", "1980-12", "1980-01-31", "1980-12-31", "0004-02-29",
      "2024-02-29", "9996-02-29"})
  void theFirstAndLastOfEachRangeAreAccepted(String text) {
    assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void yearsOutsideOneTo9999AreRefusedNamingTheYear() {
    assertThat(PartialDate.of(Year.of(1)).year()).isEqualTo(1);
    assertThat(PartialDate.of(Year.of(9999)).year()).isEqualTo(9999);
    for (int year : new int[] {0, 10_000}) {
      assertThatThrownBy(() -> PartialDate.of(Year.of(year))).as("year %d", year)
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
              .extracting(Violation::path, Violation::rule).containsExactly(org.assertj.core.groups.Tuple.tuple(
                  "year", "Range")));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1980-00", "1980-13"})
  void monthsOutsideOneToTwelveAreRefusedNamingTheMonth(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("month"));
  }

  /**
   * A day that its month does not have is refused naming the day, in the first and last month and the first and last
   * year: 1 and 9999 are not leap years, so 29 February does not exist in either.
   */
  @ParameterizedTest
  @ValueSource(strings = {"1980-01-32", "1980-12-32", "1980-01-00", "0001-02-29", "9999-02-29", "2023-02-29"})
  void aDayItsMonthDoesNotHaveIsRefusedNamingTheDay(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "day", "Range")));
  }

  /** With the month itself wrong there is no month to judge the day by: the month alone is named. */
  @Test
  void aDayIsNotJudgedAgainstAMonthThatDoesNotExist() {
    assertThatThrownBy(() -> PartialDate.parse("1980-13-01"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("month"));
  }

  @Test
  void onlyADateWithADayIsFull() {
    assertThat(PartialDate.parse("1980").isFull()).isFalse();
    assertThat(PartialDate.parse("1980-07").isFull()).isFalse();
    assertThat(PartialDate.parse("1980-07-14").isFull()).isTrue();
  }
}
