package io.github.sponsorsdk.sms.rules.calendar;

import io.github.sponsorsdk.sms.core.place.UkNation;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The UK calendars, loaded on first use and then kept; a failed load is never kept.
 *
 * <p>Why not the class-holder idiom: an exception thrown while a class initialises becomes an
 * {@link ExceptionInInitializerError} once and a bare {@link NoClassDefFoundError} on every later use, for the life
 * of the class loader, with the cause lost. Here the loader runs under a lock until it succeeds (double-checked on a
 * {@code volatile} field, so later calls cost one read); if it throws, nothing is stored, the exception reaches the
 * caller as it is, and the next call tries again and throws a new, equally descriptive exception. Retrying costs a
 * class-path lookup: a missing or corrupt resource fails the same way each time, and a transient failure heals.
 */
final class CalendarCache {

  private final Supplier<Map<UkNation, WorkingDayCalendar>> loader;
  private volatile Map<UkNation, WorkingDayCalendar> calendars;

  /** @param loader builds every nation's calendar; may throw, is called until it returns */
  CalendarCache(Supplier<Map<UkNation, WorkingDayCalendar>> loader) {
    this.loader = loader;
  }

  /** The calendar of {@code nation}, loading all of them first if no earlier call succeeded. */
  WorkingDayCalendar of(UkNation nation) {
    Map<UkNation, WorkingDayCalendar> loaded = calendars;
    if (loaded == null) {
      synchronized (this) {
        loaded = calendars;
        if (loaded == null) {
          loaded = loader.get();
          calendars = loaded;
        }
      }
    }
    return loaded.get(nation);
  }
}
