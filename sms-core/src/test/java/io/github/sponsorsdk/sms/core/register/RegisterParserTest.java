package io.github.sponsorsdk.sms.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.testing.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RegisterParserTest {

  static RegisterParseResult fixture(String name) {
    try (InputStream in = RegisterParserTest.class.getResourceAsStream("/register/" + name)) {
      assertThat(in).as(name).isNotNull();
      return RegisterParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    try (InputStream in = RegisterParserTest.class.getResourceAsStream("/register/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<RegisterEntry> row(RegisterParseResult result, String name, String route) {
    return result.entries().stream()
        .filter(e -> e.organisationName().equals(name) && e.routeText().equals(route)).findFirst();
  }

  @Test
  void workers2021ReadsEveryRowWithItsQuirks() {
    RegisterParseResult r = fixture("workers-2021-11-02.csv");
    assertThat(r.format()).isEqualTo(RegisterFormat.WORKERS);
    assertThat(r.findings()).isEmpty();
    assertThat(r.entries()).hasSize(38);
    // "" escapes, and a comma inside quotes.
    assertThat(r.entries()).extracting(RegisterEntry::organisationName)
        .contains("Arundel Group Limited (\"AGL\")", "Ecorys UK Limited, Erasmus+ and ESC Programmes",
            "Digital Debt Capital Markets Limited (t/a \"agora digital capital market\")");
    // Line numbers are physical lines, header = 1.
    assertThat(r.entries().get(0).line()).isEqualTo(2);
    RegisterEntry assist = row(r, "Assist in China Ltd", "Skilled Worker").orElseThrow();
    assertThat(assist.town()).contains("London"); // was " London"
    assertThat(assist.county()).isEmpty(); // bare empty field
    RegisterEntry tangerine = row(r, "Tangerine Limited", "Skilled Worker").orElseThrow();
    assertThat(tangerine.category()).isEqualTo(RouteCategory.WORKER);
    assertThat(tangerine.rating()).isEqualTo(Rating.PROBATIONARY_SPONSOR);
    assertThat(row(r, "Specsavers UK Ltd", "Intra Company Transfers (ICT)").orElseThrow().route())
        .contains(Route.INTRA_COMPANY);
    assertThat(row(r, "Transport for London", "Creative Worker").orElseThrow())
        .extracting(RegisterEntry::category, RegisterEntry::rating)
        .containsExactly(RouteCategory.TEMPORARY_WORKER, Rating.A_PREMIUM);
    // "Religious Workers" with a Worker rating: a documented unmapped result, not a guess.
    RegisterEntry prayer = row(r, "24-7 Prayer", "Religious Workers").orElseThrow();
    assertThat(prayer.route()).isEmpty();
    assertThat(prayer.isRouteMapped()).isFalse();
    RegisteredSponsor amana = r.sponsors().stream()
        .filter(s -> s.organisationName().equals("Amana Trust")).findFirst().orElseThrow();
    assertThat(amana.entries()).hasSize(3);
    assertThat(amana.rating(RouteCategory.WORKER)).contains(Rating.A_SME_PLUS);
    assertThat(amana.rating(RouteCategory.TEMPORARY_WORKER)).contains(Rating.A_SME_PLUS);
    assertThat(amana.routes()).containsExactly(Route.CHARITY_WORKER, Route.RELIGIOUS_WORKER);
    assertThat(amana.unmappedRoutes()).containsExactly("Religious Workers");
    assertThat(amana.county()).contains("Essex");
  }

  @Test
  void workers2025ReadsProvisionalWithAndWithoutTheSpaceAndTrimsNames() {
    RegisterParseResult r = fixture("workers-2025.csv");
    assertThat(r.findings()).isEmpty();
    assertThat(r.entries()).hasSize(31);
    assertThat(r.entries()).filteredOn(e -> e.rating() == Rating.PROVISIONAL)
        .extracting(RegisterEntry::ratingText)
        .containsExactly("Worker (UK Expansion Worker: Provisional)",
            "Worker (UK Expansion Worker: Provisional )");
    assertThat(r.entries()).extracting(RegisterEntry::organisationName)
        .contains("McMullan Shellfish", "COST CUTTER RUGBY LIMITED", "???£ ESS LTD")
        .allMatch(n -> n.equals(n.trim()));
    assertThat(row(r, "Vishwa Hindu Kendra", "Tier 2 Ministers of Religion").orElseThrow().route())
        .contains(Route.MINISTER_OF_RELIGION);
    // The category comes from the rating cell, even where the route belongs to another category.
    RegisterEntry trainee = row(r, "Vision It Solutions Private Limited",
        "Global Business Mobility: Graduate Trainee").orElseThrow();
    assertThat(trainee.category()).isEqualTo(RouteCategory.TEMPORARY_WORKER);
    assertThat(trainee.route()).contains(Route.GBM_GRADUATE_TRAINEE);
    assertThat(r.entries()).allMatch(RegisterEntry::isRouteMapped);
    assertThat(r.entries()).extracting(e -> e.route().orElseThrow()).contains(Route.GBM_SERVICE_SUPPLIER,
        Route.GBM_SECONDMENT_WORKER, Route.GBM_UK_EXPANSION_WORKER, Route.GBM_SENIOR_OR_SPECIALIST_WORKER,
        Route.SCALE_UP, Route.SEASONAL_WORKER, Route.INTERNATIONAL_AGREEMENT, Route.INTRA_COMPANY);
    assertThat(r.entries()).extracting(RegisterEntry::rating).contains(Rating.B, Rating.A_PREMIUM, Rating.A_SME_PLUS);
  }

  @Test
  void aByteOrderMarkAndLineEndingsDoNotChangeTheResult() {
    String lf = text("workers-2025.csv");
    RegisterParseResult plain = RegisterParser.parse(new StringReader(lf));
    RegisterParseResult bom = RegisterParser.parse(new StringReader("\uFEFF" + lf));
    RegisterParseResult crlf = RegisterParser.parse(new StringReader(lf.replace("\n", "\r\n")));
    assertThat(bom).isEqualTo(plain);
    assertThat(crlf).isEqualTo(plain);
  }

  @Test
  void theOldTierTwoAndFiveLayoutMapsWhereClearAndSaysWhereNot() {
    RegisterParseResult r = fixture("workers-tier-2-and-5.csv");
    assertThat(r.format()).isEqualTo(RegisterFormat.WORKERS_TIER_2_AND_5);
    assertThat(r.findings()).isEmpty();
    assertThat(r.entries()).extracting(RegisterEntry::routeText, RegisterEntry::category, RegisterEntry::rating,
        RegisterEntry::route).containsExactly(
        tuple("Tier 2 General", RouteCategory.WORKER, Rating.A, Optional.of(Route.SKILLED_WORKER)),
        tuple("Intra Company Transfers (ICT)", RouteCategory.WORKER, Rating.A, Optional.of(Route.INTRA_COMPANY)),
        tuple("Religious Workers", RouteCategory.WORKER, Rating.A, Optional.empty()),
        tuple("Religious Workers", RouteCategory.TEMPORARY_WORKER, Rating.A, Optional.of(Route.RELIGIOUS_WORKER)),
        tuple("Sport", RouteCategory.WORKER, Rating.A_SME_PLUS, Optional.of(Route.INTERNATIONAL_SPORTSPERSON)),
        tuple("Creative & Sporting", RouteCategory.TEMPORARY_WORKER, Rating.A_SME_PLUS, Optional.empty()),
        tuple("Exchange", RouteCategory.TEMPORARY_WORKER, Rating.A,
            Optional.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE)),
        tuple("Voluntary Workers", RouteCategory.TEMPORARY_WORKER, Rating.A, Optional.empty()),
        tuple("Tier 2 General", RouteCategory.WORKER, Rating.B, Optional.of(Route.SKILLED_WORKER)),
        tuple("Tier 2 General", RouteCategory.WORKER, Rating.A_PREMIUM, Optional.of(Route.SKILLED_WORKER)));
    assertThat(r.entries().get(9).organisationName()).isEqualTo("Example Padded Ltd");
    assertThat(r.sponsors()).hasSize(7);
  }

  @Test
  void theStudentsRegisterReadsStatusAsRatingAndBlankCellsAsAbsent() {
    RegisterParseResult r = fixture("students.csv");
    assertThat(r.format()).isEqualTo(RegisterFormat.STUDENTS);
    assertThat(r.findings()).isEmpty();
    assertThat(r.entries()).extracting(RegisterEntry::rating).containsExactly(Rating.STUDENT_SPONSOR_TRACK_RECORD,
        Rating.STUDENT_SPONSOR, Rating.STUDENT_SPONSOR, Rating.PROBATIONARY_SPONSOR, Rating.STUDENT_SPONSOR);
    assertThat(r.entries()).allMatch(e -> e.category() == RouteCategory.STUDENT && e.county().isEmpty());
    RegisterEntry uni = r.entries().get(0);
    assertThat(uni.additionalLocations()).contains("London Brunel International College (Embedded College)");
    assertThat(uni.sponsorType()).contains("Higher Education Institution (HEI)");
    assertThat(uni.immigrationCompliance()).isEmpty(); // a single space
    assertThat(r.entries().get(1).route()).contains(Route.CHILD_STUDENT);
    assertThat(r.entries().get(1).additionalLocations()).isEmpty();
    assertThat(r.entries()).filteredOn(RegisterEntry::isSubjectToActionPlan)
        .extracting(RegisterEntry::organisationName).containsExactly("Example College, Kensington");
    assertThat(r.entries().get(4).organisationName()).isEqualTo("The \"New\" Academy");
    assertThat(r.sponsors()).hasSize(4);
    assertThat(r.sponsors().get(1).routes()).containsExactly(Route.STUDENT, Route.CHILD_STUDENT);
  }

  @Test
  void badRowsBecomeFindingsWithTheirLinesAndGoodRowsStillComeOut() {
    RegisterParseResult r = fixture("workers-with-errors.csv");
    assertThat(r.isClean()).isFalse();
    assertThat(r.entries()).extracting(RegisterEntry::line, RegisterEntry::organisationName).containsExactly(
        tuple(2L, "Good One Ltd"), tuple(5L, "Two Line\r\n Name Ltd"), tuple(9L, "Good Two Ltd"));
    assertThat(r.findings()).extracting(RegisterFinding::line, RegisterFinding::column).containsExactly(
        tuple(3L, "Type & Rating"), tuple(4L, "Route"), tuple(7L, "row"), tuple(8L, "Organisation Name"),
        tuple(10L, "Type & Rating"));
    assertThat(r.findings().get(0).toString())
        .isEqualTo("line 3, Type & Rating 'Worker (C rating)': is not a known category and rating");
    assertThat(r.findings().get(2).message()).isEqualTo("has 3 cells, the WORKERS header has 5");
  }

  @Test
  void aMalformedTailEndsTheReadingWithOneFinding() {
    RegisterParseResult r = RegisterParser.parse(new StringReader(
        "Organisation Name,Town/City,County,Type & Rating,Route\n"
            + "A Ltd,Leeds,,Worker (A rating),Skilled Worker\n"
            + "\"Unclosed Ltd,Leeds,,Worker (A rating),Skilled Worker\n"));
    assertThat(r.entries()).hasSize(1);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(3);
      assertThat(f.message()).startsWith("malformed CSV, reading stopped");
    });
  }

  @Test
  void anUnknownHeaderIsRefusedClearly() {
    assertThatThrownBy(() -> RegisterParser.parse(new StringReader(
        "Sponsor Licence Number,Organisation Name,TierRating,Migrant Classification,Sponsor Status\r\n"
            + "QHDGHB91X,A Ltd,A rating,Skilled Worker,Licensed and Fully Active\r\n")))
        .isInstanceOfSatisfying(UnknownRegisterFormatException.class, e -> {
          assertThat(e.header()).hasSize(5).startsWith("Sponsor Licence Number");
          assertThat(e.getMessage()).contains("Unknown register of sponsors format",
              "Organisation Name,Town/City,County,Type & Rating,Route", "STUDENTS");
        });
    assertThatThrownBy(() -> RegisterParser.parse(new StringReader("")))
        .isInstanceOf(UnknownRegisterFormatException.class).hasMessageContaining("empty input");
  }

  @Test
  void everyRegisterValueRoundTripsThroughJson() {
    for (String f : List.of("workers-2021-11-02.csv", "workers-2025.csv", "workers-tier-2-and-5.csv",
        "students.csv", "workers-with-errors.csv")) {
      RegisterParseResult r = fixture(f);
      assertThat(Json.roundTrip(r, RegisterParseResult.class)).as(f).isEqualTo(r);
      for (RegisteredSponsor s : r.sponsors()) {
        assertThat(Json.roundTrip(s, RegisteredSponsor.class)).isEqualTo(s);
      }
      for (RegisterFinding finding : r.findings()) {
        assertThat(Json.roundTrip(finding, RegisterFinding.class)).isEqualTo(finding);
      }
      for (RegisterEntry e : r.entries()) {
        assertThat(Json.roundTrip(e, RegisterEntry.class)).isEqualTo(e);
      }
    }
  }

  @Test
  void aSponsorHoldsOnlyItsOwnRows() {
    List<RegisterEntry> rows = fixture("workers-2025.csv").entries();
    assertThatThrownBy(() -> RegisteredSponsor.builder().organisationName("Other").addEntry(rows.get(0))
        .build()).hasMessageContaining("SameOrganisation");
  }

  /** Where the project's reference copies are, relative to sms-core (or -Dsponsor.register.dir=...). */
  static Path referenceDir() {
    String configured = System.getProperty("sponsor.register.dir");
    return configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "reference", "sponsor-register");
  }

  @Test
  void theRealRegistersParseCompletely() throws IOException {
    Path dir = referenceDir();
    Path y2021 = dir.resolve("workers-2021-11-02-sample.csv");
    Path y2025 = dir.resolve("workers-2025-subset.csv");
    Assumptions.assumeTrue(Files.isRegularFile(y2021) && Files.isRegularFile(y2025),
        "Skipped: the real register samples were not found in the reference-material folder beside the "
            + "repository (or -Dsponsor.register.dir); the samples are described in "
            + "docs/sources.md#register-of-sponsors");
    RegisterParseResult r2021;
    try (Reader in = Files.newBufferedReader(y2021, StandardCharsets.UTF_8)) {
      r2021 = RegisterParser.parse(in);
    }
    assertThat(r2021.findings()).isEmpty();
    assertThat(r2021.entries()).hasSize(1360);
    // Counts from the file itself (docs/sources.md#register-workers gives the same strings for the whole 2021 file).
    Map<Rating, Long> byRating = r2021.entries().stream()
        .collect(Collectors.groupingBy(RegisterEntry::rating, () -> new EnumMap<>(Rating.class),
            Collectors.counting()));
    assertThat(byRating).containsOnly(Map.entry(Rating.A, 1161L + 146L), Map.entry(Rating.A_SME_PLUS, 18L + 15L),
        Map.entry(Rating.A_PREMIUM, 16L + 3L), Map.entry(Rating.PROBATIONARY_SPONSOR, 1L));
    assertThat(r2021.entries()).filteredOn(e -> e.route().isEmpty()).hasSize(39)
        .allMatch(e -> e.routeText().equals("Religious Workers") && e.category() == RouteCategory.WORKER);

    RegisterParseResult r2025;
    try (Reader in = Files.newBufferedReader(y2025, StandardCharsets.UTF_8)) {
      r2025 = RegisterParser.parse(in);
    }
    assertThat(r2025.findings()).isEmpty();
    assertThat(r2025.entries()).hasSize(638).allMatch(RegisterEntry::isRouteMapped);
    assertThat(r2025.entries()).filteredOn(e -> e.rating() == Rating.PROVISIONAL).hasSize(1);
  }
}
