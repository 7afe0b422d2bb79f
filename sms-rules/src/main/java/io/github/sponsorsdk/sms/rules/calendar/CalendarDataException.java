package io.github.sponsorsdk.sms.rules.calendar;

/**
 * The UK bank-holiday table that ships inside the sms-rules jar could not be read, so no UK working-day calendar
 * can be built. The message names the resource and what was wrong with it; {@link #getCause()} holds the underlying
 * failure where there is one (an {@link java.io.IOException}, or the table's format error with its line number).
 *
 * <p>It means a broken or repackaged jar (a shading step that dropped or rewrote the resource, say), never bad input.
 * {@link UkWorkingDayCalendars#of} throws a new instance on every call until the table loads: the failure is never
 * cached in a class initialiser, so it never turns into an {@link ExceptionInInitializerError} or a bare
 * {@link NoClassDefFoundError} later.
 */
public class CalendarDataException extends IllegalStateException {
  /** Version 1 of the serialised form (message, cause, resource). */
  private static final long serialVersionUID = 1L;

  /** The class-path resource that could not be read. */
  private final String resource;

  /** A failure with an underlying cause (an I/O error, a format error). */
  CalendarDataException(String resource, String problem, Throwable cause) {
    super(message(resource, problem), cause);
    this.resource = resource;
  }

  /** A failure with no underlying exception (the resource is missing). */
  CalendarDataException(String resource, String problem) {
    super(message(resource, problem));
    this.resource = resource;
  }

  private static String message(String resource, String problem) {
    return "Cannot load the UK bank-holiday table, class-path resource " + resource + " (part of the sms-rules jar): "
        + problem;
  }

  /**
   * The class-path resource that could not be read.
   *
   * @return its full name, e.g. {@code io/github/sponsorsdk/sms/rules/calendar/uk-bank-holidays.txt}
   */
  public String resource() {
    return resource;
  }
}
