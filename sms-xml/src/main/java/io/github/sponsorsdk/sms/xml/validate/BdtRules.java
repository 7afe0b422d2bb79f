package io.github.sponsorsdk.sms.xml.validate;

import io.github.sponsorsdk.sms.xml.records.CasExportRecord;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.Course;
import io.github.sponsorsdk.sms.xml.records.Evidence;
import io.github.sponsorsdk.sms.xml.records.FeeUpdate;
import io.github.sponsorsdk.sms.xml.records.Finances;
import io.github.sponsorsdk.sms.xml.records.InternationalAddress;
import io.github.sponsorsdk.sms.xml.records.LevelComparison;
import io.github.sponsorsdk.sms.xml.records.UkAddress;
import io.github.sponsorsdk.sms.xml.records.WorkPlacement;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SMS's rules beyond the schema, for one record at a time. Pure: a record, the code lists, the parameters and the
 * evaluation date in; hits out. Which rule is an error and which a warning is on each {@link FindingCode}.
 */
final class BdtRules {
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);
  private static final String CAS = "CAS/";

  private final CodeLists codes;
  private final BdtParameters parameters;
  private final LocalDate on;

  BdtRules(CodeLists codes, BdtParameters parameters, LocalDate on) {
    this.codes = codes;
    this.parameters = parameters;
    this.on = on;
  }

  /** The rules of a CAS upload record; {@code child} for a Child CAS (no evidence, hours optional). */
  void checkCas(CasRecord r, boolean child, List<RuleHit> out) {
    var a = r.applicant();
    blank(out, "ApplicantData/ApplicantID", a.applicantId());
    blank(out, "ApplicantData/FamilyName", a.familyName());
    blank(out, "ApplicantData/ApplicantPassportOrTravelDocumentNumber", a.passportOrTravelDocumentNumber());
    if (!codes.nationalities().contains(a.nationality())) {
      out.add(new RuleHit(FindingCode.UNKNOWN_NATIONALITY, CAS + "ApplicantData/Nationality",
          Map.of("value", a.nationality())));
    }
    country(out, "ApplicantData/CountryOfBirth", a.countryOfBirth());
    r.partnerInstitution().ifPresent(p -> {
      blank(out, "NonSponsorEducationInstitutionData/PartnerInstitutionDetails/Name", p.name());
      address(out, "NonSponsorEducationInstitutionData/PartnerInstitutionDetails/AddressDetails", p.address());
    });
    r.overseasInstitution().ifPresent(o -> {
      blank(out, "NonSponsorEducationInstitutionData/OverseasHigherEducationInstitutionDetails/Name", o.name());
      address(out, "NonSponsorEducationInstitutionData/OverseasHigherEducationInstitutionDetails/Address",
          o.address());
    });
    Course c = r.course();
    blank(out, "CourseDetails/CourseCurriculumTitle", c.title());
    uk(out, "CourseDetails/MainSiteOfStudy", c.mainSiteOfStudy());
    c.workPlacementAddress().ifPresent(w -> address(out, "CourseDetails/WorkPlacementAddress", w));
    boolean levelKnown = codes.academicLevels().contains(c.academicLevel());
    if (!levelKnown) {
      out.add(new RuleHit(FindingCode.UNKNOWN_ACADEMIC_LEVEL, CAS + "CourseDetails/AcademicLevel",
          Map.of("value", c.academicLevel())));
    }
    // An unknown level already warns; rules that depend on the level then give it the benefit of the doubt.
    boolean degree = !levelKnown || codes.degreeLevels().contains(c.academicLevel());
    if (c.expectedEndDate().isBefore(c.startDate())) {
      out.add(new RuleHit(FindingCode.COURSE_ENDS_BEFORE_START, CAS + "CourseDetails/ExpectedCourseEndDate",
          Map.of("end", c.expectedEndDate(), "start", c.startDate())));
    }
    if (c.fullTime() && levelKnown && !degree) {
      out.add(new RuleHit(FindingCode.FULL_TIME_BELOW_DEGREE, CAS + "CourseDetails/CourseIsFullTime",
          Map.of("level", c.academicLevel())));
    }
    if (!child && levelKnown && c.hoursPerWeek().signum() == 0 && !(c.fullTime() && degree)) {
      out.add(new RuleHit(FindingCode.COURSE_HOURS_MISSING, CAS + "CourseDetails/CourseHoursPerWeek"));
    }
    workPlacement(r, c, degree, out);
    if (!child) {
      evidence(r.evidence(), out);
    }
    finances(r.finances(), out);
  }

  private void workPlacement(CasRecord r, Course c, boolean degree, List<RuleHit> out) {
    Optional<BigInteger> pct = r.workPlacement().flatMap(WorkPlacement::percentage);
    String path = CAS + "WorkPlacementDetails/WorkPlacementPercentage";
    r.workPlacement().flatMap(WorkPlacement::address)
        .ifPresent(w -> address(out, "WorkPlacementDetails/WorkPlacementAddress", w));
    if (pct.isPresent() && (pct.get().signum() < 0 || pct.get().compareTo(HUNDRED) > 0)) {
      out.add(new RuleHit(FindingCode.WORK_PLACEMENT_PERCENTAGE_RANGE, path, Map.of("percentage", pct.get())));
      return;
    }
    if (!c.hasWorkPlacement()) {
      if (pct.isPresent() && pct.get().signum() > 0) {
        out.add(new RuleHit(FindingCode.WORK_PLACEMENT_CONTRADICTION, path, Map.of("percentage", pct.get())));
      }
      return;
    }
    if (pct.isEmpty()) {
      out.add(new RuleHit(FindingCode.WORK_PLACEMENT_PERCENTAGE_MISSING, CAS + "WorkPlacementDetails"));
      return;
    }
    int threshold = parameters.workPlacementThreshold(on,
        degree ? CourseLevel.DEGREE_OR_ABOVE : CourseLevel.BELOW_DEGREE);
    boolean justified = r.workPlacement().flatMap(WorkPlacement::justification).filter(t -> !t.isBlank()).isPresent();
    if (pct.get().compareTo(BigInteger.valueOf(threshold)) > 0 && !justified) {
      out.add(new RuleHit(FindingCode.WORK_PLACEMENT_JUSTIFICATION_MISSING,
          CAS + "WorkPlacementDetails/WorkPlacementJustificationText", Map.of("percentage", pct.get(),
              "threshold", threshold, "courseLevel", degree ? "degree-level" : "below-degree")));
    }
  }

  private void evidence(Optional<Evidence> evidence, List<RuleHit> out) {
    String base = CAS + "EvidenceDetails";
    Evidence e = evidence.orElse(Evidence.builder().build());
    if (e.seltRequired().isEmpty()) {
      out.add(new RuleHit(FindingCode.SELT_REQUIRED_MISSING, base));
    } else if (e.seltRequired().get()) {
      if (e.englishLanguageLevelAttained().isEmpty() || e.testProvider().isEmpty()) {
        out.add(new RuleHit(FindingCode.SELT_DETAILS_MISSING, base));
      }
    } else if (e.reasonSeltNotRequired().isEmpty()) {
      out.add(new RuleHit(FindingCode.SELT_REASON_MISSING, base));
    }
    e.reasonSeltNotRequired().filter(v -> !codes.seltReasons().contains(v)).ifPresent(v -> out.add(new RuleHit(
        FindingCode.UNKNOWN_SELT_REASON, base + "/ReasonSELTNotRequired", Map.of("value", v,
            "allowed", codes.seltReasons()))));
    e.testProvider().filter(v -> !codes.testProviders().contains(v)).ifPresent(v -> out.add(new RuleHit(
        FindingCode.UNKNOWN_TEST_PROVIDER, base + "/TestProvider", Map.of("value", v,
            "allowed", codes.testProviders()))));
    e.englishLanguageLevelAttained().filter(v -> !codes.englishLevels().contains(v)).ifPresent(v -> out.add(
        new RuleHit(FindingCode.UNKNOWN_ENGLISH_LEVEL, base + "/EnglishLanguageLevelAttained", Map.of("value", v,
            "allowed", codes.englishLevels()))));
    e.previousAcademicLevel().filter(v -> !codes.academicLevels().contains(v)).ifPresent(v -> out.add(
        new RuleHit(FindingCode.UNKNOWN_ACADEMIC_LEVEL, base + "/PreviousAcademicLevel", Map.of("value", v))));
    if (e.previousUkStudy().isEmpty()) {
      out.add(new RuleHit(FindingCode.PREVIOUS_UK_STUDY_MISSING, base));
    } else if (e.previousUkStudy().get()) {
      if (e.previousAcademicLevel().isEmpty() || e.levelComparison().isEmpty()) {
        out.add(new RuleHit(FindingCode.PREVIOUS_STUDY_DETAILS_MISSING, base));
      }
      if (e.levelComparison().isPresent() && e.levelComparison().get() != LevelComparison.HIGHER
          && e.progressionJustification().filter(t -> !t.isBlank()).isEmpty()) {
        out.add(new RuleHit(FindingCode.PROGRESSION_JUSTIFICATION_MISSING, base + "/ProgressionJustification",
            Map.of("comparison", e.levelComparison().get())));
      }
    }
  }

  private void finances(Finances f, List<RuleHit> out) {
    String base = CAS + "FinancialAndAccommodationDetails/";
    paid(out, base + "CourseFeesPaidToDate", f.courseFeesPaidToDate(), f.courseFeesForFirstYearOnly(),
        "Course fees for the first year");
    paid(out, base + "BoardingFeesPaidToDate", f.boardingFeesPaidToDate(), f.boardingFeesForFirstYearOnly(),
        "Boarding fees for the first year");
  }

  private static void paid(List<RuleHit> out, String path, Optional<BigDecimal> paid, BigDecimal due, String what) {
    paid.filter(p -> p.compareTo(due) > 0).ifPresent(p -> out.add(new RuleHit(FindingCode.FEES_INCONSISTENT, path,
        Map.of("fee", what, "paid", p.toPlainString(), "due", due.toPlainString()))));
  }

  /** A fee update needs at least one "paid to date" amount. */
  void checkFeeUpdate(FeeUpdate f, List<RuleHit> out) {
    if (f.courseFeesPaidToDate().isEmpty() && f.accommodationFeesPaidToDate().isEmpty()
        && f.boardingFeesPaidToDate().isEmpty()) {
      out.add(new RuleHit(FindingCode.FEE_UPDATE_NOTHING_PAID, "CAS/FinancialDetails"));
    }
    paid(out, "CAS/FinancialDetails/CourseFeesPaidToDate", f.courseFeesPaidToDate(), f.courseFeesForFirstYearOnly(),
        "Course fees for the first year");
  }

  void checkExport(CasExportRecord e, List<RuleHit> out) {
    blank(out, "ApplicantID", e.applicantId());
  }

  private void blank(List<RuleHit> out, String path, String value) {
    if (value.isBlank()) {
      out.add(new RuleHit(FindingCode.BLANK_REQUIRED_TEXT, CAS + path));
    }
  }

  private void country(List<RuleHit> out, String path, String code) {
    if (!codes.countries().contains(code)) {
      out.add(new RuleHit(FindingCode.UNKNOWN_COUNTRY, CAS + path, Map.of("value", code)));
    }
  }

  private void address(List<RuleHit> out, String path, InternationalAddress a) {
    blank(out, path + "/AddressLine", a.addressLines().get(0));
    blank(out, path + "/City", a.city());
    country(out, path + "/Country", a.country());
  }

  private void uk(List<RuleHit> out, String path, UkAddress a) {
    blank(out, path + "/AddressLine", a.addressLines().get(0));
    blank(out, path + "/City", a.city());
  }
}
