package io.github.sponsorsdk.sms.rules.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A working-day calendar was asked about a date outside the years it was compiled for, or an answer would fall
 * outside them. Calendars never guess beyond their data: compile one for the years needed from your own dates
 * instead ({@link WorkingDayCalendar#of(io.github.sponsorsdk.sms.core.place.UkNation, int, int, java.util.Collection,
 * io.github.sponsorsdk.sms.core.citation.Citation)}).
 */
public class CalendarRangeException extends DateTimeException {
  private static final long serialVersionUID = 1L;

  /** The day asked about. */
  private final LocalDate date;
  /** The first day the calendar covers. */
  private final LocalDate firstDay;
  /** The last day the calendar covers. */
  private final LocalDate lastDay;

  /**
   * @param message what was asked
   * @param date the date asked about (or the start of the count that ran out of range)
   * @param firstDay the first day the calendar covers
   * @param lastDay the last day the calendar covers (inclusive)
   */
  public CalendarRangeException(String message, LocalDate date, LocalDate firstDay, LocalDate lastDay) {
    super(message + "; the calendar covers " + firstDay + " to " + lastDay + " inclusive");
    this.date = date;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  /** {@return the date asked about, or the start of a count that ran out of the range} */
  public LocalDate date() {
    return date;
  }

  /** {@return the first day the calendar covers} */
  public LocalDate firstDay() {
    return firstDay;
  }

  /** {@return the last day the calendar covers (inclusive)} */
  public LocalDate lastDay() {
    return lastDay;
  }
}
