package io.github.sponsorsdk.sms.rules.calendar;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The working-day calendars of England and Wales, Scotland and Northern Ireland, from the bank-holiday table compiled
 * into sms-rules at build time from jollyday's {@code Holidays_gb.xml}.
 *
 * <p>{@link #of(UkNation)} returns a calendar for {@value #FIRST_YEAR} to {@value #LAST_YEAR}. The three are built
 * together on first use from the jar's resource {@code io/github/sponsorsdk/sms/rules/calendar/uk-bank-holidays.txt}
 * (about 12 KB of text, parsed in one pass; no XML, no JAXB, no reflection, so no JVM flag on the module path) and
 * kept for the life of the class loader. Loading is thread-safe and the calendars are immutable. The nation is
 * always explicit: there is no default calendar.
 *
 * <pre>{@code
 * WorkingDayCalendar scotland = UkWorkingDayCalendars.of(UkNation.SCOTLAND);
 * LocalDate deadline = scotland.plusWorkingDays(eventDate, 10);
 * }</pre>
 *
 * <p><b>Data.</b> jollyday (de.focus-shift) 2.19.0, {@code holidays/Holidays_gb.xml}, sub-calendars {@code eng},
 * {@code sct} and {@code nir}; the version and the XML's sha256 are recorded in the resource and in each calendar's
 * {@link WorkingDayCalendar#source() source()}. jollyday is a build-time (and test) dependency only. Tests hold the
 * table against jollyday on every day of the range and against the GOV.UK feed for 2018 to 2027
 * ({@code docs/decisions/0410-working-day-calendars.md}, {@code docs/decisions/0450-calendar-table-at-build-time.md}).
 * For other years, or other data, compile a calendar from your own dates with
 * {@link WorkingDayCalendar#of(UkNation, int, int, java.util.Collection, Citation)}; for a holiday proclaimed after
 * the data was published, use {@link WorkingDayCalendar#withAddedHoliday}.
 *
 * <p><b>Failure.</b> If the resource is missing or corrupt (a jar rebuilt without it, say), every call of
 * {@link #of} throws a new {@link CalendarDataException} naming the resource and the cause; nothing is cached, no
 * class initialiser fails, and a later call that finds the resource succeeds.
 */
public final class UkWorkingDayCalendars {

  /** The first year of the calendars. */
  public static final int FIRST_YEAR = 2000;
  /** The last year (inclusive) of the calendars. */
  public static final int LAST_YEAR = 2060;

  /** Cannot fail: it only stores the loader, which runs on the first call of {@link #of}. */
  private static final CalendarCache CALENDARS = new CalendarCache(new ShippedTable());

  private UkWorkingDayCalendars() {}

  /**
   * The calendar of {@code nation} for {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Add a newly proclaimed holiday
   * with {@link WorkingDayCalendar#withAddedHoliday}; the calendar returned here never changes.
   *
   * @param nation the nation whose bank holidays count; never defaulted
   * @return the calendar, the same instance on every call
   * @throws CalendarDataException if the bank-holiday table shipped in the sms-rules jar cannot be read (on this
   *     call and every later one until it can)
   */
  public static WorkingDayCalendar of(UkNation nation) {
    return CALENDARS.of(Objects.requireNonNull(nation, "nation"));
  }

  /**
   * Compiles every nation's calendar from {@code table}.
   *
   * @throws CalendarDataException if the table does not cover exactly {@value #FIRST_YEAR}..{@value #LAST_YEAR}
   */
  static Map<UkNation, WorkingDayCalendar> calendars(UkBankHolidayTable table) {
    if (table.firstYear() != FIRST_YEAR || table.lastYear() != LAST_YEAR) {
      throw new CalendarDataException(table.resource(), "it covers " + table.firstYear() + ".." + table.lastYear()
          + " but UkWorkingDayCalendars promises " + FIRST_YEAR + ".." + LAST_YEAR);
    }
    Map<UkNation, WorkingDayCalendar> map = new EnumMap<>(UkNation.class);
    for (UkNation nation : UkNation.values()) {
      map.put(nation, WorkingDayCalendar.ofHolidayBits(nation, FIRST_YEAR, LAST_YEAR, table.holidayBits(nation),
          new TableCitation(table, nation)));
    }
    return Collections.unmodifiableMap(map);
  }

  /*
   * Named classes rather than lambdas: the first lambda (or string concatenation) of a JVM bootstraps
   * java.lang.invoke, which would cost more than reading the table.
   */

  /** Loads the table shipped in the jar and compiles every nation's calendar. */
  private static final class ShippedTable implements Supplier<Map<UkNation, WorkingDayCalendar>> {
    @Override
    public Map<UkNation, WorkingDayCalendar> get() {
      return calendars(UkBankHolidayTable.load());
    }
  }

  /** A calendar's citation, made on first use. */
  private static final class TableCitation implements Supplier<Citation> {
    private final UkBankHolidayTable table;
    private final UkNation nation;

    TableCitation(UkBankHolidayTable table, UkNation nation) {
      this.table = table;
      this.nation = nation;
    }

    @Override
    public Citation get() {
      return citation(table, nation);
    }
  }

  /**
   * The citation of a calendar built from {@code table}. Built when first asked for
   * ({@link WorkingDayCalendar#source()}), not with the calendar: building a {@link Citation} validates it with Bean
   * Validation, whose start-up would cost more than loading the whole table.
   */
  static Citation citation(UkBankHolidayTable table, UkNation nation) {
    return Citation.of(Source.JOLLYDAY_HOLIDAYS_GB,
            "SubConfigurations hierarchy=\"" + table.subCalendar(nation) + "\" and the common gb holidays")
        .withUrl("https://github.com/focus-shift/jollyday/blob/v" + table.jollydayVersion()
            + "/jollyday-core/src/main/resources/holidays/Holidays_gb.xml")
        .withNote("Compiled at build time from " + table.source() + " (sha256 " + table.sourceSha256() + ") into "
            + UkBankHolidayTable.PATH + "; checked against jollyday day by day and against the GOV.UK bank-holidays"
            + " feed for 2018-2027; see docs/decisions/0410 and 0450");
  }
}
