package io.github.sponsorsdk.sms.rules.calendar;

import io.github.sponsorsdk.sms.core.place.UkNation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The working-day calendars of England and Wales, Scotland and Northern Ireland, built from jollyday's data.
 *
 * <p>{@link #of(UkNation)} returns a calendar for {@value #FIRST_YEAR} to {@value #LAST_YEAR}. The three are built
 * together on first use (jollyday's XML is read once, about a few hundred milliseconds with JAXB start-up) and cached
 * for the life of the class loader; initialisation is thread-safe (class-holder idiom) and the calendars are
 * immutable. The nation is always explicit: there is no default calendar.
 *
 * <pre>{@code
 * WorkingDayCalendar scotland = UkWorkingDayCalendars.of(UkNation.SCOTLAND);
 * LocalDate deadline = scotland.plusWorkingDays(eventDate, 10);
 * }</pre>
 */
public final class UkWorkingDayCalendars {

  /** The first year of the cached calendars. */
  public static final int FIRST_YEAR = 2000;
  /** The last year (inclusive) of the cached calendars. */
  public static final int LAST_YEAR = 2060;

  private UkWorkingDayCalendars() {}

  /**
   * The cached calendar of {@code nation} for {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Add a newly proclaimed
   * holiday with {@link WorkingDayCalendar#withAddedHoliday}; the cached calendar itself never changes.
   */
  public static WorkingDayCalendar of(UkNation nation) {
    return Holder.CALENDARS.get(Objects.requireNonNull(nation, "nation"));
  }

  /**
   * Builds (uncached) the calendar of {@code nation} for another range of years, reading jollyday's data again.
   * Prefer {@link #of(UkNation)}; use this only when dates outside {@value #FIRST_YEAR}..{@value #LAST_YEAR} are
   * needed, and keep the result.
   */
  public static WorkingDayCalendar build(UkNation nation, int firstYear, int lastYear) {
    return JollydayHolidaySource.load().buildCalendar(Objects.requireNonNull(nation, "nation"), firstYear, lastYear);
  }

  /** Built on first access to {@link #of}: the JVM guarantees this runs once, safely published. */
  private static final class Holder {
    static final Map<UkNation, WorkingDayCalendar> CALENDARS = buildAll();

    private static Map<UkNation, WorkingDayCalendar> buildAll() {
      JollydayHolidaySource source = JollydayHolidaySource.load();
      Map<UkNation, WorkingDayCalendar> map = new EnumMap<>(UkNation.class);
      for (UkNation nation : UkNation.values()) {
        map.put(nation, source.buildCalendar(nation, FIRST_YEAR, LAST_YEAR));
      }
      return Collections.unmodifiableMap(map);
    }
  }
}
