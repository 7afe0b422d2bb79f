package io.github.sponsorsdk.sms.xml.validate;

import io.github.sponsorsdk.sms.xml.internal.RecordValues;
import io.github.sponsorsdk.sms.xml.internal.SchemaMessages;
import io.github.sponsorsdk.sms.xml.records.Applicant;
import io.github.sponsorsdk.sms.xml.records.CasExportRecord;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.Course;
import io.github.sponsorsdk.sms.xml.records.Evidence;
import io.github.sponsorsdk.sms.xml.records.FeeUpdate;
import io.github.sponsorsdk.sms.xml.records.Finances;
import io.github.sponsorsdk.sms.xml.records.InternationalAddress;
import io.github.sponsorsdk.sms.xml.records.LevelComparison;
import io.github.sponsorsdk.sms.xml.records.OverseasInstitution;
import io.github.sponsorsdk.sms.xml.records.PartnerInstitution;
import io.github.sponsorsdk.sms.xml.records.UkAddress;
import io.github.sponsorsdk.sms.xml.records.WorkPlacement;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SMS's rules beyond the schema, for one record at a time. Pure: a record (or, for a record the schema rejects,
 * the values that were read), the code lists, the parameters and the evaluation date in; hits out. Which rule is an
 * error and which a warning is on each {@link FindingCode}, or for an unknown code on its {@link CodeList}.
 *
 * <p>Two kinds of rule. <em>Field rules</em> judge one value on its own ({@link #field}): a code from a list, a
 * required text that holds only spaces. They run on the typed record, and also on the values read from a record
 * that failed the schema, so a bad nationality is still reported beside a name that is too long. <em>Record
 * rules</em> compare values (dates, SELT, progression, work placement, fees) and need the whole record.
 */
final class BdtRules {
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);
  private static final String CAS = "CAS/";
  private static final AddressPaths PARTNER_ADDRESS =
      new AddressPaths(CAS + "NonSponsorEducationInstitutionData/PartnerInstitutionDetails/AddressDetails");
  private static final AddressPaths OVERSEAS_ADDRESS =
      new AddressPaths(CAS + "NonSponsorEducationInstitutionData/OverseasHigherEducationInstitutionDetails/Address");
  private static final AddressPaths MAIN_SITE = new AddressPaths(CAS + "CourseDetails/MainSiteOfStudy");
  private static final AddressPaths COURSE_WORK_PLACEMENT_ADDRESS =
      new AddressPaths(CAS + "CourseDetails/WorkPlacementAddress");
  private static final AddressPaths PLACEMENT_ADDRESS =
      new AddressPaths(CAS + "WorkPlacementDetails/WorkPlacementAddress");
  /** A record without EvidenceDetails is judged as one with every evidence field absent. */
  private static final Evidence NO_EVIDENCE = Evidence.builder().build();

  private final CodeLists codes;
  private final BdtParameters parameters;
  private final LocalDate on;
  private final boolean mask;

  BdtRules(CodeLists codes, BdtParameters parameters, LocalDate on, PersonalData personalData) {
    this.codes = codes;
    this.parameters = parameters;
    this.on = on;
    this.mask = personalData == PersonalData.MASKED;
  }

  // ---------------------------------------------------------------- field rules

  /**
   * The rules of one field's value at {@code path}: its code list, or for required text, that it is not blank.
   * {@code first} is false for the second and third occurrence of a repeated field (only the first is required).
   */
  void field(BdtField f, String path, String value, boolean first, List<RuleHit> out) {
    switch (f) {
      case NATIONALITY:
        code(out, path, f, value, codes.nationalities(), FindingCode.UNKNOWN_NATIONALITY, f.element());
        return;
      case COUNTRY_OF_BIRTH:
      case COUNTRY:
        code(out, path, f, value, codes.countries(), FindingCode.UNKNOWN_COUNTRY, f.element());
        return;
      case ACADEMIC_LEVEL:
        code(out, path, f, value, codes.academicLevels(), FindingCode.UNKNOWN_ACADEMIC_LEVEL, f.element());
        return;
      case PREVIOUS_ACADEMIC_LEVEL:
        code(out, path, f, value, codes.academicLevels(), FindingCode.UNKNOWN_ACADEMIC_LEVEL, f.element());
        return;
      case REASON_SELT_NOT_REQUIRED:
        code(out, path, f, value, codes.seltReasons(), FindingCode.UNKNOWN_SELT_REASON, f.element());
        return;
      case TEST_PROVIDER:
        code(out, path, f, value, codes.testProviders(), FindingCode.UNKNOWN_TEST_PROVIDER, f.element());
        return;
      case ENGLISH_LANGUAGE_LEVEL_ATTAINED:
        code(out, path, f, value, codes.englishLevels(), FindingCode.UNKNOWN_ENGLISH_LEVEL, f.element());
        return;
      default:
        break;
    }
    if (first && f.isRequired() && f.valueType() == BdtField.ValueType.TEXT && value.isBlank()) {
      out.add(new RuleHit(FindingCode.BLANK_REQUIRED_TEXT, path, Map.of("field", f.element())));
    }
  }

  /**
   * The field rules over the values read from a record that could not be mapped (the schema or the reader rejected
   * something), leaving out the fields at {@code judged} paths, which already have a finding.
   */
  void fields(List<RecordValues.Value> values, Set<String> judged, List<RuleHit> out) {
    Set<String> seen = new HashSet<>();
    for (RecordValues.Value v : values) {
      Optional<BdtField> f = BdtField.of(v.parent(), v.element());
      if (f.isEmpty() || judged.contains(v.path())) {
        continue;
      }
      field(f.get(), v.path(), v.text(), seen.add(v.path()), out);
    }
  }

  private void code(List<RuleHit> out, String path, BdtField f, String value, CodeList list, FindingCode code,
      String what) {
    if (list.contains(value)) {
      return;
    }
    String shown = show(f, value);
    if (!value.isEmpty() && list.contains(value.strip())) {
      out.add(new RuleHit(FindingCode.CODE_PADDED, path, Map.of("field", what, "value", shown, "code",
          show(f, value.strip()), "list", list.name())));
      return;
    }
    out.add(new RuleHit(code, path, Map.of("field", what, "value", shown, "list", list.name() + " ("
        + list.version() + ", " + list.date() + ")"), list.unknownCodeSeverity()));
  }

  private String show(BdtField f, String value) {
    return SchemaMessages.value(value, Optional.of(f), mask);
  }

  // ---------------------------------------------------------------- record rules

  /** The rules of a CAS upload record; {@code child} for a Child CAS (no evidence, hours optional). */
  void checkCas(CasRecord r, boolean child, List<RuleHit> out) {
    // Paths are constants and optional parts are tested with isPresent(), not lambdas: these rules run on every
    // record of a file, and a path built or a lambda captured per field and record was a good part of the
    // validator's garbage (docs/benchmarks.md, 2026-12-06).
    Applicant a = r.applicant();
    final String ap = CAS + "ApplicantData/";
    field(BdtField.APPLICANT_ID, ap + "ApplicantID", a.applicantId(), true, out);
    field(BdtField.FAMILY_NAME, ap + "FamilyName", a.familyName(), true, out);
    field(BdtField.NATIONALITY, ap + "Nationality", a.nationality(), true, out);
    field(BdtField.COUNTRY_OF_BIRTH, ap + "CountryOfBirth", a.countryOfBirth(), true, out);
    field(BdtField.PASSPORT_OR_TRAVEL_DOCUMENT_NUMBER, ap + "ApplicantPassportOrTravelDocumentNumber",
        a.passportOrTravelDocumentNumber(), true, out);
    final String ns = CAS + "NonSponsorEducationInstitutionData/";
    if (r.partnerInstitution().isPresent()) {
      PartnerInstitution p = r.partnerInstitution().get();
      field(BdtField.ORGANISATION_NAME, ns + "PartnerInstitutionDetails/Name", p.name(), true, out);
      address(out, PARTNER_ADDRESS, p.address());
    }
    if (r.overseasInstitution().isPresent()) {
      OverseasInstitution o = r.overseasInstitution().get();
      field(BdtField.ORGANISATION_NAME, ns + "OverseasHigherEducationInstitutionDetails/Name", o.name(), true, out);
      address(out, OVERSEAS_ADDRESS, o.address());
    }
    Course c = r.course();
    final String cp = CAS + "CourseDetails/";
    field(BdtField.COURSE_CURRICULUM_TITLE, cp + "CourseCurriculumTitle", c.title(), true, out);
    uk(out, MAIN_SITE, c.mainSiteOfStudy());
    if (c.workPlacementAddress().isPresent()) {
      address(out, COURSE_WORK_PLACEMENT_ADDRESS, c.workPlacementAddress().get());
    }
    field(BdtField.ACADEMIC_LEVEL, cp + "AcademicLevel", c.academicLevel(), true, out);
    boolean levelKnown = codes.academicLevels().contains(c.academicLevel());
    // An unknown level already has its finding; rules that depend on the level give it the benefit of the doubt.
    boolean degree = !levelKnown || codes.degreeLevels().contains(c.academicLevel());
    if (c.expectedEndDate().isBefore(c.startDate())) {
      out.add(new RuleHit(FindingCode.COURSE_ENDS_BEFORE_START, cp + "ExpectedCourseEndDate",
          Map.of("end", c.expectedEndDate(), "start", c.startDate())));
    }
    if (c.fullTime() && levelKnown && !degree) {
      out.add(new RuleHit(FindingCode.FULL_TIME_BELOW_DEGREE, cp + "CourseIsFullTime",
          Map.of("level", c.academicLevel())));
    }
    if (!child && levelKnown && c.hoursPerWeek().signum() == 0 && !(c.fullTime() && degree)) {
      out.add(new RuleHit(FindingCode.COURSE_HOURS_MISSING, cp + "CourseHoursPerWeek"));
    }
    workPlacement(r, c, degree, out);
    field(BdtField.DOCUMENTS_USED_TO_OBTAIN_OFFER, CAS + "Documentation/DocumentsUsedToObtainOffer",
        r.documentation().documentsUsedToObtainOffer(), true, out);
    if (!child) {
      evidence(r.evidence().orElse(NO_EVIDENCE), out);
    }
    finances(r.finances(), out);
  }

  private void workPlacement(CasRecord r, Course c, boolean degree, List<RuleHit> out) {
    Optional<WorkPlacement> placement = r.workPlacement();
    Optional<BigInteger> pct = placement.isPresent() ? placement.get().percentage() : Optional.empty();
    final String path = CAS + "WorkPlacementDetails/WorkPlacementPercentage";
    if (placement.isPresent() && placement.get().address().isPresent()) {
      address(out, PLACEMENT_ADDRESS, placement.get().address().get());
    }
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
    Optional<String> justification = placement.get().justification();
    boolean justified = justification.isPresent() && !justification.get().isBlank();
    if (pct.get().compareTo(BigInteger.valueOf(threshold)) > 0 && !justified) {
      out.add(new RuleHit(FindingCode.WORK_PLACEMENT_JUSTIFICATION_MISSING,
          CAS + "WorkPlacementDetails/WorkPlacementJustificationText", Map.of("percentage", pct.get(),
              "threshold", threshold, "courseLevel", degree ? "degree-level" : "below-degree")));
    }
  }

  private void evidence(Evidence e, List<RuleHit> out) {
    final String base = CAS + "EvidenceDetails";
    if (e.seltRequired().isEmpty()) {
      out.add(new RuleHit(FindingCode.SELT_REQUIRED_MISSING, base));
    } else if (e.seltRequired().get()) {
      if (e.englishLanguageLevelAttained().isEmpty() || e.testProvider().isEmpty()) {
        out.add(new RuleHit(FindingCode.SELT_DETAILS_MISSING, base));
      }
    } else if (e.reasonSeltNotRequired().isEmpty()) {
      out.add(new RuleHit(FindingCode.SELT_REASON_MISSING, base));
    }
    if (e.reasonSeltNotRequired().isPresent()) {
      field(BdtField.REASON_SELT_NOT_REQUIRED, base + "/ReasonSELTNotRequired", e.reasonSeltNotRequired().get(),
          true, out);
    }
    if (e.englishLanguageLevelAttained().isPresent()) {
      field(BdtField.ENGLISH_LANGUAGE_LEVEL_ATTAINED, base + "/EnglishLanguageLevelAttained",
          e.englishLanguageLevelAttained().get(), true, out);
    }
    if (e.testProvider().isPresent()) {
      field(BdtField.TEST_PROVIDER, base + "/TestProvider", e.testProvider().get(), true, out);
    }
    if (e.previousAcademicLevel().isPresent()) {
      field(BdtField.PREVIOUS_ACADEMIC_LEVEL, base + "/PreviousAcademicLevel", e.previousAcademicLevel().get(), true,
          out);
    }
    if (e.previousUkStudy().isEmpty()) {
      out.add(new RuleHit(FindingCode.PREVIOUS_UK_STUDY_MISSING, base));
    } else if (e.previousUkStudy().get()) {
      if (e.previousAcademicLevel().isEmpty() || e.levelComparison().isEmpty()) {
        out.add(new RuleHit(FindingCode.PREVIOUS_STUDY_DETAILS_MISSING, base));
      }
      Optional<String> justification = e.progressionJustification();
      if (e.levelComparison().isPresent() && e.levelComparison().get() != LevelComparison.HIGHER
          && (justification.isEmpty() || justification.get().isBlank())) {
        out.add(new RuleHit(FindingCode.PROGRESSION_JUSTIFICATION_MISSING, base + "/ProgressionJustification",
            Map.of("comparison", e.levelComparison().get())));
      }
    }
  }

  private void finances(Finances f, List<RuleHit> out) {
    final String base = CAS + "FinancialAndAccommodationDetails/";
    paid(out, base + "CourseFeesPaidToDate", f.courseFeesPaidToDate(), f.courseFeesForFirstYearOnly(),
        "Course fees for the first year");
    paid(out, base + "BoardingFeesPaidToDate", f.boardingFeesPaidToDate(), f.boardingFeesForFirstYearOnly(),
        "Boarding fees for the first year");
  }

  private static void paid(List<RuleHit> out, String path, Optional<BigDecimal> paid, BigDecimal due, String what) {
    if (paid.isPresent() && paid.get().compareTo(due) > 0) {
      out.add(new RuleHit(FindingCode.FEES_INCONSISTENT, path,
          Map.of("fee", what, "paid", paid.get().toPlainString(), "due", due.toPlainString())));
    }
  }

  /** A fee update needs at least one "paid to date" amount, and the course fee paid may not pass the fee. */
  void checkFeeUpdate(FeeUpdate f, List<RuleHit> out) {
    if (f.courseFeesPaidToDate().isEmpty() && f.accommodationFeesPaidToDate().isEmpty()
        && f.boardingFeesPaidToDate().isEmpty()) {
      out.add(new RuleHit(FindingCode.FEE_UPDATE_NOTHING_PAID, "CAS/FinancialDetails"));
    }
    paid(out, "CAS/FinancialDetails/CourseFeesPaidToDate", f.courseFeesPaidToDate(), f.courseFeesForFirstYearOnly(),
        "Course fees for the first year");
  }

  void checkExport(CasExportRecord e, List<RuleHit> out) {
    field(BdtField.APPLICANT_ID, "CAS/ApplicantID", e.applicantId(), true, out);
  }

  private void address(List<RuleHit> out, AddressPaths paths, InternationalAddress a) {
    for (int i = 0; i < a.addressLines().size(); i++) {
      field(BdtField.ADDRESS_LINE, paths.line, a.addressLines().get(i), i == 0, out);
    }
    field(BdtField.CITY, paths.city, a.city(), true, out);
    field(BdtField.COUNTRY, paths.country, a.country(), true, out);
  }

  private void uk(List<RuleHit> out, AddressPaths paths, UkAddress a) {
    for (int i = 0; i < a.addressLines().size(); i++) {
      field(BdtField.ADDRESS_LINE, paths.line, a.addressLines().get(i), i == 0, out);
    }
    field(BdtField.CITY, paths.city, a.city(), true, out);
  }

  /** The paths of an address's fields, built once rather than for every record. */
  private static final class AddressPaths {
    final String line;
    final String city;
    final String country;

    AddressPaths(String address) {
      this.line = address + "/AddressLine";
      this.city = address + "/City";
      this.country = address + "/Country";
    }
  }
}
