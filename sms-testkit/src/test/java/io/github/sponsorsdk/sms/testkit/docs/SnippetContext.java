package io.github.sponsorsdk.sms.testkit.docs;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.certificate.CosType;
import io.github.sponsorsdk.sms.core.certificate.Gender;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.Nationality;
import io.github.sponsorsdk.sms.core.certificate.SalaryPeriod;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.licence.Allocation;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.core.user.NinoDeclaration;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a documentation block may use without declaring it, and the assertions its claims become. Every generated
 * snippet class extends this class: the fields below are the names the README's blocks use as "given" (a licence, a
 * Level 2 user, a clock, a file to upload), each built as the README's story describes it. A block that needs a new
 * given name gets a field here, with a comment that says what it is.
 */
public abstract class SnippetContext {

  // ------------------------------------------------------------------ the README's given names (see the README)

  /** The test clock of the README's examples: Wednesday 25 November 2026, 09:00 in London. */
  protected final Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/London"));

  /** The work address of the sms-core block. */
  protected final Address work = Address.builder().line1("2 Marsham Street").townOrCity("London")
      .postcode(UkPostcode.of("sw1p 4df")).build();

  /** The Level 1 user (and Authorising Officer) DJ Don of the sms-core block ("People and certificates"). */
  protected final SmsUser user = SmsUser.builder()
      .userId(SmsUserId.of("OsNBX7uVOL")).level(UserLevel.LEVEL_1).status(UserStatus.ACTIVE)
      .addKeyPersonnelRole(KeyPersonnelRole.AUTHORISING_OFFICER).createdOn(LocalDate.of(2021, 3, 1))
      .profile(UserProfile.builder().title("Mr").forenames("DJ").surname("Don")
          .email("dj.don@sponsor.example").position("HR Director").workAddress(work).settledWorker(true)
          .ninoDeclaration(NinoDeclaration.of(NationalInsuranceNumber.of("AB 12 34 56 C"))).build())
      .build();

  /** The same Level 1 user, by the name the sms-rules blocks give it. */
  protected final SmsUser level1User = user;

  /** A Level 2 user of the same sponsor, John Smith (SMS Manual 1's Guide 4 screens), who owns no certificate. */
  protected final SmsUser level2User = SmsUser.builder()
      .userId(SmsUserId.of("yAy9d5dp")).level(UserLevel.LEVEL_2).status(UserStatus.ACTIVE)
      .createdOn(LocalDate.of(2024, 5, 1))
      .profile(UserProfile.builder().title("Mr").forenames("John").surname("Smith")
          .email("john.smith@sponsor.example").position("HR Officer").workAddress(work).settledWorker(true).build())
      .build();

  /** The licence of the sms-core block: Skilled Worker and GBM Senior or Specialist Worker, A-rated. */
  protected final Licence licence = Licence.builder()
      .number(SponsorLicenceNumber.of("qhdghb91x"))
      .organisationName("Example Care Ltd")
      .status(LicenceStatus.LICENSED_AND_FULLY_ACTIVE)
      .putRating(RouteCategory.WORKER, Rating.A)
      .addRoutes(Route.SKILLED_WORKER, Route.GBM_SENIOR_OR_SPECIALIST_WORKER)
      .startDate(LocalDate.of(2021, 3, 1))
      .expiryDate(LocalDate.of(2035, 3, 1))
      .addAllocation(Allocation.of(Route.SKILLED_WORKER, LocalDate.of(2026, 4, 6), LocalDate.of(2027, 4, 6), 10))
      .build();

  /** The assigned Skilled Worker CoS of the sms-core block, owned by {@link #user}. */
  protected final Certificate cos = Certificate.builder()
      .kind(CertificateKind.COS).route(Route.SKILLED_WORKER).status(CertificateStatus.ASSIGNED)
      .cosNumber(CosNumber.of("C2G7H9K3")).cosType(CosType.UNDEFINED).owner(user.userId())
      .migrant(MigrantDetails.builder().familyName("Okafor").givenNames("Chidi").nationality(Nationality.of("NGA"))
          .dateOfBirth(LocalDate.of(1994, 2, 17)).gender(Gender.MALE).passportNumber("A01234567").build())
      .mainAddress(work).grossSalary(Money.parseSmsAmount("41700")).salaryPeriod(SalaryPeriod.YEAR)
      .createdOn(LocalDate.of(2026, 1, 5)).assignedOn(LocalDate.of(2026, 1, 6))
      .build();

  /** The message board: one message for all sponsors, published 6 April 2014 (Manual 1's example). */
  protected final List<BoardMessage> messages = List.of(BoardMessage.builder().id("m-2014-04-06")
      .text("THIS MESSAGE IS FOR ALL SPONSORS: the automation of Level 1 user changes starts today.")
      .publishedOn(LocalDate.of(2014, 4, 6)).build());

  /** The password a user typed, as the characters a form field gives: too short, no capital, no special. */
  protected final char[] chars = "julie2026".toCharArray();

  /** The citations of the salary thresholds (Immigration Rules, Appendix Skilled Worker). */
  protected final Citation citation = Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 4.2",
      LocalDate.of(2020, 12, 1));
  /** The 4 April 2024 change of the general threshold. */
  protected final Citation citation2024 = Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 4.2 (HC 590)",
      LocalDate.of(2024, 4, 4));
  /** The 22 July 2025 change of the general threshold. */
  protected final Citation citation2025 = Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 4.2 (HC 997)",
      LocalDate.of(2025, 7, 22));

  /** A download of the register of licensed sponsors (2021+ layout): two good rows and a row with a bad rating. */
  protected final Path registerCsv = file("register.csv", """
      "Organisation Name","Town/City","County","Type & Rating","Route"
      "Example Care Ltd","London",,"Worker (A rating)","Skilled Worker"
      "Bad Rating Ltd","Leeds",,"Worker (C rating)","Skilled Worker"
      "Example University","Leeds",,"Student Sponsor - Track Record","Student"
      """.getBytes(StandardCharsets.UTF_8));

  /** A BDT CAS upload of three records (the main job's): one ready to go, one with a warning, one with an error. */
  protected final Path upload = file("upload.xml", resource("/io/github/sponsorsdk/sms/testkit/mainjob/cas-upload.xml"));

  /**
   * A directory of code-list files newer than the bundled ones (docs/bdt.md, "Code lists"): a {@code countries.txt}
   * dated 1 December 2026 that adds a code the bundled list lacks.
   */
  protected final Path lists = directory("lists", "countries.txt", """
      # list: countries
      # version: the records team's copy of 1 December 2026
      # date: 2026-12-01
      # date-basis: edition
      # source: the SMS 3-letter list, as the records team keeps it
      # unknown-code: ERROR
      GBR\tUNITED KINGDOM
      NGA\tNIGERIA
      XKX\tKOSOVO
      """.getBytes(StandardCharsets.UTF_8));

  /** Where a block writes a BDT file. */
  protected final Path out = WORK.resolve("out.xml");

  private static final Path WORK = Path.of("target", "doc-snippets", "files");

  /** What the block printed: {@code System.out} in a block is this stream. */
  public static final PrintStream snippetOut;
  private static final ByteArrayOutputStream PRINTED = new ByteArrayOutputStream();

  static {
    snippetOut = new PrintStream(PRINTED, true, StandardCharsets.UTF_8);
  }

  private static Path file(String name, byte[] content) {
    try {
      Files.createDirectories(WORK);
      return Files.write(WORK.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path directory(String name, String fileName, byte[] content) {
    try {
      Path dir = Files.createDirectories(WORK.resolve(name));
      Files.write(dir.resolve(fileName), content);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = SnippetContext.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the test class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a statements block; test-class blocks are run by JUnit instead. */
  protected void run() throws Exception {
    throw new UnsupportedOperationException("a test-class block is run by JUnit");
  }

  /** Clears what earlier blocks printed. */
  static void clearPrinted() {
    snippetOut.flush();
    PRINTED.reset();
  }

  /** The lines printed since {@link #clearPrinted()}. */
  static List<String> printed() {
    snippetOut.flush();
    return PRINTED.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /** Asserts a {@code // => expected} claim: {@code actual}'s string form matches {@code expected}. */
  public static void claim(Object actual, String expected, String where) {
    String shown = String.valueOf(actual);
    if (!matches(shown, expected)) {
      throw new AssertionError(where + ": the comment claims \"" + expected + "\" but the code gives \"" + shown
          + "\"");
    }
  }

  /** A statement that may throw anything. */
  @FunctionalInterface
  public interface Statement {
    /** Runs the statement. */
    void run() throws Exception;
  }

  /** Asserts a {@code // => throws Name} claim. */
  public static void claimThrows(Statement statement, String exception, String where) {
    try {
      statement.run();
    } catch (Exception | Error e) {
      if (e.getClass().getSimpleName().equals(exception)) {
        return;
      }
      throw new AssertionError(where + ": the comment claims it throws " + exception + " but it threw " + e, e);
    }
    throw new AssertionError(where + ": the comment claims it throws " + exception + " but it completed");
  }

  /**
   * Whether {@code shown} matches a claim: the claim's text exactly, {@code ...} standing for any text; a claim in
   * double quotes is compared without them.
   */
  static boolean matches(String shown, String claim) {
    String expected = claim.length() >= 2 && claim.startsWith("\"") && claim.endsWith("\"")
        ? claim.substring(1, claim.length() - 1) : claim;
    StringBuilder regex = new StringBuilder();
    String[] parts = expected.split("\\.\\.\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(shown).matches();
  }
}
