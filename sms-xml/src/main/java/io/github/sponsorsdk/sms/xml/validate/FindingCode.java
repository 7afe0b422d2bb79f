package io.github.sponsorsdk.sms.xml.validate;

import static io.github.sponsorsdk.sms.xml.validate.FindingLayer.READER;
import static io.github.sponsorsdk.sms.xml.validate.FindingLayer.SCHEMA;
import static io.github.sponsorsdk.sms.xml.validate.FindingLayer.SMS_RULE;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import java.util.Optional;

/**
 * The stable codes of BDT findings (namespace {@code bdt}), each with its severity, layer, message template and
 * source. A {@link Severity#REFUSAL} is an error: the SMS rejects the record (or, outside a record, the file); a
 * {@link Severity#WARNING} leaves the CAS "not ready to go" (schema v2.1 documentation: "If not supplied when
 * required a warning will be generated, CAS will not be ready to go and will require correction online"). Callers
 * branch on these, never on messages. Where the sources are silent on error versus warning the choice is the
 * project's, recorded in {@code docs/decisions/0510-bdt-validation-layers.md}.
 *
 * <p>Parameters: {@code value} is the text found; {@code allowed} the list it should come from; {@code detail} the
 * reader's or the JDK schema validator's own words.
 */
public enum FindingCode implements ReasonCode {
  // ---- reader
  /**
   * Not well-formed, empty, a DOCTYPE, over a limit, or not a BDT root element: nothing after it can be read.
   * Parameters: {@code problem} (a {@code BdtReadException.Problem}), {@code detail}.
   */
  FILE_UNREADABLE(Severity.REFUSAL, READER, "The file cannot be read any further ({problem}): {detail}",
      BdtSources.decision("secure reading")),
  /** A record (or the header) whose content cannot be mapped, where the schema reported nothing. */
  RECORD_UNREADABLE(Severity.REFUSAL, READER, "The record cannot be read: {detail}", BdtSources.SCHEMA),

  // ---- schema
  /** The XSD rejects the content; {@code detail} is the JDK validator's message (e.g. {@code cvc-pattern-valid}). */
  SCHEMA_INVALID(Severity.REFUSAL, SCHEMA, "The schema rejects the content: {detail}", BdtSources.SCHEMA),

  // ---- SMS rules that reject a record
  /** Same course title, course ID, start date and ApplicantID as an earlier record of the file. */
  DUPLICATE_RECORD(Severity.REFUSAL, SMS_RULE,
      "Same course title, course ID, start date and ApplicantID as an earlier record",
      BdtSources.schema("CourseDetailsStructure: CourseCurriculumTitle, CourseID, CourseStartDate are secondary "
          + "identifiers of duplicates")),
  /** A required text field holds only spaces (the schema accepts a single space). */
  BLANK_REQUIRED_TEXT(Severity.REFUSAL, SMS_RULE, "A required text field holds only spaces",
      BdtSources.decision("blank required text")),
  /** A nationality not in the SMS list. Parameter: {@code value}. */
  UNKNOWN_NATIONALITY(Severity.REFUSAL, SMS_RULE, "Nationality '{value}' is not in the SMS list",
      BdtSources.schema("NationalityType: a 3 character nationality code as defined in guidance")),
  /** A country not in the SMS list. Parameter: {@code value}. */
  UNKNOWN_COUNTRY(Severity.REFUSAL, SMS_RULE, "Country '{value}' is not in the SMS list",
      BdtSources.schema("CountryType: 3-letter code as defined in guidance")),
  /** A ReasonSELTNotRequired value not in the guidance list. Parameters: {@code value}, {@code allowed}. */
  UNKNOWN_SELT_REASON(Severity.REFUSAL, SMS_RULE, "ReasonSELTNotRequired '{value}' is not one of {allowed}",
      BdtSources.referenceValues("ReasonSELTNotRequired")),
  /** A TestProvider not in the ELTP reference data. Parameters: {@code value}, {@code allowed}. */
  UNKNOWN_TEST_PROVIDER(Severity.REFUSAL, SMS_RULE, "TestProvider '{value}' is not one of {allowed}",
      BdtSources.referenceValues("TestProvider")),
  /** An EnglishLanguageLevelAttained not a CEFR level A2..C2. Parameters: {@code value}, {@code allowed}. */
  UNKNOWN_ENGLISH_LEVEL(Severity.REFUSAL, SMS_RULE, "EnglishLanguageLevelAttained '{value}' is not one of {allowed}",
      BdtSources.referenceValues("EnglishLanguageLevelAttained")),
  /** A work placement percentage outside 0..100. Parameter: {@code percentage}. */
  WORK_PLACEMENT_PERCENTAGE_RANGE(Severity.REFUSAL, SMS_RULE,
      "A work placement percentage must be 0 to 100, not {percentage}",
      BdtSources.decision("work placement percentage range")),
  /** The expected end date is before the start date. Parameters: {@code end}, {@code start}. */
  COURSE_ENDS_BEFORE_START(Severity.REFUSAL, SMS_RULE, "The course ends ({end}) before it starts ({start})",
      BdtSources.decision("course dates")),
  /** The upload header's SchemaID, Category and root element disagree (General with Child, say). */
  HEADER_INCONSISTENT(Severity.REFUSAL, SMS_RULE, "The header is inconsistent: {detail}",
      BdtSources.schema("BulkFileHeaderStructure: SchemaID, Category")),
  /** A fee update with no "paid to date" amount. */
  FEE_UPDATE_NOTHING_PAID(Severity.REFUSAL, SMS_RULE,
      "Give at least one of CourseFeesPaidToDate, AccommodationFeesPaidToDate, BoardingFeesPaidToDate",
      Citation.of(Source.ORACLE_PBI, "Update Extract Fields: one of the Fees Paid fields must be present")),

  // ---- SMS rules that leave the CAS "not ready to go"
  /** An AcademicLevel (or PreviousAcademicLevel) not in the guidance list. Parameter: {@code value}. */
  UNKNOWN_ACADEMIC_LEVEL(Severity.WARNING, SMS_RULE,
      "Academic level '{value}' is not a code from the guidance (e.g. RQF6, SCQF10)",
      BdtSources.referenceValues("AcademicLevel")),
  /** No EvidenceDetails/SELTRequired ("This field is mandatory"). Official example 3. */
  SELT_REQUIRED_MISSING(Severity.WARNING, SMS_RULE, "SELTRequired is mandatory: give true or false",
      BdtSources.referenceValues("SELTRequired")),
  /** SELTRequired true without EnglishLanguageLevelAttained and TestProvider. */
  SELT_DETAILS_MISSING(Severity.WARNING, SMS_RULE,
      "SELTRequired is true: give EnglishLanguageLevelAttained and TestProvider",
      BdtSources.referenceValues("SELTRequired")),
  /** SELTRequired false without ReasonSELTNotRequired. */
  SELT_REASON_MISSING(Severity.WARNING, SMS_RULE, "SELTRequired is false: give ReasonSELTNotRequired",
      BdtSources.referenceValues("SELTRequired")),
  /** PreviousUKStudy not given. Official example 8. */
  PREVIOUS_UK_STUDY_MISSING(Severity.WARNING, SMS_RULE, "Give PreviousUKStudy (true or false)",
      BdtSources.schema("EvidenceDataStructure; example 8")),
  /** PreviousUKStudy true without PreviousAcademicLevel or CurrentPreviousCourseLevelComparison. */
  PREVIOUS_STUDY_DETAILS_MISSING(Severity.WARNING, SMS_RULE,
      "PreviousUKStudy is true: give PreviousAcademicLevel and CurrentPreviousCourseLevelComparison",
      BdtSources.schema("EvidenceDataStructure: PreviousAcademicLevel, CurrentPreviousCourseLevelComparison")),
  /** The comparison is not HIGHER and ProgressionJustification is missing. Parameter: {@code comparison}. */
  PROGRESSION_JUSTIFICATION_MISSING(Severity.WARNING, SMS_RULE,
      "The new course is {comparison}, not HIGHER: give ProgressionJustification",
      BdtSources.schema("ProgressionJustification: free text must be supplied if the previous field is not HIGHER")),
  /** ApplicantHasWorkPlacement true without WorkPlacementPercentage. Official example 11. */
  WORK_PLACEMENT_PERCENTAGE_MISSING(Severity.WARNING, SMS_RULE,
      "ApplicantHasWorkPlacement is true: give WorkPlacementPercentage",
      BdtSources.schema("WorkPlacementPercentage; example 11")),
  /**
   * The percentage is above the threshold in force and WorkPlacementJustificationText is missing. Parameters:
   * {@code percentage}, {@code threshold}, {@code courseLevel} ({@code degree-level} or {@code below-degree}).
   */
  WORK_PLACEMENT_JUSTIFICATION_MISSING(Severity.WARNING, SMS_RULE, "A work placement of {percentage}% is above the "
      + "{threshold}% threshold for {courseLevel} courses: give WorkPlacementJustificationText",
      BdtSources.schema("WorkPlacementJustificationText: must be supplied if the percentage is above the threshold in "
          + "guidance")),
  /** A work placement percentage above 0 while ApplicantHasWorkPlacement is false. Parameter: {@code percentage}. */
  WORK_PLACEMENT_CONTRADICTION(Severity.WARNING, SMS_RULE,
      "ApplicantHasWorkPlacement is false but the percentage is {percentage}",
      BdtSources.decision("work placement flag")),
  /** CourseHoursPerWeek 0.0 where hours are needed (not full-time degree level, not Child). */
  COURSE_HOURS_MISSING(Severity.WARNING, SMS_RULE,
      "Hours per week may be 0.0 only for a full-time degree-level course or a Child CAS",
      BdtSources.schema("CourseHoursPerWeek")),
  /** CourseIsFullTime true for a course below degree level. Parameter: {@code level}. */
  FULL_TIME_BELOW_DEGREE(Severity.WARNING, SMS_RULE,
      "'Full-time' is only acceptable for a degree-level course; {level} is below", BdtSources.schema(
          "CourseIsFullTime")),
  /**
   * A "paid to date" amount above the fee it pays, or boarding paid while the boarding fee is 0 (not applicable).
   * Parameters: {@code fee}, {@code paid}, {@code due}.
   */
  FEES_INCONSISTENT(Severity.WARNING, SMS_RULE,
      "{fee} paid to date ({paid}) is more than the fee ({due}; 0 means not applicable)",
      BdtSources.decision("fees"));

  private final Severity severity;
  private final FindingLayer layer;
  private final String messageTemplate;
  private final Citation citation;

  FindingCode(Severity severity, FindingLayer layer, String messageTemplate, Citation citation) {
    this.severity = severity;
    this.layer = layer;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
  }

  /** {@code bdt}. */
  @Override
  public String namespace() {
    return "bdt";
  }

  /** {@link Severity#REFUSAL}: an error that rejects the record; {@link Severity#WARNING}: not ready to go. */
  @Override
  public Severity severity() {
    return severity;
  }

  /** {@return which layer of the validator finds the problem} */
  public FindingLayer layer() {
    return layer;
  }

  @Override
  public String messageTemplate() {
    return messageTemplate;
  }

  @Override
  public Citation citation() {
    return citation;
  }

  /**
   * {@return the code whose qualified code is {@code code} ({@code bdt.SCHEMA_INVALID}), if it is one of these}
   *
   * @param code a qualified code
   */
  public static Optional<FindingCode> of(String code) {
    for (FindingCode c : values()) {
      if (c.code().equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the layer that found {@code finding}: the layer of its code (a finding of another namespace has none)}
   *
   * @param finding a finding
   */
  public static Optional<FindingLayer> layerOf(io.github.sponsorsdk.sms.core.decision.Finding finding) {
    return of(finding.code()).map(FindingCode::layer);
  }
}
