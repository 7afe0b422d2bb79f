package io.github.sponsorsdk.sms.xml.validate;

import static io.github.sponsorsdk.sms.xml.validate.FindingSeverity.ERROR;
import static io.github.sponsorsdk.sms.xml.validate.FindingSeverity.WARNING;
import static io.github.sponsorsdk.sms.xml.validate.FindingSource.READER;
import static io.github.sponsorsdk.sms.xml.validate.FindingSource.SCHEMA;
import static io.github.sponsorsdk.sms.xml.validate.FindingSource.SMS_RULE;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;

/**
 * The stable codes of BDT findings, each with its severity, layer and source. Callers branch on these, never on
 * messages. Where the sources are silent on error versus warning the choice is the project's, recorded in
 * {@code docs/decisions/0510-bdt-validation-layers.md}.
 */
public enum FindingCode implements ReasonCode {
  // ---- reader
  /** Not well-formed, empty, a DOCTYPE, over a limit, or not a BDT root element: nothing after it can be read. */
  FILE_UNREADABLE(ERROR, READER, BdtSources.decision("secure reading")),
  /**
   * Bytes that are not characters of the encoding the file declares (the usual case: saved as ISO-8859-1 or
   * windows-1252, declared UTF-8). The bytes are replaced and reading goes on with the next record; the message
   * gives the byte offset and what the bytes would be in the likely encoding.
   */
  ENCODING_INVALID(ERROR, READER, BdtSources.decision("encoding")),
  /**
   * A file declared ISO-8859-1 (or windows-1252) holds byte sequences that form UTF-8 characters ({@code BarrÃ©}
   * for {@code Barré}): probably a UTF-8 file with the wrong declaration. The SMS would store the garbled text.
   */
  ENCODING_SUSPECT(WARNING, READER, BdtSources.decision("encoding")),
  /**
   * A field longer than the reader's limit ({@code ReadOptions.maxTextLength}, 10,000 characters by default): its
   * text is skipped and the record rejected, and the file is read on. For a field the schema limits (every one but
   * {@code Version}, {@code ReasonSELTNotRequired}, {@code EnglishLanguageLevelAttained}, {@code TestProvider} and
   * {@code PreviousAcademicLevel}) the schema rejects it too; for those five it is this reader's limit alone.
   */
  FIELD_TOO_LONG(ERROR, READER, BdtSources.decision("secure reading")),
  /** A record (or the header) whose content cannot be mapped, where the schema reported nothing. */
  RECORD_UNREADABLE(ERROR, READER, BdtSources.SCHEMA),

  // ---- schema
  /** The XSD rejects the content (message from the JDK validator, e.g. {@code cvc-pattern-valid}). */
  SCHEMA_INVALID(ERROR, SCHEMA, BdtSources.SCHEMA),

  // ---- SMS rules that reject a record
  /** Same course title, course ID, start date and ApplicantID as an earlier record of the file. */
  DUPLICATE_RECORD(ERROR, SMS_RULE, BdtSources.schema(
      "CourseDetailsStructure: CourseCurriculumTitle, CourseID, CourseStartDate are secondary identifiers of duplicates")),
  /**
   * A required text field holds only spaces (the schema accepts a single space). A project rule: see
   * {@link #rationale()}; {@code ValidationOptions.relaxedRules} can make it a warning.
   */
  BLANK_REQUIRED_TEXT(ERROR, SMS_RULE, BdtSources.decision("blank required text"),
      "Project rule: the schema accepts a single space, but a blank name, reference, title or address line cannot"
          + " identify the applicant or the course, and the SMS's own form requires the field."),
  /** A nationality not in the SMS list. */
  UNKNOWN_NATIONALITY(ERROR, SMS_RULE, BdtSources.schema("NationalityType: a 3 character nationality code as defined in guidance")),
  /** A country not in the SMS list. */
  UNKNOWN_COUNTRY(ERROR, SMS_RULE, BdtSources.schema("CountryType: 3-letter code as defined in guidance")),
  /** A ReasonSELTNotRequired value not in the guidance list. */
  UNKNOWN_SELT_REASON(ERROR, SMS_RULE, BdtSources.referenceValues("ReasonSELTNotRequired")),
  /** A TestProvider not in the ELTP reference data. */
  UNKNOWN_TEST_PROVIDER(ERROR, SMS_RULE, BdtSources.referenceValues("TestProvider")),
  /** An EnglishLanguageLevelAttained not a CEFR level A2..C2. */
  UNKNOWN_ENGLISH_LEVEL(ERROR, SMS_RULE, BdtSources.referenceValues("EnglishLanguageLevelAttained")),
  /** A work placement percentage outside 0..100. A project rule ({@link #rationale()}). */
  WORK_PLACEMENT_PERCENTAGE_RANGE(ERROR, SMS_RULE, BdtSources.decision("work placement percentage range"),
      "Project rule: the schema types the percentage as any whole number, but a share of a course is 0 to 100;"
          + " the guidance thresholds (33%, 50%) are percentages of the course."),
  /** The expected end date is before the start date. A project rule ({@link #rationale()}). */
  COURSE_ENDS_BEFORE_START(ERROR, SMS_RULE, BdtSources.decision("course dates"),
      "Project rule: the schema does not compare the dates, but a course that ends before it starts cannot be"
          + " sponsored; the SMS asks for both dates of one course."),
  /**
   * The upload header's SchemaID, Category and root element disagree (General with Child, say). A project rule
   * ({@link #rationale()}).
   */
  HEADER_INCONSISTENT(ERROR, SMS_RULE, BdtSources.schema("BulkFileHeaderStructure: SchemaID, Category"),
      "Project rule: each value is schema-valid on its own, but a General file must say General and"
          + " T4General Ready To Go (and a Child file Child and T4Child Ready To Go); which the SMS would follow is"
          + " not documented."),
  /** A fee update with no "paid to date" amount. */
  FEE_UPDATE_NOTHING_PAID(ERROR, SMS_RULE, io.github.sponsorsdk.sms.core.citation.Citation.of(BdtSources.ORACLE_PBI,
      "Update Extract Fields: one of the Fees Paid fields must be present")),

  /**
   * A code with spaces around it whose stripped form is in its list ({@code "RQF6 "}): reported as such rather than
   * as an unknown code. The SMS compares codes as written, so it may not recognise it.
   */
  CODE_PADDED(WARNING, SMS_RULE, BdtSources.decision("code lists")),

  // ---- SMS rules that leave the CAS "not ready to go"
  /** An AcademicLevel (or PreviousAcademicLevel) not in the guidance list. */
  UNKNOWN_ACADEMIC_LEVEL(WARNING, SMS_RULE, BdtSources.referenceValues("AcademicLevel")),
  /** No EvidenceDetails/SELTRequired ("This field is mandatory"). Official example 3. */
  SELT_REQUIRED_MISSING(WARNING, SMS_RULE, BdtSources.referenceValues("SELTRequired")),
  /** SELTRequired true without EnglishLanguageLevelAttained and TestProvider. */
  SELT_DETAILS_MISSING(WARNING, SMS_RULE, BdtSources.referenceValues("SELTRequired")),
  /** SELTRequired false without ReasonSELTNotRequired. */
  SELT_REASON_MISSING(WARNING, SMS_RULE, BdtSources.referenceValues("SELTRequired")),
  /** PreviousUKStudy not given. Official example 8. */
  PREVIOUS_UK_STUDY_MISSING(WARNING, SMS_RULE, BdtSources.schema("EvidenceDataStructure; example 8")),
  /** PreviousUKStudy true without PreviousAcademicLevel or CurrentPreviousCourseLevelComparison. */
  PREVIOUS_STUDY_DETAILS_MISSING(WARNING, SMS_RULE, BdtSources.schema(
      "EvidenceDataStructure: PreviousAcademicLevel, CurrentPreviousCourseLevelComparison")),
  /** The comparison is not HIGHER and ProgressionJustification is missing. */
  PROGRESSION_JUSTIFICATION_MISSING(WARNING, SMS_RULE, BdtSources.schema(
      "ProgressionJustification: free text must be supplied if the previous field is not HIGHER")),
  /** ApplicantHasWorkPlacement true without WorkPlacementPercentage. Official example 11. */
  WORK_PLACEMENT_PERCENTAGE_MISSING(WARNING, SMS_RULE, BdtSources.schema("WorkPlacementPercentage; example 11")),
  /** The percentage is above the threshold in force and WorkPlacementJustificationText is missing. */
  WORK_PLACEMENT_JUSTIFICATION_MISSING(WARNING, SMS_RULE, BdtSources.schema(
      "WorkPlacementJustificationText: must be supplied if the percentage is above the threshold in guidance")),
  /** A work placement percentage above 0 while ApplicantHasWorkPlacement is false. */
  WORK_PLACEMENT_CONTRADICTION(WARNING, SMS_RULE, BdtSources.decision("work placement flag")),
  /** CourseHoursPerWeek 0.0 where hours are needed (not full-time degree level, not Child). */
  COURSE_HOURS_MISSING(WARNING, SMS_RULE, BdtSources.schema("CourseHoursPerWeek")),
  /** CourseIsFullTime true for a course below degree level. */
  FULL_TIME_BELOW_DEGREE(WARNING, SMS_RULE, BdtSources.schema("CourseIsFullTime")),
  /** A "paid to date" amount above the fee it pays, or boarding paid while the boarding fee is 0 (not applicable). */
  FEES_INCONSISTENT(WARNING, SMS_RULE, BdtSources.decision("fees"));

  private final FindingSeverity severity;
  private final FindingSource source;
  private final Citation citation;
  private final String rationale;

  FindingCode(FindingSeverity severity, FindingSource source, Citation citation) {
    this(severity, source, citation, "");
  }

  FindingCode(FindingSeverity severity, FindingSource source, Citation citation, String rationale) {
    this.severity = severity;
    this.source = source;
    this.citation = citation;
    this.rationale = rationale;
  }

  /**
   * For a rule the project decided (the schema accepts what it rejects): why, in words, ending the finding's
   * message. Empty for the rules the sources state.
   */
  public String rationale() {
    return rationale;
  }

  /** True for a project-decided error that {@code ValidationOptions.relaxedRules} may turn into a warning. */
  public boolean isProjectRule() {
    return !rationale.isEmpty();
  }

  public FindingSeverity severity() {
    return severity;
  }

  public FindingSource source() {
    return source;
  }

  public Citation citation() {
    return citation;
  }
}
