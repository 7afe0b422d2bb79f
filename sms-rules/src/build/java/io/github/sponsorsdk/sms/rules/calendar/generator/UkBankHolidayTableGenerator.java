package io.github.sponsorsdk.sms.rules.calendar.generator;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Build-time generator of sms-rules' UK bank-holiday table (the resource
 * {@code io/github/sponsorsdk/sms/rules/calendar/uk-bank-holidays.txt} in the sms-rules jar).
 *
 * <p>It reads jollyday's {@code holidays/Holidays_gb.xml} (sub-calendars {@code eng}, {@code sct}, {@code nir}) through
 * jollyday itself and writes every observed bank holiday of each UK nation in the years asked for, one line per
 * nation and year, under a header that records the jollyday version and the sha256 of the XML it read. The
 * output has no time stamp and is written only when its content changes, so builds are reproducible.
 *
 * <p>Run by Maven ({@code sms-rules/pom.xml}, {@code exec-maven-plugin}, phase {@code generate-resources}) as a
 * single-file source program on the JDK: {@code java -classpath <test class path> UkBankHolidayTableGenerator.java
 * <output> <firstYear> <lastYear>}. jollyday is a test-scope dependency of sms-rules, so it is on that class path at
 * build time and never a dependency of the published jar. The format is documented, and read, by
 * {@code io.github.sponsorsdk.sms.rules.calendar.UkBankHolidayTable}; see
 * {@code docs/decisions/0450-calendar-table-at-build-time.md}.
 */
public final class UkBankHolidayTableGenerator {

  static final String XML = "holidays/Holidays_gb.xml";
  static final String POM_PROPERTIES = "META-INF/maven/de.focus-shift/jollyday-core/pom.properties";
  /** sms-core's UkNation names and jollyday's ISO 3166-2 sub-calendars, in UkNation order. */
  static final String[][] NATIONS = {
      {"ENGLAND_AND_WALES", "eng"}, {"SCOTLAND", "sct"}, {"NORTHERN_IRELAND", "nir"}};

  private UkBankHolidayTableGenerator() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: UkBankHolidayTableGenerator <output file> <firstYear> <lastYear>");
    }
    Path output = Path.of(args[0]);
    int firstYear = Integer.parseInt(args[1]);
    int lastYear = Integer.parseInt(args[2]);
    if (firstYear > lastYear) {
      throw new IllegalArgumentException("empty range " + firstYear + ".." + lastYear);
    }
    String table = table(firstYear, lastYear);
    byte[] bytes = table.getBytes(StandardCharsets.US_ASCII);
    if (Files.exists(output) && java.util.Arrays.equals(Files.readAllBytes(output), bytes)) {
      return;
    }
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.write(output, bytes);
  }

  static String table(int firstYear, int lastYear) throws IOException, NoSuchAlgorithmException {
    String version = jollydayVersion();
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(read(XML)));
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    StringBuilder out = new StringBuilder();
    out.append("# UK bank holidays (observed dates), generated at build time from jollyday; do not edit.\n")
        .append("# Generator: sms-rules/src/build/java/io/github/sponsorsdk/sms/rules/calendar/generator/"
            + "UkBankHolidayTableGenerator.java\n")
        .append("# Reader and format: io.github.sponsorsdk.sms.rules.calendar.UkBankHolidayTable. Rows: <nation> <year>"
            + " <MMDD>..., one per nation and year.\n")
        .append("format=2\n")
        .append("source=jollyday ").append(version).append(' ').append(XML).append('\n')
        .append("sourceSha256=").append(sha256).append('\n')
        .append("years=").append(firstYear).append('-').append(lastYear).append('\n');
    StringBuilder rows = new StringBuilder();
    for (String[] nation : NATIONS) {
      int count = 0;
      for (int y = firstYear; y <= lastYear; y++) {
        Set<LocalDate> days = new TreeSet<>();
        for (Holiday h : manager.getHolidays(Year.of(y), nation[1])) {
          LocalDate d = h.getDate();
          DayOfWeek dow = d.getDayOfWeek();
          if (d.getYear() != y || dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            throw new IllegalStateException("jollyday " + version + " gave " + d + " (" + dow + ") for " + nation[0]
                + " in " + y + ": expected an observed weekday of that year");
          }
          days.add(d);
        }
        rows.append(nation[0]).append(' ').append(y);
        for (LocalDate d : days) {
          rows.append(String.format(" %02d%02d", d.getMonthValue(), d.getDayOfMonth()));
        }
        rows.append('\n');
        count += days.size();
      }
      out.append(nation[0]).append(".count=").append(count).append('\n');
      out.append(nation[0]).append(".jollyday=").append(nation[1]).append('\n');
    }
    return out.append(rows).toString();
  }

  static String jollydayVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = new java.io.ByteArrayInputStream(read(POM_PROPERTIES))) {
      p.load(in);
    }
    String version = p.getProperty("version");
    if (version == null || version.isBlank()) {
      throw new IllegalStateException(POM_PROPERTIES + " has no version");
    }
    return version;
  }

  static byte[] read(String resource) throws IOException {
    try (InputStream in = HolidayManager.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path: is jollyday-core a test-scope"
            + " dependency of sms-rules?");
      }
      return in.readAllBytes();
    }
  }
}
