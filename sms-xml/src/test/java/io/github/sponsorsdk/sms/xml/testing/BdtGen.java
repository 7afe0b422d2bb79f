package io.github.sponsorsdk.sms.xml.testing;

import io.github.sponsorsdk.sms.xml.records.Applicant;
import io.github.sponsorsdk.sms.xml.records.BatchHeader;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.records.CasCategory;
import io.github.sponsorsdk.sms.xml.records.CasExportRecord;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.CasStatus;
import io.github.sponsorsdk.sms.xml.records.Course;
import io.github.sponsorsdk.sms.xml.records.Documentation;
import io.github.sponsorsdk.sms.xml.records.Evidence;
import io.github.sponsorsdk.sms.xml.records.FeeUpdate;
import io.github.sponsorsdk.sms.xml.records.Finances;
import io.github.sponsorsdk.sms.xml.records.Gender;
import io.github.sponsorsdk.sms.xml.records.GraduateNotification;
import io.github.sponsorsdk.sms.xml.records.InternationalAddress;
import io.github.sponsorsdk.sms.xml.records.LevelComparison;
import io.github.sponsorsdk.sms.xml.records.OverseasInstitution;
import io.github.sponsorsdk.sms.core.certificate.PartialDate;
import io.github.sponsorsdk.sms.xml.records.PartnerInstitution;
import io.github.sponsorsdk.sms.xml.records.StudentActivityReport;
import io.github.sponsorsdk.sms.xml.records.UkAddress;
import io.github.sponsorsdk.sms.xml.records.UploadHeader;
import io.github.sponsorsdk.sms.xml.records.WorkPlacement;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.instancio.Instancio;
import org.instancio.Random;

/**
 * Schema-valid BDT records of every kind from an Instancio {@link Random} with a fixed seed: every optional field
 * present or absent, lengths up to the schema's maxima, the full printable ISO 8859-1 range in free text (address
 * fields keep to their narrower set), multi-line text with CR and LF. Print {@link Random#getSeed()} on failure.
 */
public final class BdtGen {
  private static final char[] ADDRESS = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
      + " ~!@%()*+,-./:;=?^_{}&'").toCharArray();
  private static final char[] ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final char[] UPPER_DIGIT = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
  private static final char[] UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
  private static final char[] DIGIT = "0123456789".toCharArray();
  private static final char[] LATIN1;

  static {
    StringBuilder b = new StringBuilder();
    for (char c = 0x20; c <= 0x7E; c++) {
      b.append(c);
    }
    for (char c = 0xA0; c <= 0xFF; c++) {
      b.append(c);
    }
    LATIN1 = b.toString().toCharArray();
  }

  private final Random r;

  public BdtGen(Random random) {
    this.r = random;
  }

  /** A generator seeded through Instancio (the seed is printed by the caller on failure). */
  public static BdtGen seeded(long seed) {
    return new BdtGen(Instancio.of(Random.class).withSeed(seed).supply(org.instancio.Select.root(),
        random -> random).create());
  }

  public Random random() {
    return r;
  }

  public long seed() {
    return r.getSeed();
  }

  // ------------------------------------------------------------------ headers

  public BdtHeader header(BdtFileKind kind) {
    switch (kind) {
      case CAS_UPLOAD_GENERAL:
      case CAS_UPLOAD_CHILD:
        return UploadHeader.builder().fileId(fileId()).version(opt(() -> latin1(1, 20)))
            .category(kind == BdtFileKind.CAS_UPLOAD_CHILD ? CasCategory.CHILD : CasCategory.GENERAL)
            .sponsorLicenceNumber(sln()).build();
      case CAS_EXPORT:
        return BatchHeader.builder().fileId(fileId()).sponsorLicenceNumber(sln()).build();
      default:
        return BatchHeader.of(fileId());
    }
  }

  public BdtRecord record(BdtFileKind kind) {
    switch (kind) {
      case CAS_UPLOAD_GENERAL:
        return cas(false);
      case CAS_UPLOAD_CHILD:
        return cas(true);
      case GRADUATE_NOTIFICATION:
        return GraduateNotification.of(casNumber());
      case STUDENT_ACTIVITY_REPORT:
        return StudentActivityReport.builder().casNumber(casNumber()).expectedEnrolmentDate(date())
            .notes(opt(() -> multiLine(2000))).build();
      case FEE_UPDATE:
        return FeeUpdate.builder().casNumber(casNumber()).courseFeesForFirstYearOnly(pounds())
            .courseFeesPaidToDate(opt(this::pounds)).accommodationFeesPaidToDate(opt(this::pounds))
            .boardingFeesPaidToDate(opt(this::pounds)).build();
      case CAS_EXPORT:
        return CasExportRecord.builder().casNumber(casNumber()).applicantId(latin1(1, 50))
            .status(r.oneOf(CasStatus.values())).statusDate(date()).build();
      default:
        throw new IllegalArgumentException(kind.name());
    }
  }

  public CasRecord cas(boolean child) {
    return CasRecord.builder()
        .applicant(Applicant.builder().applicantId(latin1(1, 50)).applicationId(opt(() -> latin1(1, 50)))
            .ucasPersonalId(opt(() -> "1" + of(ALNUM, 9))).familyName(latin1(1, 35))
            .givenName(opt(() -> latin1(1, 35))).otherNames(opt(() -> latin1(1, 250)))
            .nationality(r.diceRoll(false) ? "\"STATELESS\"" : of(UPPER, 3)).gender(r.oneOf(Gender.values()))
            .countryOfBirth(of(UPPER, 3)).placeOfBirth(opt(() -> address(30))).dateOfBirth(partialDate())
            .passportOrTravelDocumentNumber(latin1(1, 35)).build())
        .partnerInstitution(opt(() -> PartnerInstitution.builder().name(latin1(1, 250))
            .sponsorLicenceNumber(opt(this::sln)).address(international()).build()))
        .overseasInstitution(opt(() -> OverseasInstitution.builder().name(latin1(1, 250))
            .address(international()).build()))
        .course(Course.builder().title(latin1(1, 250)).courseId(opt(() -> latin1(1, 50)))
            .academicLevel(latin1(1, 250)).secondaryAcademicLevel(opt(() -> latin1(1, 250)))
            .startDate(date()).latestDateForAcceptance(opt(this::date)).expectedEndDate(date())
            .fullTime(r.trueOrFalse()).hoursPerWeek(BigDecimal.valueOf(r.intRange(0, 1680), 1))
            .mainSiteOfStudy(uk()).hasWorkPlacement(r.trueOrFalse())
            .workPlacementAddress(opt(this::international)).build())
        .workPlacement(child ? Optional.empty() : opt(() -> WorkPlacement.builder()
            .percentage(opt(() -> BigInteger.valueOf(r.intRange(-5, 150))))
            .justification(opt(() -> multiLine(2000))).address(opt(this::international)).build()))
        .documentation(Documentation.builder().documentsUsedToObtainOffer(multiLine(2000))
            .courseRequiresAtas(r.trueOrFalse()).postgraduateDeanCertificateRequired(r.trueOrFalse()).build())
        .evidence(child ? Optional.empty() : opt(this::evidence))
        .finances(Finances.builder().accommodationProvided(opt(r::trueOrFalse))
            .courseFeeIncludesAccommodationCosts(r.trueOrFalse()).courseFeesForFirstYearOnly(pounds())
            .courseFeesPaidToDate(opt(this::pounds)).accommodationFeesPaidToDate(opt(this::pounds))
            .boardingFeesForFirstYearOnly(pounds()).boardingFeesPaidToDate(opt(this::pounds)).build())
        .build();
  }

  private Evidence evidence() {
    return Evidence.builder().seltRequired(opt(r::trueOrFalse)).reasonSeltNotRequired(opt(() -> latin1(1, 20)))
        .englishLanguageLevelAttained(opt(() -> latin1(1, 5))).seltSpeakingLevel(opt(() -> latin1(1, 50)))
        .seltListeningLevel(opt(() -> latin1(1, 50))).seltReadingLevel(opt(() -> latin1(1, 50)))
        .seltWritingLevel(opt(() -> latin1(1, 50))).testProvider(opt(() -> latin1(1, 10)))
        .previousUkStudy(opt(r::trueOrFalse)).previousAcademicLevel(opt(() -> latin1(1, 20)))
        .levelComparison(opt(() -> r.oneOf(LevelComparison.values())))
        .progressionJustification(opt(() -> multiLine(1000))).build();
  }

  // ------------------------------------------------------------------ parts

  public InternationalAddress international() {
    var b = InternationalAddress.builder();
    int lines = r.intRange(1, 3);
    for (int i = 0; i < lines; i++) {
      b.addAddressLines(address(35));
    }
    return b.city(address(35)).countyAreaDistrict(opt(() -> address(35))).postCode(opt(() -> latin1(1, 35)))
        .country(of(UPPER, 3)).build();
  }

  public UkAddress uk() {
    var b = UkAddress.builder();
    int lines = r.intRange(1, 3);
    for (int i = 0; i < lines; i++) {
      b.addAddressLines(address(35));
    }
    String postCode = r.oneOf("CR0 2DY", "L1 2GH", "RG12 8SN", "EC1A 1BB", "W1A 0AX", "M1 1AE", "GIR 0AA",
        "B33 8TH", "DN55 1PT", "cr2 6xh");
    return b.city(address(35)).countyAreaDistrict(opt(() -> address(35))).postCode(postCode).build();
  }

  private PartialDate partialDate() {
    LocalDate d = date();
    switch (r.intRange(0, 2)) {
      case 0:
        return PartialDate.of(java.time.Year.of(d.getYear()));
      case 1:
        return PartialDate.of(java.time.YearMonth.from(d));
      default:
        return PartialDate.of(d);
    }
  }

  public LocalDate date() {
    return LocalDate.ofEpochDay(r.intRange(-15_000, 25_000));
  }

  public BigDecimal pounds() {
    int scale = r.intRange(0, 2);
    long max = scale == 0 ? 999_999_999L : scale == 1 ? 9_999_999_999L : 99_999_999_999L;
    return BigDecimal.valueOf(r.diceRoll(false) ? max : r.longRange(0, max), scale);
  }

  public String sln() {
    return of(UPPER_DIGIT, 8) + r.oneOf("0", "5", "9", "X");
  }

  public String casNumber() {
    return "E4" + r.oneOf("G", "C") + of(DIGIT, 1) + of(UPPER, 2) + of(DIGIT, 1) + of(UPPER, 1) + of(DIGIT, 2)
        + of(UPPER, 1) + of(DIGIT, 1) + of(UPPER, 1) + r.oneOf("0", "7", "X");
  }

  public String fileId() {
    return of(ALNUM, 1) + of("ABCxyz019 _.-".toCharArray(), r.intRange(1, 49));
  }

  /** Printable ISO 8859-1, {@code min..max} characters (short most of the time, sometimes the maximum). */
  public String latin1(int min, int max) {
    return of(LATIN1, length(min, max));
  }

  public String address(int max) {
    return of(ADDRESS, length(1, max));
  }

  /** Multi-line free text: printable ISO 8859-1 plus tab, LF and CR. */
  public String multiLine(int max) {
    char[] chars = new char[LATIN1.length + 3];
    System.arraycopy(LATIN1, 0, chars, 0, LATIN1.length);
    chars[LATIN1.length] = '\n';
    chars[LATIN1.length + 1] = '\r';
    chars[LATIN1.length + 2] = '\t';
    return of(chars, length(1, max));
  }

  private int length(int min, int max) {
    int roll = r.intRange(0, 9);
    return roll == 0 ? max : roll == 1 ? min : r.intRange(min, Math.min(max, 40));
  }

  private String of(char[] alphabet, int length) {
    char[] c = new char[length];
    for (int i = 0; i < length; i++) {
      c[i] = alphabet[r.intRange(0, alphabet.length - 1)];
    }
    return new String(c);
  }

  private <T> Optional<T> opt(Supplier<T> s) {
    return r.trueOrFalse() ? Optional.of(s.get()) : Optional.empty();
  }
}
