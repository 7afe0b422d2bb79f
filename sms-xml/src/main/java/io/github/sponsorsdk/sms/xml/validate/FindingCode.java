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
 * project's, recorded in {@code docs/decisions/0510-bdt-validation-layers.md} and
 * {@code docs/decisions/0520-bdt-checks-a-records-team-can-trust.md}.
 *
 * <p>Parameters: {@code field} is the element's name; {@code value} the text found, quoted, or hidden as
 * {@code [hidden: 3 characters]} when it is personal data ({@link PersonalData}); {@code list} the code list it
 * should come from, with its version and date; {@code detail} the reader's or the schema's finding in plain words.
 *
 * <p>The rules the project decided (the schema accepts what they reject: {@link #isProjectRule()}) end their message
 * with their reasoning ({@link #rationale()}), and {@code ValidationOptions.relaxedRules} can make them warnings. The
 * severity of an unknown code is its list's ({@link CodeList#unknownCodeSeverity()}), not always the code's own.
 */
public enum FindingCode implements ReasonCode {
  // ---- reader
  /**
   * Not well-formed, empty, a DOCTYPE, over a limit, not a BDT root element, or an I/O problem (no such file, a
   * directory, not readable, a read error): nothing after it can be read. Parameters: {@code problem} (a
   * {@code BdtReadException.Problem}), {@code detail}.
   */
  FILE_UNREADABLE(Severity.REFUSAL, READER, "The file cannot be read any further ({problem}): {detail}",
      BdtSources.decision("secure reading")),
  /**
   * Bytes that are not characters of the encoding the file declares (the usual case: saved as ISO-8859-1 or
   * windows-1252, declared UTF-8). The bytes are replaced and reading goes on with the next record. Parameter:
   * {@code detail}, the diagnosis ("declared UTF-8, byte 0xE9 at offset 1234 is not UTF-8; it looks like ISO-8859-1
   * 'é'").
   */
  ENCODING_INVALID(Severity.REFUSAL, READER, "Wrong encoding: {detail}", BdtSources.trust("encoding")),
  /**
   * A file declared ISO-8859-1 (or windows-1252) holds byte sequences that form UTF-8 letters ({@code BarrÃ©} for
   * {@code Barré}): probably a UTF-8 file with the wrong declaration. The SMS would store the garbled text. A warning
   * of the reader, not an SMS rule: the CAS still counts as ready to go. Parameter: {@code detail}.
   */
  ENCODING_SUSPECT(Severity.WARNING, READER, "Probably the wrong encoding: {detail}",
      BdtSources.trust("encoding")),
  /**
   * A field longer than the reader's limit ({@code ReadOptions.maxTextLength}, 10,000 characters by default): its
   * text is skipped and the record rejected, and the file is read on. For a field the schema limits the schema rejects
   * it too; for the five it does not ({@code Version}, {@code ReasonSELTNotRequired},
   * {@code EnglishLanguageLevelAttained}, {@code TestProvider}, {@code PreviousAcademicLevel}) it is this reader's
   * limit alone. Parameters: {@code field}, {@code readerLimit}, {@code limit} (what the schema allows).
   */
  FIELD_TOO_LONG(Severity.REFUSAL, READER, "{field} is longer than {readerLimit} characters: {limit}; the record was"
      + " not read further", BdtSources.trust("field too long")),
  /** A record (or the header) whose content cannot be mapped, where the schema reported nothing. */
  RECORD_UNREADABLE(Severity.REFUSAL, READER, "The record cannot be read: {detail}", BdtSources.SCHEMA),

  // ---- schema
  /**
   * The XSD rejects the content; {@code detail} says what in plain words, with the official type name
   * ("FamilyName is 36 characters long; NameType allows at most 35"), each problem once, a missing element at its
   * parent.
   */
  SCHEMA_INVALID(Severity.REFUSAL, SCHEMA, "The schema rejects the content: {detail}", BdtSources.SCHEMA),

  // ---- SMS rules that reject a record
  /** Same course title, course ID, start date and ApplicantID as an earlier record of the file. */
  DUPLICATE_RECORD(Severity.REFUSAL, SMS_RULE,
      "Same course title, course ID, start date and ApplicantID as an earlier record",
      BdtSources.schema("CourseDetailsStructure: CourseCurriculumTitle, CourseID, CourseStartDate are secondary "
          + "identifiers of duplicates")),
  /** A required text field ({@code field}) holds only spaces (the schema accepts a single space). A project rule. */
  BLANK_REQUIRED_TEXT(Severity.REFUSAL, SMS_RULE, "{field} holds only spaces. " + Rationale.BLANK,
      BdtSources.decision("blank required text"), Rationale.BLANK),
  /**
   * A Nationality code not in its list. Parameters: {@code field}, {@code value},
   * {@code list}. Severity: the list's.
   */
  UNKNOWN_NATIONALITY(Severity.REFUSAL, SMS_RULE, "{field} {value} is not a nationality code of the list {list}",
      BdtSources.schema("NationalityType: a 3 character nationality code as defined in guidance")),
  /**
   * A CountryOfBirth or Country code not in its list. Parameters: {@code field}, {@code value},
   * {@code list}. Severity: the list's.
   */
  UNKNOWN_COUNTRY(Severity.REFUSAL, SMS_RULE, "{field} {value} is not a country code of the list {list}",
      BdtSources.schema("CountryType: 3-letter code as defined in guidance")),
  /**
   * A ReasonSELTNotRequired code not in its list. Parameters: {@code field}, {@code value},
   * {@code list}. Severity: the list's.
   */
  UNKNOWN_SELT_REASON(Severity.REFUSAL, SMS_RULE, "{field} {value} is not a reason of the list {list}",
      BdtSources.referenceValues("ReasonSELTNotRequired")),
  /**
   * A TestProvider code not in its list. Parameters: {@code field}, {@code value},
   * {@code list}. Severity: the list's.
   */
  UNKNOWN_TEST_PROVIDER(Severity.REFUSAL, SMS_RULE, "{field} {value} is not a test provider of the list {list}",
      BdtSources.referenceValues("TestProvider")),
  /**
   * An EnglishLanguageLevelAttained code not in its list. Parameters: {@code field}, {@code value},
   * {@code list}. Severity: the list's.
   */
  UNKNOWN_ENGLISH_LEVEL(Severity.REFUSAL, SMS_RULE, "{field} {value} is not a CEFR level of the list {list}",
      BdtSources.referenceValues("EnglishLanguageLevelAttained")),
  /** A work placement percentage outside 0..100. A project rule. Parameter: {@code percentage}. */
  WORK_PLACEMENT_PERCENTAGE_RANGE(Severity.REFUSAL, SMS_RULE,
      "A work placement percentage must be 0 to 100, not {percentage}. " + Rationale.PERCENTAGE,
      BdtSources.decision("work placement percentage range"), Rationale.PERCENTAGE),
  /** The expected end date is before the start date. A project rule. Parameters: {@code end}, {@code start}. */
  COURSE_ENDS_BEFORE_START(Severity.REFUSAL, SMS_RULE, "The course ends ({end}) before it starts ({start}). "
      + Rationale.DATES, BdtSources.decision("course dates"), Rationale.DATES),
  /**
   * The upload header's SchemaID, Category and root element disagree (General with Child, say). A project rule.
   * Parameter: {@code detail}, which values disagree.
   */
  HEADER_INCONSISTENT(Severity.REFUSAL, SMS_RULE, "The header is inconsistent: {detail}. " + Rationale.HEADER,
      BdtSources.schema("BulkFileHeaderStructure: SchemaID, Category"), Rationale.HEADER),
  /** A fee update with no "paid to date" amount. */
  FEE_UPDATE_NOTHING_PAID(Severity.REFUSAL, SMS_RULE,
      "Give at least one of CourseFeesPaidToDate, AccommodationFeesPaidToDate, BoardingFeesPaidToDate",
      Citation.of(Source.ORACLE_PBI, "Update Extract Fields: one of the Fees Paid fields must be present")),

  /**
   * A code with spaces around it whose stripped form is in its list ({@code "RQF6 "}): reported as such rather than
   * as an unknown code, since the SMS compares codes as written. Parameters: {@code field}, {@code value},
   * {@code code} (the code without the spaces), {@code list}.
   */
  CODE_PADDED(Severity.WARNING, SMS_RULE, "{field} {value} has spaces around the code {code} of list {list}: the SMS"
      + " compares codes as written", BdtSources.trust("code lists")),

  // ---- SMS rules that leave the CAS "not ready to go"
  /**
   * An AcademicLevel (or PreviousAcademicLevel) not in the guidance list. Parameters: {@code field},
   * {@code value}, {@code list}. Severity: the list's (a warning by default).
   */
  UNKNOWN_ACADEMIC_LEVEL(Severity.WARNING, SMS_RULE, "{field} {value} is not an academic level of the list {list}"
      + " (codes such as RQF6, SCQF10)", BdtSources.referenceValues("AcademicLevel")),
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

  /** The reasoning of the project-decided rules, spelled once (the message and {@link #rationale()} share it). */
  private static final class Rationale {
    static final String BLANK = "Project rule: the schema accepts a single space, but a blank name, reference, title"
        + " or address line cannot identify the applicant or the course, and the SMS's own form requires the field";
    static final String PERCENTAGE = "Project rule: the schema types the percentage as any whole number, but a share"
        + " of a course is 0 to 100, and the guidance thresholds (33%, 50%) are shares of the course";
    static final String DATES = "Project rule: the schema does not compare the dates, but a course that ends before"
        + " it starts cannot be sponsored";
    static final String HEADER = "Project rule: each value is schema-valid on its own, but a General file says"
        + " General and T4General Ready To Go (a Child file Child and T4Child Ready To Go); which the SMS would follow"
        + " is not documented";
  }

  private final Severity severity;
  private final FindingLayer layer;
  private final String messageTemplate;
  private final Citation citation;
  private final String rationale;

  FindingCode(Severity severity, FindingLayer layer, String messageTemplate, Citation citation) {
    this(severity, layer, messageTemplate, citation, "");
  }

  FindingCode(Severity severity, FindingLayer layer, String messageTemplate, Citation citation, String rationale) {
    this.severity = severity;
    this.layer = layer;
    this.messageTemplate = messageTemplate;
    this.citation = citation;
    this.rationale = rationale;
  }

  /**
   * {@return for a rule the project decided (the schema accepts what it rejects): why, in words; the finding's message
   * ends with it} Empty for the rules the sources state.
   */
  public String rationale() {
    return rationale;
  }

  /** {@return true for a project-decided error that {@code ValidationOptions.relaxedRules} may turn into a warning} */
  public boolean isProjectRule() {
    return !rationale.isEmpty();
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
