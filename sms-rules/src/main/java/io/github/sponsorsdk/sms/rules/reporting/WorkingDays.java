package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * The working-day arithmetic the duties engine needs, as a small interface so the engine does not care where the
 * days come from. The SDK's implementation is {@link #of(WorkingDayCalendar)} (a month bitset over jollyday's UK
 * data, see {@code calendar}); a caller can plug another source, and the benchmark plugs a naive day-by-day loop
 * as its baseline. Implementations follow {@link WorkingDayCalendar}'s counting rules exactly and throw a
 * {@link java.time.DateTimeException} for dates they do not cover.
 */
public interface WorkingDays {

  /** {@return the nation whose bank holidays apply} */
  UkNation nation();

  /**
   * {@return true when {@code date} is a working day: Monday to Friday and not a bank holiday of the nation}
   *
   * @param date the day
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * {@return the {@code n}-th working day strictly after {@code date} ({@code n >= 1}); {@code date} is never counted}
   *
   * @param date the day to count from
   * @param n how many
   */
  LocalDate plusWorkingDays(LocalDate date, int n);

  /**
   * {@return {@code date} if it is a working day, else the next working day}
   *
   * @param date the day
   */
  LocalDate nextOrSame(LocalDate date);

  /**
   * {@return the last working day strictly before {@code date}}
   *
   * @param date the day
   */
  LocalDate previous(LocalDate date);

  /**
   * {@return {@code date} if it is a working day, else the previous working day}
   *
   * @param date the day
   */
  LocalDate previousOrSame(LocalDate date);

  /**
   * {@return {@link #isWorkingDay(LocalDate)} on an epoch day ({@link LocalDate#toEpochDay()}), the form the event
   * derivation's attendance scan uses} The default converts; the SDK's calendar answers from its index without
   * allocating.
   *
   * @param epochDay the day, as {@link LocalDate#toEpochDay()}
   */
  default boolean isWorkingDay(long epochDay) {
    return isWorkingDay(LocalDate.ofEpochDay(epochDay));
  }

  /**
   * {@return {@link #plusWorkingDays(LocalDate, int)} on epoch days ({@link LocalDate#toEpochDay()}), the form the
   * engine's batch loop uses} The default converts to and from {@link LocalDate}; the SDK's calendar answers from an
   * index without allocating.
   *
   * @param epochDay the day, as {@link LocalDate#toEpochDay()}
   * @param n how many
   */
  default long plusWorkingDays(long epochDay, int n) {
    return plusWorkingDays(LocalDate.ofEpochDay(epochDay), n).toEpochDay();
  }

  /**
   * {@return {@link #nextOrSame(LocalDate)} on epoch days; see {@link #plusWorkingDays(long, int)}}
   *
   * @param epochDay the day, as {@link LocalDate#toEpochDay()}
   */
  default long nextOrSame(long epochDay) {
    return nextOrSame(LocalDate.ofEpochDay(epochDay)).toEpochDay();
  }

  /**
   * {@return {@link #previous(LocalDate)} on epoch days; see {@link #plusWorkingDays(long, int)}}
   *
   * @param epochDay the day, as {@link LocalDate#toEpochDay()}
   */
  default long previous(long epochDay) {
    return previous(LocalDate.ofEpochDay(epochDay)).toEpochDay();
  }

  /**
   * {@return {@link #previousOrSame(LocalDate)} on epoch days; see {@link #plusWorkingDays(long, int)}}
   *
   * @param epochDay the day, as {@link LocalDate#toEpochDay()}
   */
  default long previousOrSame(long epochDay) {
    return previousOrSame(LocalDate.ofEpochDay(epochDay)).toEpochDay();
  }

  /**
   * {@return the SDK's bitset calendar as {@link WorkingDays}}
   *
   * @param calendar the calendar
   */
  static WorkingDays of(WorkingDayCalendar calendar) {
    return new CalendarWorkingDays(calendar);
  }

  /** Delegates to a {@link WorkingDayCalendar}. */
  final class CalendarWorkingDays implements WorkingDays {
    private final WorkingDayCalendar calendar;

    CalendarWorkingDays(WorkingDayCalendar calendar) {
      this.calendar = calendar;
    }

    @Override
    public UkNation nation() {
      return calendar.nation();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return calendar.isWorkingDay(date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
      return calendar.plusWorkingDays(date, n);
    }

    @Override
    public LocalDate nextOrSame(LocalDate date) {
      return calendar.nextOrSame(date);
    }

    @Override
    public LocalDate previous(LocalDate date) {
      return calendar.previous(date);
    }

    @Override
    public LocalDate previousOrSame(LocalDate date) {
      return calendar.previousOrSame(date);
    }

    @Override
    public boolean isWorkingDay(long epochDay) {
      return calendar.isWorkingDay(epochDay);
    }

    @Override
    public long plusWorkingDays(long epochDay, int n) {
      return calendar.plusWorkingDays(epochDay, n);
    }

    @Override
    public long nextOrSame(long epochDay) {
      return calendar.nextOrSame(epochDay);
    }

    @Override
    public long previous(long epochDay) {
      return calendar.previous(epochDay);
    }

    @Override
    public long previousOrSame(long epochDay) {
      return calendar.previousOrSame(epochDay);
    }

    @Override
    public String toString() {
      return calendar.toString();
    }
  }
}
