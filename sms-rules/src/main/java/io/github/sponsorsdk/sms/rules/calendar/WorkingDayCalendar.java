package io.github.sponsorsdk.sms.rules.calendar;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The working days of one UK nation over an explicit range of whole years: Monday to Friday except that nation's
 * bank holidays (substitute days and one-off days included).
 *
 * <p>Compiled once into a month bitset (the technique of OpenGamma Strata's {@code ImmutableHolidayCalendar}): one
 * {@code int} per month, bit {@code d - 1} set when day {@code d} is a working day. A lookup is an array read and a
 * bit test; moving to the next working day is {@link Integer#numberOfTrailingZeros}; counting is
 * {@link Integer#bitCount}. No holiday source is consulted after construction, so every method is pure, allocation
 * light and thread-safe.
 *
 * <h2>Counting rules</h2>
 * <ul>
 *   <li>{@link #plusWorkingDays(LocalDate, int) plusWorkingDays(date, n)} with {@code n > 0} is the {@code n}-th
 *       working day strictly after {@code date}; {@code date} itself is never counted, whether or not it is a
 *       working day. So "deadline = 10 working days after the event" is {@code plusWorkingDays(event, 10)}, and an
 *       event on a Saturday or a bank holiday counts from the next working day on. With {@code n < 0} it is the
 *       {@code |n|}-th working day strictly before. With {@code n == 0} it returns {@code date} unchanged, even on a
 *       non-working day (use {@link #nextOrSame} or {@link #previousOrSame} to roll). This is Strata's
 *       {@code HolidayCalendar.shift}.
 *   <li>{@link #workingDaysBetween(LocalDate, LocalDate)} is half-open: the start counts, the end does not.
 *       For a working day {@code d} and {@code n >= 0}, {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
 *   <li>{@link #isHoliday} is Strata's meaning (any non-working day, weekends included);
 *       {@link #isBankHoliday} is the narrower UK meaning (a weekday that is not a working day).
 * </ul>
 *
 * <h2>Range</h2>
 * Every method throws {@link CalendarRangeException} for a date outside {@link #firstDay()}..{@link #lastDay()}, or
 * when an answer would fall outside it; an exclusive end of {@code lastDay() + 1} is accepted where a method takes
 * one.
 *
 * <h2>Epoch-day forms</h2>
 * {@link #isWorkingDay(long)}, {@link #plusWorkingDays(long, int)}, {@link #nextOrSame(long)}, {@link #previous(long)}
 * and {@link #previousOrSame(long)} take and return epoch days ({@link LocalDate#toEpochDay()}) with the same
 * rules and range checks, for batch engines that must not build a {@code LocalDate} per call; they answer from an
 * index of the days built on first use (decision 0440).
 *
 * <h2>Overrides</h2>
 * {@link #withAddedHoliday} and {@link #withRemovedHoliday} return a new calendar with one day changed and the
 * change, with its citation, appended to {@link #overrides()}; this calendar is unchanged. Overrides apply in order,
 * so a later one on the same day wins.
 *
 * <p>Value type: immutable and thread-safe; compare with {@code equals}, never by identity.
 */
public final class WorkingDayCalendar {

  private static final int MAX_YEARS = 1000;

  private final UkNation nation;
  private final int firstYear;
  private final int lastYear;
  /** Index {@code (year - firstYear) * 12 + month - 1}; bit {@code day - 1} set = working day. */
  private final int[] workingDays;
  private final LazyCitation source;
  private final List<CalendarOverride> overrides;
  /** The epoch-day index, built on the first epoch-day call (racy single check: it is immutable, so safe). */
  private DayIndex dayIndex;

  private WorkingDayCalendar(UkNation nation, int firstYear, int lastYear, int[] workingDays, LazyCitation source,
      List<CalendarOverride> overrides) {
    this.nation = nation;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.workingDays = workingDays;
    this.source = source;
    this.overrides = List.copyOf(overrides);
  }

  /**
   * Compiles a calendar from a set of bank holidays. Pure: the holidays are data handed in (for the UK's own data,
   * use {@link UkWorkingDayCalendars}).
   *
   * @param nation the nation the holidays belong to
   * @param firstYear the first year covered
   * @param lastYear the last year covered (inclusive), at most 1000 years after {@code firstYear}
   * @param bankHolidays the bank holidays, as observed (substitute days, not the weekend dates they replace); dates
   *     on a Saturday or Sunday change nothing
   * @param source where the holidays come from
   * @return the calendar, with no overrides
   * @throws IllegalArgumentException if the range is empty, longer than 1000 years or beyond {@link Year}'s limits, or
   *     a holiday lies outside it
   */
  public static WorkingDayCalendar of(UkNation nation, int firstYear, int lastYear,
      Collection<LocalDate> bankHolidays, Citation source) {
    Objects.requireNonNull(nation, "nation");
    Objects.requireNonNull(source, "source");
    checkYears(firstYear, lastYear);
    int[] holidays = new int[(lastYear - firstYear + 1) * 12];
    for (LocalDate holiday : bankHolidays) {
      if (holiday.getYear() < firstYear || holiday.getYear() > lastYear) {
        throw new IllegalArgumentException("Bank holiday " + holiday + " lies outside the calendar's years "
            + firstYear + ".." + lastYear);
      }
      holidays[(holiday.getYear() - firstYear) * 12 + holiday.getMonthValue() - 1] |= 1 << (holiday.getDayOfMonth() - 1);
    }
    return ofHolidayBits(nation, firstYear, lastYear, holidays, new LazyCitation(source));
  }

  /**
   * The calendar of {@code nation} whose bank holidays are the set bits of {@code holidays} (index
   * {@code (year - firstYear) * 12 + month - 1}, bit {@code day - 1}; bits on weekends or beyond a month's end are
   * ignored), with its citation built on the first call of {@link #source()} by {@code source} (see
   * {@link UkWorkingDayCalendars}), which must not fail or return null. Creates no {@code LocalDate} and no lambda:
   * this is the path of the first {@link UkWorkingDayCalendars#of} in a cold JVM.
   */
  static WorkingDayCalendar ofHolidayBits(UkNation nation, int firstYear, int lastYear, int[] holidays,
      Supplier<Citation> source) {
    return ofHolidayBits(nation, firstYear, lastYear, holidays, new LazyCitation(source));
  }

  private static WorkingDayCalendar ofHolidayBits(UkNation nation, int firstYear, int lastYear, int[] holidays,
      LazyCitation source) {
    Objects.requireNonNull(nation, "nation");
    checkYears(firstYear, lastYear);
    int[] bits = new int[(lastYear - firstYear + 1) * 12];
    if (holidays.length != bits.length) {
      throw new IllegalArgumentException("Expected " + bits.length + " months of holidays, got " + holidays.length);
    }
    for (int i = 0; i < bits.length; i++) {
      bits[i] = IsoDays.weekdays(firstYear + i / 12, i % 12 + 1) & ~holidays[i];
    }
    return new WorkingDayCalendar(nation, firstYear, lastYear, bits, source, List.of());
  }

  private static void checkYears(int firstYear, int lastYear) {
    if (firstYear > lastYear || lastYear - firstYear >= MAX_YEARS || firstYear < Year.MIN_VALUE
        || lastYear > Year.MAX_VALUE) {
      throw new IllegalArgumentException("Year range must be non-empty, at most " + MAX_YEARS + " years and within "
          + Year.MIN_VALUE + ".." + Year.MAX_VALUE + ": " + firstYear + ".." + lastYear);
    }
  }

  // ----------------------------------------------------------------------------------------------------------
  // Description

  /** {@return the nation whose bank holidays this calendar holds} */
  public UkNation nation() {
    return nation;
  }

  /** {@return where the bank holidays come from (before {@link #overrides()})} */
  public Citation source() {
    return source.get();
  }

  /** {@return the caller's corrections, in the order applied; empty for a calendar straight from its source} */
  public List<CalendarOverride> overrides() {
    return overrides;
  }

  /** {@return the first day covered: 1 January of the first year} */
  public LocalDate firstDay() {
    return LocalDate.of(firstYear, 1, 1);
  }

  /** {@return the last day covered (inclusive): 31 December of the last year} */
  public LocalDate lastDay() {
    return LocalDate.of(lastYear, 12, 31);
  }

  /**
   * {@return true when {@code date} lies within {@link #firstDay()}..{@link #lastDay()}}
   *
   * @param date the day
   */
  public boolean covers(LocalDate date) {
    int y = date.getYear();
    return y >= firstYear && y <= lastYear;
  }

  // ----------------------------------------------------------------------------------------------------------
  // Queries

  /**
   * {@return true when {@code date} is a working day: Monday to Friday and not a bank holiday}
   *
   * @throws CalendarRangeException if the date is outside the range
   * @param date the day
   */
  public boolean isWorkingDay(LocalDate date) {
    return (workingDays[index(date)] & (1 << (date.getDayOfMonth() - 1))) != 0;
  }

  /**
   * {@return true when {@code date} is not a working day: a Saturday, a Sunday or a bank holiday} This is the meaning
   * of Strata's {@code HolidayCalendar.isHoliday}; see {@link #isBankHoliday} for bank holidays alone.
   *
   * @throws CalendarRangeException if the date is outside the range
   * @param date the day
   */
  public boolean isHoliday(LocalDate date) {
    return !isWorkingDay(date);
  }

  /**
   * {@return true when {@code date} is a bank holiday: a Monday to Friday that is not a working day (substitute and
   * one-off days included)}
   *
   * @throws CalendarRangeException if the date is outside the range
   * @param date the day
   */
  public boolean isBankHoliday(LocalDate date) {
    return !isWorkingDay(date) && !isWeekend(date);
  }

  /**
   * {@return the bank holidays in {@code year}, in date order}
   *
   * @param year the year
   */
  public List<LocalDate> bankHolidays(Year year) {
    return bankHolidaysBetween(year.atDay(1), year.plusYears(1).atDay(1));
  }

  /**
   * {@return the bank holidays from {@code startInclusive} to {@code endExclusive}, in date order}
   *
   * @throws IllegalArgumentException if the end is before the start
   * @throws CalendarRangeException if the period is outside the range
   * @param startInclusive the first day, counted
   * @param endExclusive the day after the last
   */
  public List<LocalDate> bankHolidaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    checkPeriod(startInclusive, endExclusive);
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
      if (isBankHoliday(d)) {
        out.add(d);
      }
    }
    return out;
  }

  // ----------------------------------------------------------------------------------------------------------
  // Moving

  /**
   * {@return the first working day strictly after {@code date}}
   *
   * @throws CalendarRangeException if the date is outside the range, or no working day follows within it
   * @param date the day
   */
  public LocalDate next(LocalDate date) {
    int i = index(date);
    int bits = workingDays[i] & (-1 << date.getDayOfMonth());
    while (bits == 0) {
      if (++i == workingDays.length) {
        throw ranOut(date, "no working day after");
      }
      bits = workingDays[i];
    }
    return dateAt(i, Integer.numberOfTrailingZeros(bits) + 1);
  }

  /**
   * {@return {@code date} if it is a working day, otherwise the first working day after it}
   *
   * @throws CalendarRangeException if the date is outside the range, or no working day follows within it
   * @param date the day
   */
  public LocalDate nextOrSame(LocalDate date) {
    return isWorkingDay(date) ? date : next(date);
  }

  /**
   * {@return the last working day strictly before {@code date}}
   *
   * @throws CalendarRangeException if the date is outside the range, or no working day precedes it within it
   * @param date the day
   */
  public LocalDate previous(LocalDate date) {
    int i = index(date);
    int bits = workingDays[i] & ((1 << (date.getDayOfMonth() - 1)) - 1);
    while (bits == 0) {
      if (--i < 0) {
        throw ranOut(date, "no working day before");
      }
      bits = workingDays[i];
    }
    return dateAt(i, 32 - Integer.numberOfLeadingZeros(bits));
  }

  /**
   * {@return {@code date} if it is a working day, otherwise the last working day before it}
   *
   * @throws CalendarRangeException if the date is outside the range, or no working day precedes it within it
   * @param date the day
   */
  public LocalDate previousOrSame(LocalDate date) {
    return isWorkingDay(date) ? date : previous(date);
  }

  /**
   * Moves {@code n} working days from {@code date}: for {@code n > 0} the {@code n}-th working day strictly after
   * {@code date}, for {@code n < 0} the {@code |n|}-th strictly before, for {@code n == 0} {@code date} itself
   * unchanged. {@code date} is never counted, even when it is a working day; when it is not, counting starts from
   * the next (or previous) working day, so {@code plusWorkingDays(saturday, 1)} is the Monday (if Monday is a
   * working day).
   *
   * <p>Typical use: a reporting deadline of N working days after an event is {@code plusWorkingDays(event, N)}.
   *
   * @throws CalendarRangeException if the date is outside the range, or the answer would be
   * @param date the day to count from, never counted itself
   * @param n how many working days; negative counts back
   * @return the working day reached
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    int i = index(date);
    int dom = date.getDayOfMonth();
    if (n > 0) {
      int remaining = n;
      int bits = workingDays[i] & (-1 << dom);
      int count;
      while ((count = Integer.bitCount(bits)) < remaining) {
        remaining -= count;
        if (++i == workingDays.length) {
          throw ranOut(date, n + " working days after");
        }
        bits = workingDays[i];
      }
      for (int k = 1; k < remaining; k++) {
        bits &= bits - 1; // clear the lowest working day
      }
      return dateAt(i, Integer.numberOfTrailingZeros(bits) + 1);
    }
    if (n < 0) {
      long remaining = -(long) n;
      int bits = workingDays[i] & ((1 << (dom - 1)) - 1);
      int count;
      while ((count = Integer.bitCount(bits)) < remaining) {
        remaining -= count;
        if (--i < 0) {
          throw ranOut(date, -(long) n + " working days before");
        }
        bits = workingDays[i];
      }
      for (long k = 1; k < remaining; k++) {
        bits &= ~Integer.highestOneBit(bits); // clear the latest working day
      }
      return dateAt(i, 32 - Integer.numberOfLeadingZeros(bits));
    }
    return date;
  }

  /**
   * Moves {@code n} working days back: {@code plusWorkingDays(date, -n)}, with the same counting rules.
   *
   * @throws CalendarRangeException if the date is outside the range, or the answer would be
   * @throws ArithmeticException if {@code n} is {@link Integer#MIN_VALUE}
   * @param date the day to count from, never counted itself
   * @param n how many working days back
   * @return the working day reached
   */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    return plusWorkingDays(date, Math.negateExact(n));
  }

  // ----------------------------------------------------------------------------------------------------------
  // Epoch-day forms (for batch engines)

  /**
   * {@return {@link #isWorkingDay(LocalDate)} for an epoch day ({@link LocalDate#toEpochDay()})} The epoch-day forms
   * give the same answers, under the same counting rules and range checks, as the {@code LocalDate} methods, but
   * allocate nothing and cost two array reads: on first use the calendar builds an index of its days (the number of
   * working days before each day, and the epoch day of each working day; about 150 KB for the UK calendars' 61 years).
   *
   * @throws CalendarRangeException if the day is outside the range
   * @param epochDay the day, as {@link LocalDate#toEpochDay()}
   */
  public boolean isWorkingDay(long epochDay) {
    DayIndex x = dayIndex();
    int k = x.offset(epochDay, this);
    return x.rank[k + 1] != x.rank[k];
  }

  /**
   * {@return {@link #plusWorkingDays(LocalDate, int)} for an epoch day: the {@code n}-th working day strictly after
   * (or, {@code n < 0}, before) {@code epochDay}; {@code epochDay} itself when {@code n == 0}}
   *
   * @throws CalendarRangeException if the day is outside the range, or the answer would be
   * @param epochDay the day, as {@link LocalDate#toEpochDay()}
   * @param n how many working days; negative counts back
   */
  public long plusWorkingDays(long epochDay, int n) {
    DayIndex x = dayIndex();
    int k = x.offset(epochDay, this);
    if (n > 0) {
      return x.workingDay(x.rank[k + 1] + (long) n - 1, epochDay, this);
    }
    if (n < 0) {
      return x.workingDay(x.rank[k] + (long) n, epochDay, this);
    }
    return epochDay;
  }

  /**
   * {@return {@link #nextOrSame(LocalDate)} for an epoch day}
   *
   * @throws CalendarRangeException if the day is outside the range, or no working day follows within it
   * @param epochDay the day, as {@link LocalDate#toEpochDay()}
   */
  public long nextOrSame(long epochDay) {
    DayIndex x = dayIndex();
    return x.workingDay(x.rank[x.offset(epochDay, this)], epochDay, this);
  }

  /**
   * {@return {@link #previous(LocalDate)} for an epoch day}
   *
   * @throws CalendarRangeException if the day is outside the range, or no working day precedes it within it
   * @param epochDay the day, as {@link LocalDate#toEpochDay()}
   */
  public long previous(long epochDay) {
    DayIndex x = dayIndex();
    return x.workingDay(x.rank[x.offset(epochDay, this)] - 1L, epochDay, this);
  }

  /**
   * {@return {@link #previousOrSame(LocalDate)} for an epoch day}
   *
   * @throws CalendarRangeException if the day is outside the range, or no working day precedes it within it
   * @param epochDay the day, as {@link LocalDate#toEpochDay()}
   */
  public long previousOrSame(long epochDay) {
    DayIndex x = dayIndex();
    return x.workingDay(x.rank[x.offset(epochDay, this) + 1] - 1L, epochDay, this);
  }

  private DayIndex dayIndex() {
    DayIndex x = dayIndex;
    if (x == null) {
      x = new DayIndex(this);
      dayIndex = x;
    }
    return x;
  }

  /**
   * The days of the range as two arrays: {@code rank[k]} is the number of working days before day {@code k} of the
   * range ({@code k = epochDay - first}, one extra entry at the end), {@code first + working[j]} the epoch day
   * of the {@code j}-th working day. So the first working day on or after day {@code k} is {@code working[rank[k]]},
   * and the {@code n}-th strictly after it is {@code working[rank[k + 1] + n - 1]}.
   */
  private static final class DayIndex {
    final long first;
    final int[] rank;
    /** Offsets from {@link #first}. */
    final int[] working;

    DayIndex(WorkingDayCalendar c) {
      first = c.firstDay().toEpochDay();
      int days = (int) (c.lastDay().toEpochDay() - first + 1);
      rank = new int[days + 1];
      int[] all = new int[days];
      int count = 0;
      int k = 0;
      for (int i = 0; i < c.workingDays.length; i++) {
        int bits = c.workingDays[i];
        int length = LocalDate.of(c.firstYear + i / 12, i % 12 + 1, 1).lengthOfMonth();
        for (int d = 0; d < length; d++, k++) {
          rank[k] = count;
          if ((bits & (1 << d)) != 0) {
            all[count++] = k;
          }
        }
      }
      rank[k] = count;
      working = Arrays.copyOf(all, count);
    }

    int offset(long epochDay, WorkingDayCalendar c) {
      long k = epochDay - first;
      if (k < 0 || k >= rank.length - 1) {
        LocalDate date = LocalDate.ofEpochDay(epochDay); // itself a DateTimeException beyond LocalDate's range
        throw new CalendarRangeException(date + " is outside the " + c.nation + " working-day calendar", date,
            c.firstDay(), c.lastDay());
      }
      return (int) k;
    }

    long workingDay(long j, long from, WorkingDayCalendar c) {
      if (j < 0 || j >= working.length) {
        throw c.ranOut(LocalDate.ofEpochDay(from), j < 0 ? "no working day before" : "no working day after");
      }
      return first + working[(int) j];
    }
  }

  /**
   * {@return the number of working days from {@code startInclusive} (counted) to {@code endExclusive} (not counted)}
   * Zero when the two are equal.
   *
   * @throws IllegalArgumentException if the end is before the start
   * @throws CalendarRangeException if either end is outside the range ({@code endExclusive} may be the day after
   *     {@link #lastDay()})
   * @param startInclusive the first day, counted
   * @param endExclusive the day after the last
   */
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    checkPeriod(startInclusive, endExclusive);
    if (startInclusive.equals(endExclusive)) {
      return 0;
    }
    LocalDate endInclusive = endExclusive.minusDays(1);
    int i1 = index(startInclusive);
    int i2 = index(endInclusive);
    int fromMask = -1 << (startInclusive.getDayOfMonth() - 1);
    int toMask = (int) ((1L << endInclusive.getDayOfMonth()) - 1);
    if (i1 == i2) {
      return Integer.bitCount(workingDays[i1] & fromMask & toMask);
    }
    int total = Integer.bitCount(workingDays[i1] & fromMask) + Integer.bitCount(workingDays[i2] & toMask);
    for (int i = i1 + 1; i < i2; i++) {
      total += Integer.bitCount(workingDays[i]);
    }
    return total;
  }

  // ----------------------------------------------------------------------------------------------------------
  // Adjusters

  /**
   * {@return an adjuster for {@code temporal.with(...)} that applies {@link #plusWorkingDays(LocalDate, int)} to the
   * date part (a time of day is kept): {@code event.with(calendar.plusWorkingDaysAdjuster(10))}}
   *
   * @param n how many working days; negative counts back
   */
  public TemporalAdjuster plusWorkingDaysAdjuster(int n) {
    return t -> adjust(t, plusWorkingDays(LocalDate.from(t), n));
  }

  /** {@return an adjuster that applies {@link #next(LocalDate)} to the date part} */
  public TemporalAdjuster nextAdjuster() {
    return t -> adjust(t, next(LocalDate.from(t)));
  }

  /** {@return an adjuster that applies {@link #nextOrSame(LocalDate)} to the date part} */
  public TemporalAdjuster nextOrSameAdjuster() {
    return t -> adjust(t, nextOrSame(LocalDate.from(t)));
  }

  /** {@return an adjuster that applies {@link #previous(LocalDate)} to the date part} */
  public TemporalAdjuster previousAdjuster() {
    return t -> adjust(t, previous(LocalDate.from(t)));
  }

  /** {@return an adjuster that applies {@link #previousOrSame(LocalDate)} to the date part} */
  public TemporalAdjuster previousOrSameAdjuster() {
    return t -> adjust(t, previousOrSame(LocalDate.from(t)));
  }

  // ----------------------------------------------------------------------------------------------------------
  // Overrides

  /**
   * {@return a copy in which {@code date} is a bank holiday (a newly proclaimed one-off day, say), with the change
   * recorded in {@link #overrides()}} Adding a day that already is a bank holiday changes no day but is still recorded.
   *
   * @throws io.github.sponsorsdk.sms.core.value.InvalidValueException if the date is a Saturday or Sunday
   * @throws CalendarRangeException if the date is outside the range
   * @param date the day
   * @param citation the proclamation or notice
   */
  public WorkingDayCalendar withAddedHoliday(LocalDate date, Citation citation) {
    return withOverride(CalendarOverride.addHoliday(date, citation));
  }

  /**
   * {@return a copy in which {@code date} is a working day (a bank holiday moved away by proclamation, say), with the
   * change recorded in {@link #overrides()}} Removing a day that is already a working day changes no day but is
   * still recorded.
   *
   * @throws io.github.sponsorsdk.sms.core.value.InvalidValueException if the date is a Saturday or Sunday
   * @throws CalendarRangeException if the date is outside the range
   * @param date the day
   * @param citation the proclamation or notice
   */
  public WorkingDayCalendar withRemovedHoliday(LocalDate date, Citation citation) {
    return withOverride(CalendarOverride.removeHoliday(date, citation));
  }

  /**
   * {@return a copy with {@code override} applied and appended to {@link #overrides()}}
   *
   * @throws CalendarRangeException if the override's date is outside the range
   * @param override the change
   */
  public WorkingDayCalendar withOverride(CalendarOverride override) {
    return withOverrides(List.of(override));
  }

  /**
   * {@return a copy with each of {@code toApply} applied in order and appended to {@link #overrides()}; a caller's
   * stored list of corrections can be applied in one call}
   *
   * @throws CalendarRangeException if an override's date is outside the range
   * @param toApply the changes, in order
   */
  public WorkingDayCalendar withOverrides(Collection<CalendarOverride> toApply) {
    int[] bits = workingDays.clone();
    List<CalendarOverride> all = new ArrayList<>(overrides);
    for (CalendarOverride o : toApply) {
      LocalDate d = o.date();
      int bit = 1 << (d.getDayOfMonth() - 1);
      int i = index(d);
      bits[i] = o.kind() == CalendarOverride.Kind.ADD_HOLIDAY ? bits[i] & ~bit : bits[i] | bit;
      all.add(o);
    }
    return new WorkingDayCalendar(nation, firstYear, lastYear, bits, source, all);
  }

  // ----------------------------------------------------------------------------------------------------------
  // Internals

  private int index(LocalDate date) {
    int year = date.getYear();
    if (year < firstYear || year > lastYear) {
      throw new CalendarRangeException(date + " is outside the " + nation + " working-day calendar", date,
          firstDay(), lastDay());
    }
    return (year - firstYear) * 12 + date.getMonthValue() - 1;
  }

  private LocalDate dateAt(int index, int dayOfMonth) {
    return LocalDate.of(firstYear + index / 12, index % 12 + 1, dayOfMonth);
  }

  private CalendarRangeException ranOut(LocalDate date, String what) {
    return new CalendarRangeException("The " + nation + " working-day calendar has " + what + " " + date, date,
        firstDay(), lastDay());
  }

  private void checkPeriod(LocalDate startInclusive, LocalDate endExclusive) {
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException("End " + endExclusive + " is before start " + startInclusive);
    }
    index(startInclusive);
    if (!endExclusive.equals(lastDay().plusDays(1))) {
      index(endExclusive);
    }
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  private static Temporal adjust(Temporal temporal, LocalDate date) {
    return temporal.with(date);
  }

  /**
   * The citation, made on first use and then kept; shared by the copies {@code with*} makes. A race may make it
   * twice; both are equal and immutable, so either may be kept.
   */
  private static final class LazyCitation {
    private final Supplier<Citation> factory;
    private volatile Citation citation;

    LazyCitation(Supplier<Citation> factory) {
      this.factory = factory;
    }

    LazyCitation(Citation citation) {
      this.factory = null;
      this.citation = citation;
    }

    Citation get() {
      Citation c = citation;
      if (c == null) {
        c = Objects.requireNonNull(factory.get(), "source");
        citation = c;
      }
      return c;
    }
  }

  // ----------------------------------------------------------------------------------------------------------

  /** Equal when nation, range, source, overrides and every day's status are equal. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WorkingDayCalendar)) {
      return false;
    }
    WorkingDayCalendar other = (WorkingDayCalendar) o;
    return nation == other.nation && firstYear == other.firstYear && lastYear == other.lastYear
        && Arrays.equals(workingDays, other.workingDays) && source().equals(other.source())
        && overrides.equals(other.overrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nation, firstYear, lastYear, Arrays.hashCode(workingDays), source(), overrides);
  }

  /** {@code WorkingDayCalendar[SCOTLAND 2000..2060, 1 override]}. */
  @Override
  public String toString() {
    return "WorkingDayCalendar[" + nation + " " + firstYear + ".." + lastYear + ", " + overrides.size()
        + (overrides.size() == 1 ? " override]" : " overrides]");
  }
}
