package io.github.sponsorsdk.sms.rules.certificate;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.time.LocalDate;

/**
 * The reasons of {@link AssignmentReadiness} (namespace {@code readiness}): the fields SMS Manual 1's Troubleshooting
 * table names for "I cannot assign a CoS/CAS – The Assign button is greyed out", the content the Immigration Rules say
 * a CoS must confirm, and the conditional fields without which a CAS is "not ready to go". A refusal blocks the
 * assignment; a warning does not.
 */
public enum ReadinessReasonCode implements ReasonCode {
  /** Every field needed to assign is complete (information). */
  READY_TO_ASSIGN(Severity.INFO, "Every field needed to assign is complete",
      manual1("the Assign button is greyed out")),
  /** "Gender: please ensure this field is completed, as it is often missed". */
  GENDER_MISSING(Severity.REFUSAL, "Gender is missing", manual1("Gender")),
  /**
   * "Main work/study address ... suffixed with the phrase 'mandatory for assignment'". Parameter: {@code address}
   * ({@code work} for a CoS, {@code study} for a CAS).
   */
  MAIN_ADDRESS_MISSING(Severity.REFUSAL, "The main {address} address is missing", manual1("Main work/study address")),
  /** A CoS needs its gross salary. */
  GROSS_SALARY_MISSING(Severity.REFUSAL, "The gross salary is missing", manual1("Gross salary")),
  /** "Gross salary: use format '1234' or '1234.99' (no symbols)". Parameter: {@code entered} (the text typed). */
  GROSS_SALARY_FORMAT(Severity.REFUSAL,
      "The gross salary must be written as 1234 or 1234.99, with no symbols: '{entered}'", manual1("Gross salary")),
  /** "For each: please ensure this dropdown menu is completed, as it is often missed". */
  SALARY_PERIOD_MISSING(Severity.REFUSAL, "The salary period ('For each') is not chosen", manual1("For each")),
  /**
   * "Tick to confirm sponsor certifies maintenance for the migrant: although this tick box is not mandatory, it is
   * often missed which can lead to migrant applications ... being refused". A warning, never a refusal.
   */
  MAINTENANCE_NOT_CERTIFIED(Severity.WARNING, "The sponsor has not certified maintenance: the application may be "
      + "refused unless the migrant shows the funds",
      manual1("Tick to confirm sponsor certifies maintenance for the migrant")),
  /**
   * The start date is missing: the CoS "must include a start date, stated by the sponsor" (SW 5.1(c) and every worker
   * route); the CAS's {@code CourseStartDate} is required. Parameter: {@code what} ({@code employment} or
   * {@code course}).
   */
  START_DATE_MISSING(Severity.REFUSAL, "The {what} start date is missing",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(c)")),
  /**
   * The end date is missing ("Work dates: Start date*, End date*" on the CoS form; {@code ExpectedCourseEndDate} on
   * a CAS). Parameter: {@code what} ({@code employment} or {@code course}).
   */
  END_DATE_MISSING(Severity.REFUSAL, "The {what} end date is missing", secondary("migraco: the CoS form, Work dates")),
  /** "Job title*": the CoS must give "details of the job" (SW 5.1(a) and every worker route). */
  JOB_TITLE_MISSING(Severity.REFUSAL, "The job title is missing", secondary("migraco: the CoS form, Job title*")),
  /** "Job type*", the SOC occupation code: "The sponsor must choose an appropriate SOC 2020 occupation code". */
  OCCUPATION_CODE_MISSING(Severity.REFUSAL, "The occupation (SOC) code is missing",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 6.2")),
  /** An occupation code typed that is not four digits starting 1 to 9. Parameter: {@code entered}. */
  OCCUPATION_CODE_FORMAT(Severity.REFUSAL, "An occupation code is four digits, the first 1 to 9: '{entered}'",
      Citation.of(Source.ONS_SOC_2020, "Structure: unit groups")),
  /**
   * A SOC 2010 code on a CoS assigned from 4 April 2024, when SOC 2020 codes became the only ones to choose from.
   * Parameters: {@code occupation}, {@code since}.
   */
  OCCUPATION_CODE_EDITION(Severity.REFUSAL, "{occupation} is a SOC 2010 code: a CoS assigned from {since} needs a "
      + "SOC 2020 code", Citation.of(Source.SECONDARY_SOURCE, "burnesspaull: SOC 2020 from 4 April 2024",
      LocalDate.of(2024, 4, 4)).withNote("'From 4 April 2024, employers must now choose from the SOC 2020 volume'")),
  /** "Summary of job description*". */
  JOB_DESCRIPTION_MISSING(Severity.REFUSAL, "The summary of the job description is missing",
      secondary("migraco: the CoS form, Summary of job description*")),
  /** "Total weekly working hours*"; going rates are pro-rated on them. */
  WEEKLY_HOURS_MISSING(Severity.REFUSAL, "The total weekly working hours are missing",
      secondary("migraco: the CoS form, Total weekly working hours*")),
  /** Scale-up: the CoS must give "PAYE details", unconditionally (SCU 5.1(a)). */
  PAYE_REFERENCE_REQUIRED(Severity.REFUSAL, "A Scale-up CoS must give the PAYE reference of the paying employer",
      Citation.of(Source.RULES_WORKER_APPENDICES, "Appendix Scale-up SCU 5.1(a)")),
  /**
   * "PAYE details if HM Revenue and Customs (HMRC) requires income tax and National Insurance for the sponsored job to
   * be paid via PAYE" (SW, SNR, GTR, UKX 5.1(a)): whether HMRC requires it is not the SDK's to know (warning).
   * Parameter: {@code route}.
   */
  PAYE_REFERENCE_NOT_GIVEN(Severity.WARNING, "No PAYE reference: a {route} CoS must give one if HMRC requires the "
      + "job's income tax and National Insurance to be paid through PAYE",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(a)")),
  /**
   * The CoS must "confirm whether or not the Academic Technology Approval Scheme (ATAS) requirement ... applies".
   * Parameter: {@code route}.
   */
  ATAS_ANSWER_MISSING(Severity.REFUSAL, "A {route} CoS must say whether the ATAS requirement applies",
      Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER, "SW 5.1(f)")),
  /** International Sportsperson: "state the unique endorsement number ... issued ... by the appropriate governing body". */
  SPORTS_ENDORSEMENT_MISSING(Severity.REFUSAL, "An International Sportsperson CoS must state the governing body's "
      + "endorsement number", Citation.of(Source.RULES_WORKER_APPENDICES,
      "Appendix International Sportsperson ISP 5.2(f)")),
  /** Government Authorised Exchange: the role "meets the requirements of the individual exchange scheme". */
  EXCHANGE_SCHEME_MISSING(Severity.REFUSAL, "A Government Authorised Exchange CoS must name the exchange scheme",
      Citation.of(Source.RULES_WORKER_APPENDICES, "Appendix Temporary Work - Government Authorised Exchange GAE 5.1(e)")),
  /** Government Authorised Exchange: the role is supernumerary, "with a full explanation of why". */
  SUPERNUMERARY_EXPLANATION_MISSING(Severity.REFUSAL, "A Government Authorised Exchange CoS must explain why the role "
      + "is supernumerary", Citation.of(Source.RULES_WORKER_APPENDICES,
      "Appendix Temporary Work - Government Authorised Exchange GAE 5.1(f)")),
  /** Seasonal Worker: "confirm that they are employed in either the horticulture or the poultry production sector". */
  SEASONAL_SECTOR_MISSING(Severity.REFUSAL, "A Seasonal Worker CoS must say whether the work is in horticulture or "
      + "poultry production", Citation.of(Source.RULES_WORKER_APPENDICES,
      "Appendix Temporary Work - Seasonal Worker SAW 4.1(f)")),
  /**
   * Service Supplier and Secondment Worker: "confirm which of the sponsor's contracts registered with the Home Office
   * the applicant will work on". Parameter: {@code route}.
   */
  REGISTERED_CONTRACT_MISSING(Severity.REFUSAL, "A {route} CoS must name the registered contract the worker will "
      + "work on", Citation.of(Source.RULES_WORKER_APPENDICES,
      "Appendix Global Business Mobility SSU 5.1(g), SEC 5.1(g)")),
  /**
   * The migrant is not of the route's age on the day asked (warning: the rule applies on the date of application,
   * which may be later). Parameters: {@code route}, {@code requirement}, {@code on}.
   */
  AGE_REQUIREMENT_NOT_MET(Severity.WARNING, "The {route} route asks the migrant to be {requirement} on the date of "
      + "application; on {on} the date of birth says not", Citation.of(Source.RULES_APPENDIX_SKILLED_WORKER,
      "SW 1.3")),
  /**
   * A partial date of birth cannot tell whether the migrant meets the route's age (warning). Parameters:
   * {@code dateOfBirth}, {@code route}, {@code requirement}, {@code on}.
   */
  AGE_REQUIREMENT_UNCONFIRMED(Severity.WARNING, "The date of birth is partial ({dateOfBirth}): whether the migrant is "
      + "{requirement} on {on}, as the {route} route asks, cannot be told",
      Citation.of(Source.BDT_SCHEMA_V2_1, "PotentiallyPartialDateStructure: DateOfBirth may be partial")),
  /** A CAS without its course details (course, documentation, finances) cannot be assigned. */
  CAS_DETAILS_MISSING(Severity.REFUSAL, "The CAS has no course details", Citation.of(Source.BDT_SCHEMA_V2_1,
      "GeneralCASStructure and ChildCASStructure: CourseDetails, Documentation, FinancialAndAccommodationDetails")),
  /** No {@code SELTRequired} answer ("This field is mandatory"): not ready to go. Official example 3. */
  SELT_ANSWER_MISSING(Severity.REFUSAL, "Say whether a Secure English Language Test is required (SELTRequired)",
      Citation.of(Source.BDT_REFERENCE_VALUES_V16, "SELTRequired")),
  /** {@code SELTRequired} true without the level attained and the test provider: not ready to go. */
  SELT_RESULT_MISSING(Severity.REFUSAL, "A Secure English Language Test is required: give the English level attained "
      + "and the test provider", Citation.of(Source.BDT_REFERENCE_VALUES_V16, "SELTRequired")),
  /** {@code SELTRequired} false without {@code ReasonSELTNotRequired}: not ready to go. */
  SELT_EXEMPTION_REASON_MISSING(Severity.REFUSAL, "No Secure English Language Test is required: give the reason",
      Citation.of(Source.BDT_REFERENCE_VALUES_V16, "ReasonSELTNotRequired")),
  /** No {@code PreviousUKStudy} answer: not ready to go. Official examples 2, 3 and 8. */
  PREVIOUS_STUDY_ANSWER_MISSING(Severity.REFUSAL, "Say whether the student studied in the UK before (PreviousUKStudy)",
      Citation.of(Source.BDT_SCHEMA_V2_1, "EvidenceDataStructure: PreviousUKStudy")),
  /** Previous UK study without its level or the comparison with this course: not ready to go. */
  PREVIOUS_STUDY_LEVEL_MISSING(Severity.REFUSAL, "The student studied in the UK before: give the previous academic "
      + "level and how this course compares with it", Citation.of(Source.BDT_SCHEMA_V2_1,
      "EvidenceDataStructure: PreviousAcademicLevel, CurrentPreviousCourseLevelComparison: if not supplied when "
          + "required a warning will be generated, CAS will not be ready to go")),
  /** A course not at a higher level without the progression justification. Parameter: {@code comparison}. */
  PROGRESSION_REASON_MISSING(Severity.REFUSAL, "Compared with the previous course this one is {comparison}, not "
      + "HIGHER: give the progression justification", Citation.of(Source.BDT_SCHEMA_V2_1,
      "ProgressionJustification: free text must be supplied if the previous field is not HIGHER")),
  /** A work placement without its percentage: not ready to go. Official example 11. */
  PLACEMENT_PERCENTAGE_MISSING(Severity.REFUSAL, "The course has a work placement: give its percentage",
      Citation.of(Source.BDT_SCHEMA_V2_1, "WorkPlacementPercentage: if not supplied when required a warning will be "
          + "generated, CAS will not be ready to go and will require correction online"));

  private final Severity severity;
  private final String messageTemplate;
  private final Citation citation;

  ReadinessReasonCode(Severity severity, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  private static Citation manual1(String field) {
    return Citation.of(Source.SMS_MANUAL_1, "Troubleshooting: I cannot assign a CoS/CAS (" + field + ")");
  }

  private static Citation secondary(String section) {
    return Citation.of(Source.SECONDARY_SOURCE, section).withNote("The SMS's own CoS field guide (SMS guide 8a) was "
        + "withdrawn; the form's labels and asterisks come from a description of it "
        + "(docs/sources.md#secondary-cos-form).");
  }

  /** {@code readiness}. */
  @Override
  public String namespace() {
    return "readiness";
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageTemplate() {
    return messageTemplate;
  }

  @Override
  public Citation citation() {
    return citation;
  }
}
