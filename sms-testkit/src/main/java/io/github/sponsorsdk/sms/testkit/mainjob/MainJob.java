package io.github.sponsorsdk.sms.testkit.mainjob;

import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.register.RegisterEntry;
import io.github.sponsorsdk.sms.core.register.RegisterFinding;
import io.github.sponsorsdk.sms.core.register.RegisterParseResult;
import io.github.sponsorsdk.sms.core.register.RegisterParser;
import io.github.sponsorsdk.sms.core.register.RegisteredSponsor;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The interim main job (until the testkit's reference SMS lands): reads the register sample bundled with this module,
 * prints the typed sponsors (organisation, category, rating, routes), then counts by rating and by route, and the
 * rows refused. Run from the repository root with {@code mvn -B -ntp -q -Pmain-job -DskipTests package}.
 */
public final class MainJob {

  /** The bundled sample, beside this class; see the README there for its provenance. */
  static final String SAMPLE = "register-sample.csv";

  /**
   * Hibernate Validator announces its version at INFO through java.util.logging when no other backend is present;
   * held here (JUL keeps loggers weakly) so the job's output stays the table only.
   */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private MainJob() {}

  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    try (InputStream in = MainJob.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        System.err.println("main-job: the bundled sample " + SAMPLE + " is missing from the class path");
        System.exit(2);
        return;
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      print(RegisterParser.parse(reader), System.out);
    } catch (IOException | RuntimeException e) {
      System.err.println("main-job: could not read the register sample: " + e.getMessage());
      System.exit(1);
    }
  }

  static void print(RegisterParseResult result, PrintStream out) {
    out.printf("Register of licensed sponsors (%s layout): %d rows read, %d sponsors, %d refused%n%n",
        result.format(), result.entries().size(), result.sponsors().size(), result.findings().size());
    String row = "%-40s  %-16s  %-20s  %s%n";
    out.printf(row, "Organisation", "Category", "Rating", "Routes");
    out.printf(row, "-".repeat(40), "-".repeat(16), "-".repeat(20), "-".repeat(30));
    for (RegisteredSponsor s : result.sponsors()) {
      boolean first = true;
      for (RouteCategory c : s.categories()) {
        String routes = s.entries().stream().filter(e -> e.category() == c)
            .map(e -> e.route().map(Enum::name).orElse("unmapped: \"" + e.routeText() + "\""))
            .distinct().collect(Collectors.joining(", "));
        String ratings = s.ratings(c).stream().map(Enum::name).collect(Collectors.joining("/"));
        out.printf(row, first ? shorten(s.organisationName(), 40) : "", c, ratings, routes);
        first = false;
      }
    }
    Map<Rating, Long> byRating = result.entries().stream()
        .collect(Collectors.groupingBy(RegisterEntry::rating, () -> new EnumMap<>(Rating.class),
            Collectors.counting()));
    Map<String, Long> byRoute = result.entries().stream()
        .collect(Collectors.groupingBy(e -> e.route().map(Enum::name).orElse("(unmapped) " + e.routeText()),
            TreeMap::new, Collectors.counting()));
    out.printf("%nRows by rating:%n");
    byRating.forEach((r, n) -> out.printf("  %-30s %3d%n", r, n));
    out.printf("%nRows by route:%n");
    byRoute.forEach((r, n) -> out.printf("  %-40s %3d%n", r, n));
    if (!result.findings().isEmpty()) {
      out.printf("%nRows refused:%n");
      for (RegisterFinding f : result.findings()) {
        out.printf("  %s%n", f);
      }
    }
  }

  private static String shorten(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 3) + "...";
  }
}
