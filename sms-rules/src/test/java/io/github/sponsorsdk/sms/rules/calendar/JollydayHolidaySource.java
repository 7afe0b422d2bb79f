package io.github.sponsorsdk.sms.rules.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * jollyday read at run time, in the test tree only: the reference the build-time table
 * ({@link UkBankHolidayTable}, generated from the same jollyday by
 * {@code sms-rules/src/build/java/.../generator/UkBankHolidayTableGenerator.java}) is tested against, and the baseline
 * of the benchmarks (the naive day-by-day loop, and the cold start of the calendars as sms-rules built them before
 * decision 0450: read jollyday's XML through JAXB, then compile).
 *
 * <p>jollyday 2.19.0 ({@code holidays/Holidays_gb.xml}, sub-calendars {@code eng}, {@code sct}, {@code nir}) is a
 * test-scope dependency of sms-rules. The dates are jollyday's <em>observed</em> dates ({@link Holiday#getDate()}), so
 * substitute days count and the weekend dates they replace do not. Wales has the same bank holidays as England;
 * England's sub-calendar {@code eng} is used for {@link UkNation#ENGLAND_AND_WALES}.
 */
public final class JollydayHolidaySource {

  /** Where jollyday-core records its version; the table's generator reads the same file. */
  static final String POM_PROPERTIES = "META-INF/maven/de.focus-shift/jollyday-core/pom.properties";

  private final HolidayManager manager;

  private JollydayHolidaySource(HolidayManager manager) {
    this.manager = manager;
  }

  /**
   * Reads jollyday's United Kingdom data (class-path I/O and XML parsing through JAXB, once per JVM; jollyday caches
   * it).
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

  /**
   * The jollyday release on the test class path (pinned in the parent POM), read from jollyday-core's
   * {@code pom.properties}: the release the build-time table is generated from.
   */
  public static String version() {
    try (InputStream in = HolidayManager.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
      Properties p = new Properties();
      p.load(Objects.requireNonNull(in, POM_PROPERTIES));
      return Objects.requireNonNull(p.getProperty("version"), "version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The citation for calendars built from this source (as sms-rules made it before decision 0450). */
  public static Citation citation(UkNation nation) {
    return Citation.of(Source.JOLLYDAY_HOLIDAYS_GB,
        "SubConfigurations hierarchy=\"" + subCalendar(nation) + "\" and the common gb holidays")
        .withUrl("https://github.com/focus-shift/jollyday/blob/v" + version()
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
    for (int y = firstYear; y <= lastYear; y++) {
      for (Holiday h : manager.getHolidays(Year.of(y), region)) {
        dates.add(h.getDate());
      }
    }
    return dates;
  }

  /**
   * Compiles the fast calendar of {@code nation} for the years {@code firstYear} to {@code lastYear} inclusive, as
   * sms-rules did at run time before decision 0450 (the benchmarks' cold-start baseline). The result no longer
   * depends on jollyday.
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
