package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.immutables.value.Value;

/**
 * A date of birth that may be only a year, a year and month, or a full date ({@code PotentiallyPartialDateStructure}:
 * {@code Year}, {@code YearMonth} or {@code FullDate}, four-digit years, no time zone).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutablePartialDate.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePartialDate.class)
@JsonDeserialize(as = ImmutablePartialDate.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePartialDate.class)
public abstract class PartialDate implements WithPartialDate {
  /** How much of the date is known. */
  public enum Precision {
    /** Only the year is known. */
    YEAR,
    /** The year and month are known. */
    YEAR_MONTH,
    /** The full date is known. */
    FULL_DATE
  }

  /** {@return the year, always known} */
  public abstract int year();

  /** {@return the month, when known} */
  public abstract Optional<Integer> month();

  /** {@return the day, when known} */
  public abstract Optional<Integer> day();

  /** {@return how much of the date is known} */
  @JsonIgnore
  @Value.Derived
  public Precision precision() {
    return day().isPresent() ? Precision.FULL_DATE : month().isPresent() ? Precision.YEAR_MONTH : Precision.YEAR;
  }

  /**
   * {@return a date of which only the year is known}
   *
   * @param year the year
   */
  public static PartialDate of(Year year) {
    return ImmutablePartialDate.builder().year(year.getValue()).build();
  }

  /**
   * {@return a date of which the year and month are known}
   *
   * @param yearMonth the year and month
   */
  public static PartialDate of(YearMonth yearMonth) {
    return ImmutablePartialDate.builder().year(yearMonth.getYear()).month(yearMonth.getMonthValue()).build();
  }

  /**
   * {@return a full date}
   *
   * @param date the date
   */
  public static PartialDate of(LocalDate date) {
    return ImmutablePartialDate.builder().year(date.getYear()).month(date.getMonthValue())
        .day(date.getDayOfMonth()).build();
  }

  /** The lexical form the schema expects: {@code 1980}, {@code 1980-07} or {@code 1980-07-14}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(10);
    b.append(String.format("%04d", year()));
    month().ifPresent(m -> b.append(String.format("-%02d", m)));
    day().ifPresent(d -> b.append(String.format("-%02d", d)));
    return b.toString();
  }

  @Value.Check
  void check() {
    Check c = new Check("PartialDate");
    c.that(year() >= 1 && year() <= 9999, "year", Integer.toString(year()), "Range", "must have four digits");
    c.that(day().isEmpty() || month().isPresent(), "day", day().toString(), "Precision", "needs a month");
    month().ifPresent(m -> c.that(m >= 1 && m <= 12, "month", m.toString(), "Range", "must be 1 to 12"));
    if (day().isPresent() && month().isPresent() && month().get() >= 1 && month().get() <= 12 && year() >= 1) {
      c.that(YearMonth.of(year(), month().get()).isValidDay(day().get()), "day", day().get().toString(), "Range",
          "must be a day of " + YearMonth.of(year(), month().get()));
    }
    c.done();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PartialDate}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutablePartialDate.Builder {
    Builder() {}
  }
}
