package io.github.sponsorsdk.sms.rules.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place that reads jollyday: UK bank holidays from jollyday 2.19.0's {@code holidays/Holidays_gb.xml}
 * (sub-calendars {@code eng}, {@code sct}, {@code nir}), used to <em>build</em> {@link WorkingDayCalendar}s.
 *
 * <p><b>Not pure.</b> {@link #load()} makes jollyday read and parse its XML from the class path (JAXB), and jollyday
 * logs through SLF4J. That is why this class is kept apart: the rest of sms-rules stays free of I/O, and a built
 * {@link WorkingDayCalendar} never calls back into jollyday. An architecture test allows jollyday types here only,
 * and this class only from here and {@link UkWorkingDayCalendars}. Build once at start-up (as
 * {@link UkWorkingDayCalendars#of} does); never use this class for per-date lookups in production code.
 *
 * <p>The dates are jollyday's <em>observed</em> dates ({@link Holiday#getDate()}), so substitute days count and the
 * weekend dates they replace do not. Wales has the same bank holidays as England; England's sub-calendar
 * {@code eng} is used for {@link UkNation#ENGLAND_AND_WALES}.
 *
 * <p><b>Module path.</b> On the class path nothing is needed. On the module path, jollyday 2.19.0's core
 * instantiates its JAXB parser classes reflectively from a package that {@code de.focus_shift.jollyday.jaxb} does
 * not export, so the JVM needs
 * {@value #MODULE_PATH_FLAG} (checked by hand with {@code java -p}); without it loading fails with an
 * {@link IllegalStateException} that names the flag.
 */
public final class JollydayHolidaySource {

  /** The jollyday release the data and the {@link #citation} refer to (pinned in the parent POM). */
  public static final String JOLLYDAY_VERSION = "2.19.0";

  /** The JVM option jollyday 2.19.0 needs when the application runs on the module path. */
  public static final String MODULE_PATH_FLAG =
      "--add-exports de.focus_shift.jollyday.jaxb/de.focus_shift.jollyday.jaxb=de.focus_shift.jollyday.core";

  private final HolidayManager manager;

  private JollydayHolidaySource(HolidayManager manager) {
    this.manager = manager;
  }

  /**
   * Reads jollyday's United Kingdom data (class-path I/O and XML parsing, once per JVM; jollyday caches it).
   *
   * @return a source for the three UK nations
   */
  public static JollydayHolidaySource load() {
    return new JollydayHolidaySource(
        HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM)));
  }

  /** jollyday's sub-calendar (ISO 3166-2 subdivision) for {@code nation}: {@code eng}, {@code sct} or {@code nir}. */
  public static String subCalendar(UkNation nation) {
    switch (nation) {
      case ENGLAND_AND_WALES:
        return "eng";
      case SCOTLAND:
        return "sct";
      case NORTHERN_IRELAND:
        return "nir";
      default:
        throw new IllegalArgumentException("No jollyday sub-calendar for " + nation);
    }
  }

  /** The citation for calendars built from this source. */
  public static Citation citation(UkNation nation) {
    return Citation.of(Source.JOLLYDAY_HOLIDAYS_GB,
        "SubConfigurations hierarchy=\"" + subCalendar(nation) + "\" and the common gb holidays")
        .withUrl("https://github.com/focus-shift/jollyday/blob/v" + JOLLYDAY_VERSION
            + "/jollyday-core/src/main/resources/holidays/Holidays_gb.xml")
        .withNote("Checked against the GOV.UK bank-holidays feed for 2018-2027; see docs/decisions/0410");
  }

  /**
   * The observed bank holidays of {@code nation} in the years {@code firstYear} to {@code lastYear} inclusive.
   *
   * @return the dates, sorted
   */
  public Set<LocalDate> bankHolidays(UkNation nation, int firstYear, int lastYear) {
    String region = subCalendar(Objects.requireNonNull(nation, "nation"));
    Set<LocalDate> dates = new TreeSet<>();
    try {
      for (int y = firstYear; y <= lastYear; y++) {
        for (Holiday h : manager.getHolidays(Year.of(y), region)) {
          dates.add(h.getDate());
        }
      }
    } catch (IllegalStateException e) {
      throw new IllegalStateException("jollyday " + JOLLYDAY_VERSION + " could not read its UK holiday data; on the"
          + " module path the JVM needs " + MODULE_PATH_FLAG, e);
    }
    return dates;
  }

  /**
   * Compiles the fast calendar of {@code nation} for the years {@code firstYear} to {@code lastYear} inclusive.
   * The result no longer depends on jollyday.
   */
  public WorkingDayCalendar buildCalendar(UkNation nation, int firstYear, int lastYear) {
    return WorkingDayCalendar.of(nation, firstYear, lastYear, bankHolidays(nation, firstYear, lastYear),
        citation(nation));
  }

  /**
   * jollyday's own answer to "is {@code date} a bank holiday in {@code nation}?" (weekends are not holidays to
   * jollyday). Slow (it searches jollyday's holiday set on every call): it exists as the reference the fast
   * calendar is tested and benchmarked against.
   */
  public boolean isHoliday(LocalDate date, UkNation nation) {
    return manager.isHoliday(date, subCalendar(nation));
  }
}
