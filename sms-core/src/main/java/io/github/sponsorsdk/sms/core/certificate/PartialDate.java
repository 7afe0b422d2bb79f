package io.github.sponsorsdk.sms.core.certificate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A date that may be known only to the year or to the month: a migrant's date of birth as the SMS holds it.
 *
 * <p><b>Source.</b> The BDT schema v2.1 {@code PotentiallyPartialDateStructure} is a choice of {@code FullDate}
 * ({@code 1980-07-14}), {@code YearMonth} ({@code 1980-07}) or {@code Year} ({@code 1980}), four-digit years and no
 * time zone; {@code DateOfBirth} is "Migrant's Date of Birth, may be partial" (docs/sources.md#bdt-types). All twelve
 * official upload examples give a year only (docs/sources.md#bdt-example-files), and identity documents can carry a
 * year of birth only, so a CoS or CAS holds this value, never a bare {@link LocalDate}. Whether the SMS's online
 * CoS form takes a partial date is not documented (<b>UNCERTAIN</b>); the SDK uses the same value for both.
 *
 * <p><b>Comparisons.</b> A partial date stands for every full date it allows, from {@link #earliest()} to
 * {@link #latest()}. Age questions answer {@link AgeAnswer#YES} or {@link AgeAnswer#NO} only when every one of them
 * gives that answer, and {@link AgeAnswer#CANNOT_TELL} otherwise. Age is counted in whole years as
 * {@link Period#between} counts them, so a person born on 29 February is a year older on 1 March of a common year.
 *
 * <pre>{@code
 * PartialDate dob = PartialDate.parse("2008");           // year only
 * dob.isAtLeast(18, LocalDate.of(2027, 1, 1));           // YES: born in 2008, 18 by the end of 2026
 * dob.isAtLeast(18, LocalDate.of(2026, 6, 1));           // CANNOT_TELL: 18 only if born by 1 June 2008
 * dob.isAtLeast(18, LocalDate.of(2025, 12, 31));         // NO
 * }</pre>
 *
 * <p>JSON is the schema's lexical form, a plain string ({@code "1980"}, {@code "1980-07"}, {@code "1980-07-14"}), so
 * a full date serialises exactly as a {@link LocalDate} would.
 */
@Value.Immutable(builder = false)
@SmsStyle
public abstract class PartialDate implements WithPartialDate {

  /** How much of the date is known. */
  public enum Precision {
    /** The year only ({@code Year}). */
    YEAR,
    /** The year and the month ({@code YearMonth}). */
    YEAR_MONTH,
    /** A full date ({@code FullDate}). */
    FULL_DATE
  }

  /** {@return the year, four digits (1 to 9999)} */
  @Value.Parameter
  public abstract int year();

  /** {@return the month, 1 to 12, when known} */
  @Value.Parameter
  public abstract Optional<Integer> month();

  /** {@return the day of the month, when known (only with a month)} */
  @Value.Parameter
  public abstract Optional<Integer> day();

  /**
   * A year-only date.
   *
   * @param year the year of birth, all that is known
   * @return the year-only date
   */
  public static PartialDate of(Year year) {
    return ImmutablePartialDate.of(year.getValue(), Optional.empty(), Optional.empty());
  }

  /**
   * A year-and-month date.
   *
   * @param yearMonth the year and month, all that is known
   * @return the year-and-month date
   */
  public static PartialDate of(YearMonth yearMonth) {
    return ImmutablePartialDate.of(yearMonth.getYear(), Optional.of(yearMonth.getMonthValue()), Optional.empty());
  }

  /**
   * A full date.
   *
   * @param date the full date
   * @return the full date as a partial date
   */
  public static PartialDate of(LocalDate date) {
    return ImmutablePartialDate.of(date.getYear(), Optional.of(date.getMonthValue()),
        Optional.of(date.getDayOfMonth()));
  }

  /**
   * Parses the schema's lexical forms: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, digits only, nothing
   * else (no time zone, no sign).
   *
   * @param text the date as the BDT file holds it
   * @return the date, as precise as the text
   * @throws InvalidValueException naming the text and the forms accepted
   */
  @JsonCreator
  public static PartialDate parse(String text) {
    if (text == null || !text.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
      throw new InvalidValueException("PartialDate", List.of(Violation.of("value", String.valueOf(text), "Pattern",
          "must be yyyy, yyyy-MM or yyyy-MM-dd (BDT schema v2.1 PotentiallyPartialDateStructure)")));
    }
    int year = Integer.parseInt(text.substring(0, 4));
    Optional<Integer> month = text.length() >= 7 ? Optional.of(Integer.parseInt(text.substring(5, 7)))
        : Optional.empty();
    Optional<Integer> day = text.length() == 10 ? Optional.of(Integer.parseInt(text.substring(8, 10)))
        : Optional.empty();
    return ImmutablePartialDate.of(year, month, day);
  }

  /** {@return how much of the date is known} */
  @JsonIgnore
  public Precision precision() {
    return day().isPresent() ? Precision.FULL_DATE : month().isPresent() ? Precision.YEAR_MONTH : Precision.YEAR;
  }

  /** {@return true for a full date} */
  @JsonIgnore
  public boolean isFull() {
    return day().isPresent();
  }

  /** {@return the full date, when this is one} */
  public Optional<LocalDate> toLocalDate() {
    return day().map(d -> LocalDate.of(year(), month().orElseThrow(), d));
  }

  /** {@return the first day the date allows: itself, the 1st of its month, or 1 January of its year} */
  @JsonIgnore
  public LocalDate earliest() {
    return LocalDate.of(year(), month().orElse(1), day().orElse(1));
  }

  /** {@return the last day the date allows: itself, the last day of its month, or 31 December of its year} */
  @JsonIgnore
  public LocalDate latest() {
    if (day().isPresent()) {
      return earliest();
    }
    return month().map(m -> YearMonth.of(year(), m).atEndOfMonth()).orElse(LocalDate.of(year(), 12, 31));
  }

  /**
   * {@return true when {@code date} is one of the full dates this date allows}
   *
   * @param date a full date
   */
  public boolean allows(LocalDate date) {
    return !date.isBefore(earliest()) && !date.isAfter(latest());
  }

  /**
   * Is a person born on this date at least {@code years} old on {@code on}? {@link AgeAnswer#CANNOT_TELL} when the
   * answer differs between the earliest and the latest birthday the date allows.
   *
   * @param years the age, in whole years
   * @param on the day the age is judged on
   * @return yes, no, or cannot tell
   */
  public AgeAnswer isAtLeast(int years, LocalDate on) {
    boolean latestBirthOldEnough = Period.between(latest(), on).getYears() >= years;
    boolean earliestBirthOldEnough = Period.between(earliest(), on).getYears() >= years;
    if (latestBirthOldEnough) {
      return AgeAnswer.YES;
    }
    return earliestBirthOldEnough ? AgeAnswer.CANNOT_TELL : AgeAnswer.NO;
  }

  /**
   * Is a person born on this date under {@code years} old on {@code on}? The converse of {@link #isAtLeast}.
   *
   * @param years the age, in whole years
   * @param on the day the age is judged on
   * @return yes, no, or cannot tell
   */
  public AgeAnswer isUnder(int years, LocalDate on) {
    AgeAnswer atLeast = isAtLeast(years, on);
    return atLeast == AgeAnswer.CANNOT_TELL ? atLeast : atLeast == AgeAnswer.YES ? AgeAnswer.NO : AgeAnswer.YES;
  }

  /** The lexical form of the schema: {@code 1980}, {@code 1980-07} or {@code 1980-07-14}. */
  @JsonValue
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(10);
    pad(b, year(), 4);
    month().ifPresent(m -> pad(b.append('-'), m, 2));
    day().ifPresent(d -> pad(b.append('-'), d, 2));
    return b.toString();
  }

  private static void pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    b.append(s);
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(1);
    if (year() < 1 || year() > 9999) {
      v.add(Violation.of("year", Integer.toString(year()), "Range", "must have four digits (1 to 9999)"));
    }
    if (day().isPresent() && month().isEmpty()) {
      v.add(Violation.of("day", day().get().toString(), "Precision", "a day needs a month"));
    }
    month().filter(m -> m < 1 || m > 12).ifPresent(m -> v.add(Violation.of("month", m.toString(), "Range",
        "must be 1 to 12")));
    if (day().isPresent() && month().filter(m -> m >= 1 && m <= 12).isPresent() && year() >= 1 && year() <= 9999
        && !YearMonth.of(year(), month().get()).isValidDay(day().get())) {
      v.add(Violation.of("day", day().get().toString(), "Range",
          "must be a day of " + YearMonth.of(year(), month().get())));
    }
    if (!v.isEmpty()) {
      throw new InvalidValueException("PartialDate", v);
    }
  }
}
