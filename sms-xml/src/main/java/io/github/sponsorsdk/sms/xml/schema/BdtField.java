package io.github.sponsorsdk.sms.xml.schema;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every leaf field of the Bulk Data Transfer files, with its facts written once: element name, the official schema
 * type (v2.1 names such as {@code NameType}), value type, length, pattern, numeric range, character range,
 * occurrence, and whether it holds personal data. The reader, the writer, the record values and the messages all read
 * this table; a test holds it against the official v2.1 XSD.
 *
 * <p>Several fields share an element name and differ by where they sit ({@code PostCode} in a UK address is
 * {@code UKPostCodeType}, in an international one {@code InternationalPostCodeType}); {@link #of(String, String)}
 * tells them apart by the parent element. Fields of the reconstructed kinds ({@link BdtFileKind#provenance()}) use
 * the v2.1 types where the evidence shows the same value.
 *
 * <p>Personal data ({@link #personalData()}): names, passport or travel document number, date and place of birth,
 * nationality, country of birth, gender and the UCAS/UKPASS identifier. Reports mask these values unless asked to
 * show them. ApplicantID and CAS numbers are the sponsor's and the Home Office's references, not masked: they are how
 * a person finds the record.
 */
public enum BdtField {
  // ---------------------------------------------------------------- upload header (BulkFileHeaderStructure)
  /** {@code BulkUploadFileId}: 2 to 50 characters, a letter or digit first. */
  BULK_UPLOAD_FILE_ID(text("BulkUploadFileId", "BulkUploadFileIDType", "Header").length(2, 50)
      .pattern(Patterns.FILE_ID, "a letter or digit, then letters, digits, space, _ . -")),
  /** {@code Version}: free text, optional. */
  VERSION(text("Version", "PBSStringType", "Header").optional()),
  /** {@code SchemaID}: {@code T4General Ready To Go} or {@code T4Child Ready To Go}. */
  SCHEMA_ID(enumeration("SchemaID", "Header", "T4General Ready To Go", "T4Child Ready To Go")),
  /** {@code TierID}: always {@code Tier 4}. */
  TIER_ID(enumeration("TierID", "Header", "Tier 4")),
  /** {@code Category}: {@code General} or {@code Child}. */
  CATEGORY(enumeration("Category", "Header", "General", "Child")),
  /** {@code SponsorLicenceNumber} of the upload and export headers. */
  SPONSOR_LICENCE_NUMBER(code("SponsorLicenceNumber", "SponsorLicenceNumberType", "Header").length(9, 9)
      .pattern(Patterns.SLN, "9 characters: 8 of A-Z or 0-9, then 0-9 or X")),

  // ---------------------------------------------------------------- other headers (reconstructed kinds)
  /** {@code BulkReportingId} of graduate notifications and activity reports, typed like the upload file id. */
  BULK_REPORTING_ID(text("BulkReportingId", "BulkUploadFileIDType", "BulkReportingFileHeader").length(2, 50)
      .pattern(Patterns.FILE_ID, "a letter or digit, then letters, digits, space, _ . -")),
  /** {@code BulkUpdateFileId} of a fee update (reconstructed). */
  BULK_UPDATE_FILE_ID(text("BulkUpdateFileId", "BulkUploadFileIDType", "Header").length(2, 50)
      .pattern(Patterns.FILE_ID, "a letter or digit, then letters, digits, space, _ . -")),
  /** {@code BulkExportFileId} of the export (reconstructed). */
  BULK_EXPORT_FILE_ID(text("BulkExportFileId", "BulkUploadFileIDType", "Header").length(2, 50)
      .pattern(Patterns.FILE_ID, "a letter or digit, then letters, digits, space, _ . -")),

  // ---------------------------------------------------------------- applicant (ApplicantDataStructure)
  /** {@code ApplicantID}: the sponsor's own reference, the key a person finds the record by. */
  APPLICANT_ID(text("ApplicantID", "ApplicantIDType", "ApplicantData", "CAS").length(1, 50)),
  /** {@code ApplicationID}. */
  APPLICATION_ID(text("ApplicationID", "ApplicationIDType", "ApplicantData").length(1, 50).optional()),
  /** {@code UCAS_UKPASS_Id}: 10 characters starting with 1 (anonymous type). */
  UCAS_UKPASS_ID(code("UCAS_UKPASS_Id", "xs:string", "ApplicantData").anonymous().length(10, 10)
      .pattern("1[A-Za-z0-9]{9}", "10 characters starting with 1").optional().personal()),
  /** {@code FamilyName}. */
  FAMILY_NAME(text("FamilyName", "NameType", "ApplicantData").length(1, 35).personal()),
  /** {@code GivenName}; absent for a person with one name. */
  GIVEN_NAME(text("GivenName", "NameType", "ApplicantData").length(1, 35).optional().personal()),
  /** {@code OtherNames}. */
  OTHER_NAMES(text("OtherNames", "PersonsOtherNamesType", "ApplicantData").length(1, 250).optional().personal()),
  /** {@code Nationality}: three capital letters or the literal {@code "STATELESS"} with its quotes. */
  NATIONALITY(code("Nationality", "NationalityType", "ApplicantData")
      .pattern("[A-Z]{3}|\"STATELESS\"", "three capital letters or \"STATELESS\"").personal()),
  /** {@code Gender}: {@code 1} male, {@code 2} female. */
  GENDER(of(ValueType.GENDER, "Gender", "GenderType", "ApplicantData").pattern("1|2", "1 (male) or 2 (female)")
      .personal()),
  /** {@code CountryOfBirth}. */
  COUNTRY_OF_BIRTH(code("CountryOfBirth", "CountryType", "ApplicantData")
      .pattern("[A-Z]{3}", "three capital letters").personal()),
  /** {@code PlaceOfBirth}: a town, up to 30 characters (anonymous restriction of {@code TownType}). */
  PLACE_OF_BIRTH(text("PlaceOfBirth", "TownType", "ApplicantData").anonymous().length(1, 30)
      .characters(CharacterRange.ADDRESS).optional().personal()),
  /** {@code DateOfBirth/FullDate}: {@code yyyy-mm-dd}, no time zone. */
  BIRTH_FULL_DATE(of(ValueType.DATE, "FullDate", "xs:date", "DateOfBirth").anonymous()
      .pattern("[0-9]{4}-[0-9]{2}-[0-9]{2}", "yyyy-mm-dd").personal()),
  /** {@code DateOfBirth/YearMonth}: {@code yyyy-mm}. */
  BIRTH_YEAR_MONTH(of(ValueType.YEAR_MONTH, "YearMonth", "xs:gYearMonth", "DateOfBirth").anonymous()
      .pattern("[0-9]{4}-[0-9]{2}", "yyyy-mm").personal()),
  /** {@code DateOfBirth/Year}: {@code yyyy}. */
  BIRTH_YEAR(of(ValueType.YEAR, "Year", "xs:gYear", "DateOfBirth").anonymous().pattern("[0-9]{4}", "yyyy")
      .personal()),
  /** {@code ApplicantPassportOrTravelDocumentNumber}. */
  PASSPORT_OR_TRAVEL_DOCUMENT_NUMBER(text("ApplicantPassportOrTravelDocumentNumber",
      "PassportOrTravelDocumentNumberType", "ApplicantData").length(1, 35).personal()),

  // ---------------------------------------------------------------- institutions and addresses
  /** {@code Name} of a partner or overseas institution. */
  ORGANISATION_NAME(text("Name", "OrganisationNameType", "PartnerInstitutionDetails",
      "OverseasHigherEducationInstitutionDetails").length(1, 250)),
  /** {@code SponsorLicenseNumber} of a partner institution (the schema's spelling). */
  PARTNER_SPONSOR_LICENSE_NUMBER(code("SponsorLicenseNumber", "SponsorLicenceNumberType",
      "PartnerInstitutionDetails").length(9, 9)
      .pattern(Patterns.SLN, "9 characters: 8 of A-Z or 0-9, then 0-9 or X").optional()),
  /** {@code AddressLine}: one to three per address. */
  ADDRESS_LINE(text("AddressLine", "AddressLineType", Places.ADDRESSES).length(1, 35)
      .characters(CharacterRange.ADDRESS).occurs(1, 3)),
  /** {@code City}. */
  CITY(text("City", "TownType", Places.ADDRESSES).length(1, 35).characters(CharacterRange.ADDRESS)),
  /** {@code CountyAreaDistrict}. */
  COUNTY_AREA_DISTRICT(text("CountyAreaDistrict", "CountryAreaDistrictType", Places.ADDRESSES).length(1, 35)
      .characters(CharacterRange.ADDRESS).optional()),
  /** {@code PostCode} of a UK address (BS 7666, exactly one space). */
  UK_POST_CODE(text("PostCode", "UKPostCodeType", "MainSiteOfStudy").length(1, 10)
      .pattern("([Gg][Ii][Rr] 0[Aa]{2})|((([A-Za-z][0-9]{1,2})|(([A-Za-z][A-Ha-hJ-Yj-y][0-9]{1,2})|(([A-Za-z][0-9]"
          + "[A-Za-z])|([A-Za-z][A-Ha-hJ-Yj-y][0-9]?[A-Za-z])))) [0-9][A-Za-z]{2})",
          "a UK postcode with one space, e.g. CR0 2DY")),
  /** {@code PostCode} of an international address. */
  INTERNATIONAL_POST_CODE(text("PostCode", "InternationalPostCodeType", Places.INTERNATIONAL_ADDRESSES)
      .length(1, 35).optional()),
  /** {@code Country}. */
  COUNTRY(code("Country", "CountryType", Places.INTERNATIONAL_ADDRESSES).pattern("[A-Z]{3}", "three capital letters")),

  // ---------------------------------------------------------------- course (CourseDetailsStructure)
  /** {@code CourseCurriculumTitle}: part of the duplicate key. */
  COURSE_CURRICULUM_TITLE(text("CourseCurriculumTitle", "CourseCurriculumTitleType", "CourseDetails").length(1, 250)),
  /** {@code CourseID}: part of the duplicate key when given. */
  COURSE_ID(text("CourseID", "CourseIDType", "CourseDetails").length(1, 50).optional()),
  /** {@code AcademicLevel}: a code from the guidance in a free-text type (anonymous, up to 250). */
  ACADEMIC_LEVEL(text("AcademicLevel", "PBSStringType", "CourseDetails").anonymous().length(1, 250)),
  /** {@code SecondaryAcademicLevel} (anonymous, up to 250). */
  SECONDARY_ACADEMIC_LEVEL(text("SecondaryAcademicLevel", "PBSStringType", "CourseDetails").anonymous()
      .length(1, 250).optional()),
  /** {@code CourseStartDate}: part of the duplicate key. */
  COURSE_START_DATE(of(ValueType.DATE, "CourseStartDate", "xs:date", "CourseDetails")),
  /** {@code LatestDateForAcceptanceOnCourse}. */
  LATEST_DATE_FOR_ACCEPTANCE(of(ValueType.DATE, "LatestDateForAcceptanceOnCourse", "xs:date", "CourseDetails")
      .optional()),
  /** {@code ExpectedCourseEndDate}. */
  EXPECTED_COURSE_END_DATE(of(ValueType.DATE, "ExpectedCourseEndDate", "xs:date", "CourseDetails")),
  /** {@code CourseIsFullTime}. */
  COURSE_IS_FULL_TIME(of(ValueType.BOOLEAN, "CourseIsFullTime", "xs:boolean", "CourseDetails")),
  /** {@code CourseHoursPerWeek}: 0.0 to 168.0, one decimal (anonymous). */
  COURSE_HOURS_PER_WEEK(of(ValueType.DECIMAL, "CourseHoursPerWeek", "xs:decimal", "CourseDetails").anonymous()
      .range("0.0", "168.0", false).fractionDigits(1)),
  /** {@code ApplicantHasWorkPlacement}. */
  APPLICANT_HAS_WORK_PLACEMENT(of(ValueType.BOOLEAN, "ApplicantHasWorkPlacement", "xs:boolean", "CourseDetails")),

  // ---------------------------------------------------------------- work placement (WorkPlacementDataStructure)
  /** {@code WorkPlacementPercentage}: an unbounded integer in the schema; 0 to 100 is an SMS rule. */
  WORK_PLACEMENT_PERCENTAGE(of(ValueType.INTEGER, "WorkPlacementPercentage", "xs:integer", "WorkPlacementDetails")
      .optional()),
  /** {@code WorkPlacementJustificationText}: multi-line, up to 2000 (anonymous). */
  WORK_PLACEMENT_JUSTIFICATION_TEXT(text("WorkPlacementJustificationText", "PBSMultiLineStringType",
      "WorkPlacementDetails").anonymous().length(1, 2000).characters(CharacterRange.MULTILINE).optional()),

  // ---------------------------------------------------------------- documentation (DocumentationStructure)
  /** {@code DocumentsUsedToObtainOffer}: multi-line, up to 2000 (anonymous). */
  DOCUMENTS_USED_TO_OBTAIN_OFFER(text("DocumentsUsedToObtainOffer", "PBSMultiLineStringType", "Documentation")
      .anonymous().length(1, 2000).characters(CharacterRange.MULTILINE)),
  /** {@code CourseRequiresATAS}. */
  COURSE_REQUIRES_ATAS(of(ValueType.BOOLEAN, "CourseRequiresATAS", "xs:boolean", "Documentation")),
  /** {@code PostgraduateDeanCertificateRequired}. */
  POSTGRADUATE_DEAN_CERTIFICATE_REQUIRED(of(ValueType.BOOLEAN, "PostgraduateDeanCertificateRequired", "xs:boolean",
      "Documentation")),

  // ---------------------------------------------------------------- evidence (EvidenceDataStructure)
  /** {@code SELTRequired}. */
  SELT_REQUIRED(of(ValueType.BOOLEAN, "SELTRequired", "xs:boolean", "EvidenceDetails").optional()),
  /** {@code ReasonSELTNotRequired}: a code from the guidance in a free-text type. */
  REASON_SELT_NOT_REQUIRED(text("ReasonSELTNotRequired", "PBSStringType", "EvidenceDetails").optional()),
  /** {@code EnglishLanguageLevelAttained}: a CEFR level code in a free-text type. */
  ENGLISH_LANGUAGE_LEVEL_ATTAINED(text("EnglishLanguageLevelAttained", "PBSStringType", "EvidenceDetails")
      .optional()),
  /** {@code SELTSpeakingLevel}. */
  SELT_SPEAKING_LEVEL(text("SELTSpeakingLevel", "SELTScoreType", "EvidenceDetails").length(1, 50).optional()),
  /** {@code SELTListeningLevel}. */
  SELT_LISTENING_LEVEL(text("SELTListeningLevel", "SELTScoreType", "EvidenceDetails").length(1, 50).optional()),
  /** {@code SELTReadingLevel}. */
  SELT_READING_LEVEL(text("SELTReadingLevel", "SELTScoreType", "EvidenceDetails").length(1, 50).optional()),
  /** {@code SELTWritingLevel}. */
  SELT_WRITING_LEVEL(text("SELTWritingLevel", "SELTScoreType", "EvidenceDetails").length(1, 50).optional()),
  /** {@code TestProvider}: a code from the reference data in a free-text type. */
  TEST_PROVIDER(text("TestProvider", "PBSStringType", "EvidenceDetails").optional()),
  /** {@code PreviousUKStudy}. */
  PREVIOUS_UK_STUDY(of(ValueType.BOOLEAN, "PreviousUKStudy", "xs:boolean", "EvidenceDetails").optional()),
  /** {@code PreviousAcademicLevel}: a code from the guidance in a free-text type. */
  PREVIOUS_ACADEMIC_LEVEL(text("PreviousAcademicLevel", "PBSStringType", "EvidenceDetails").optional()),
  /** {@code CurrentPreviousCourseLevelComparison}: HIGHER, LOWER or SAME. */
  CURRENT_PREVIOUS_COURSE_LEVEL_COMPARISON(enumeration("CurrentPreviousCourseLevelComparison", "EvidenceDetails",
      "HIGHER", "LOWER", "SAME").named("ComparisonLevelType").optional()),
  /** {@code ProgressionJustification}: multi-line, up to 1000 (anonymous). */
  PROGRESSION_JUSTIFICATION(text("ProgressionJustification", "PBSMultiLineStringType", "EvidenceDetails")
      .anonymous().length(1, 1000).characters(CharacterRange.MULTILINE).optional()),

  // ---------------------------------------------------------------- finances (FinancialAndAccommodationDataStructure)
  /** {@code AccomodationProvided} (the schema's spelling): nillable. */
  ACCOMODATION_PROVIDED(of(ValueType.BOOLEAN, "AccomodationProvided", "xs:boolean",
      "FinancialAndAccommodationDetails").nillable()),
  /** {@code CourseFeeIncludesAccomodationCosts} (the schema's spelling). */
  COURSE_FEE_INCLUDES_ACCOMODATION_COSTS(of(ValueType.BOOLEAN, "CourseFeeIncludesAccomodationCosts", "xs:boolean",
      "FinancialAndAccommodationDetails")),
  /** {@code CourseFeesForFirstYearOnly}, in a CAS and in a fee update. */
  COURSE_FEES_FOR_FIRST_YEAR_ONLY(pounds("CourseFeesForFirstYearOnly", Places.FINANCES)),
  /** {@code CourseFeesPaidToDate}. */
  COURSE_FEES_PAID_TO_DATE(pounds("CourseFeesPaidToDate", Places.FINANCES).optional()),
  /** {@code AccommodationFeesPaidToDate} (spelled correctly in the schema). */
  ACCOMMODATION_FEES_PAID_TO_DATE(pounds("AccommodationFeesPaidToDate", Places.FINANCES).optional()),
  /** {@code BoardingFeesForFirstYearOnly}: 0 means not applicable. */
  BOARDING_FEES_FOR_FIRST_YEAR_ONLY(pounds("BoardingFeesForFirstYearOnly", "FinancialAndAccommodationDetails")),
  /** {@code BoardingFeesPaidToDate}. */
  BOARDING_FEES_PAID_TO_DATE(pounds("BoardingFeesPaidToDate", Places.FINANCES).optional()),

  // ---------------------------------------------------------------- reports, fee updates, export
  /** {@code CASReport}: GRADUATED or STUDENT_ACTIVITY (reconstructed). */
  CAS_REPORT(enumeration("CASReport", "BulkReportingCASData", "GRADUATED", "STUDENT_ACTIVITY")),
  /** {@code CASNumber}: 14 characters. */
  CAS_NUMBER(code("CASNumber", "CASNumberType", "CAS", "BulkReportingCASGraduation", "BulkReportingCASActivity")
      .length(14, 14).pattern("(E(4[CG])[0-9][A-Z]{2}[0-9][A-Z][0-9]{2}[A-Z][0-9][A-Z][0-9X])",
          "a 14-character CAS number such as E4G0AA0A00A0A1")),
  /** {@code ExpectedEnrollmentDate} of an activity report (reconstructed). */
  EXPECTED_ENROLLMENT_DATE(of(ValueType.DATE, "ExpectedEnrollmentDate", "xs:date", "BulkReportingCASActivity")),
  /** {@code Notes} of an activity report (reconstructed): multi-line, up to 2000. */
  NOTES(text("Notes", "PBSMultiLineStringType", "BulkReportingCASActivity").anonymous().length(1, 2000)
      .characters(CharacterRange.MULTILINE).optional()),
  /** {@code CASStatus} of an export row (reconstructed). */
  CAS_STATUS(enumeration("CASStatus", "CAS", "ASSIGNED", "USED", "WITHDRAWN", "CANCELLED", "EXPIRED", "OBSOLETE")
      .named("CASStatusType")),
  /** {@code StatusDate} of an export row (reconstructed). */
  STATUS_DATE(of(ValueType.DATE, "StatusDate", "xs:date", "CAS"));

  /** What kind of value a field holds, which fixes its lexical form. */
  public enum ValueType {
    /** Text of a {@code PBSStringType}-derived type: white space kept as written, a character range applies. */
    TEXT,
    /** A code of an {@code xs:string} type with a pattern and no character range (country, CAS number...). */
    CODE,
    /** One of a fixed list of strings ({@link BdtField#enumeration()}). */
    ENUMERATION,
    /** {@code xs:boolean}: {@code true}, {@code false}, {@code 1}, {@code 0}. */
    BOOLEAN,
    /** {@code xs:date}. */
    DATE,
    /** {@code xs:gYearMonth} with a four-digit year. */
    YEAR_MONTH,
    /** {@code xs:gYear} with a four-digit year. */
    YEAR,
    /** {@code xs:decimal}. */
    DECIMAL,
    /** {@code xs:integer}. */
    INTEGER,
    /** {@code GenderType}: an {@code xs:byte} restricted to 1 or 2. */
    GENDER
  }

  /** Where the repeated element groups sit, spelled once. */
  private static final class Places {
    static final String[] ADDRESSES = {"MainSiteOfStudy", "AddressDetails", "Address", "WorkPlacementAddress"};
    static final String[] INTERNATIONAL_ADDRESSES = {"AddressDetails", "Address", "WorkPlacementAddress"};
    static final String[] FINANCES = {"FinancialAndAccommodationDetails", "FinancialDetails"};
    /** {@code PoundsSterlingType}: below one thousand million. */
    static final BigDecimal POUNDS_MAX_EXCLUSIVE = new BigDecimal("1000000000");
  }

  /** Patterns used by more than one field, as written in the schema. */
  private static final class Patterns {
    static final String FILE_ID = "[A-Za-z0-9]{1}[A-Za-z0-9 _\\.\\-]+";
    static final String SLN = "[A-Z0-9]{8}[0-9X]{1}";
  }

  private final ValueType valueType;
  private final String element;
  private final String officialType;
  private final boolean namedType;
  private final Set<String> parents;
  private final int minLength;
  private final int maxLength;
  private final Optional<Pattern> pattern;
  private final String patternDescription;
  private final Optional<CharacterRange> characters;
  private final List<String> enumeration;
  private final Optional<BigDecimal> minInclusive;
  private final Optional<BigDecimal> maxInclusive;
  private final Optional<BigDecimal> maxExclusive;
  private final OptionalInt fractionDigits;
  private final int minOccurs;
  private final int maxOccurs;
  private final boolean nillable;
  private final boolean personalData;

  BdtField(Spec s) {
    this.valueType = s.valueType;
    this.element = s.element;
    this.officialType = s.officialType;
    this.namedType = s.namedType;
    this.parents = Set.of(s.parents);
    this.minLength = s.minLength;
    this.maxLength = s.maxLength;
    this.pattern = s.pattern == null ? Optional.empty() : Optional.of(Pattern.compile(s.pattern));
    this.patternDescription = s.patternDescription;
    this.characters = Optional.ofNullable(s.characters);
    this.enumeration = List.of(s.enumeration);
    this.minInclusive = Optional.ofNullable(s.minInclusive);
    this.maxInclusive = Optional.ofNullable(s.maxInclusive);
    this.maxExclusive = Optional.ofNullable(s.maxExclusive);
    this.fractionDigits = s.fractionDigits < 0 ? OptionalInt.empty() : OptionalInt.of(s.fractionDigits);
    this.minOccurs = s.minOccurs;
    this.maxOccurs = s.maxOccurs;
    this.nillable = s.nillable;
    this.personalData = s.personalData;
  }

  /** {@return the element's local name, e.g. {@code FamilyName}} */
  public String element() {
    return element;
  }

  /**
   * {@return the schema type, by its official v2.1 name ({@code NameType}, {@code PoundsSterlingType}) or, for an
   * element with an anonymous type ({@link #hasNamedType()} false), the type it restricts ({@code PBSStringType},
   * {@code xs:date})}
   */
  public String officialType() {
    return officialType;
  }

  /**
   * False when the schema declares the element's type inline, restricting {@link #officialType()}.
   *
   * @return false when the schema declares the element's type inline, restricting {@link #officialType()}
   */
  public boolean hasNamedType() {
    return namedType;
  }

  /** {@return the local names of the elements this field can sit in, e.g. {@code ApplicantData}} */
  public Set<String> parents() {
    return parents;
  }

  /** {@return what kind of value the field holds} */
  public ValueType valueType() {
    return valueType;
  }

  /** {@return the smallest length in characters (1 for every text field; 0 when the type has no length facet)} */
  public int minLength() {
    return minLength;
  }

  /** {@return the largest length in characters, {@link Integer#MAX_VALUE} when the schema sets none} */
  public int maxLength() {
    return maxLength;
  }

  /** {@return the schema's pattern facet other than the character range, when there is one} */
  public Optional<Pattern> pattern() {
    return pattern;
  }

  /** {@return the pattern in words, e.g. "three capital letters"; empty text when there is no pattern} */
  public String patternDescription() {
    return patternDescription;
  }

  /** {@return the character range of a text field ({@link ValueType#TEXT}); empty for other value types} */
  public Optional<CharacterRange> characters() {
    return characters;
  }

  /** {@return the allowed values of an {@link ValueType#ENUMERATION}; empty otherwise} */
  public List<String> enumeration() {
    return enumeration;
  }

  /** {@return the smallest value of a number field, when the schema sets one} */
  public Optional<BigDecimal> minInclusive() {
    return minInclusive;
  }

  /** {@return the largest value of a number field, when the schema sets an inclusive bound} */
  public Optional<BigDecimal> maxInclusive() {
    return maxInclusive;
  }

  /** {@return the bound a number field must stay below, when the schema sets an exclusive bound} */
  public Optional<BigDecimal> maxExclusive() {
    return maxExclusive;
  }

  /** {@return the most digits after the decimal point of a number field, when the schema limits them} */
  public OptionalInt fractionDigits() {
    return fractionDigits;
  }

  /**
   * 1 when the field must be present in its parent (or in its choice), 0 when it may be left out.
   *
   * @return 1 when the field must be present in its parent (or in its choice), 0 when it may be left out
   */
  public int minOccurs() {
    return minOccurs;
  }

  /** {@return how often the field may repeat in its parent: 1, or 3 for {@code AddressLine}} */
  public int maxOccurs() {
    return maxOccurs;
  }

  /** {@return true when the field must be present (it may still be {@link #nillable()})} */
  public boolean isRequired() {
    return minOccurs > 0;
  }

  /** {@return true when the schema lets the element be empty with {@code xsi:nil="true"}} */
  public boolean nillable() {
    return nillable;
  }

  /** {@return true when the value is personal data of the applicant: reports mask it unless asked not to} */
  public boolean personalData() {
    return personalData;
  }

  /**
   * {@code value} as a report or an exception message may show it: as written, or for personal data
   * ({@link #personalData()}) {@code [hidden: 7 characters]}.
   *
   * @param value the field's value
   * @return the value, or a placeholder giving only its length
   */
  public String masked(String value) {
    return personalData ? hidden(value) : value;
  }

  /**
   * {@return the placeholder for a hidden value: {@code [hidden: 7 characters]}}
   *
   * @param value the value hidden
   */
  public static String hidden(String value) {
    return "[hidden: " + value.length() + " character" + (value.length() == 1 ? "" : "s") + "]";
  }

  /**
   * The field whose element is {@code element} inside a parent element named {@code parent}.
   *
   * @param parent the local name of the parent element, e.g. {@code MainSiteOfStudy}
   * @param element the local name of the element, e.g. {@code PostCode}
   * @return the field, or empty when no field of the table sits there
   */
  public static Optional<BdtField> of(String parent, String element) {
    return Optional.ofNullable(BY_PLACE.get(parent + '/' + element));
  }

  /**
   * The character range of every element named {@code element}, whatever its parent (the BDT schemas never give
   * one element name two ranges; the table's own test holds that).
   *
   * @param element an element's local name
   * @return its range, or empty when the element is not a text field
   */
  public static Optional<CharacterRange> charactersOf(String element) {
    return Optional.ofNullable(RANGE_BY_ELEMENT.get(element));
  }

  private static final Map<String, BdtField> BY_PLACE = new HashMap<>();
  private static final Map<String, CharacterRange> RANGE_BY_ELEMENT = new HashMap<>();

  static {
    for (BdtField f : values()) {
      for (String p : f.parents) {
        BdtField before = BY_PLACE.put(p + '/' + f.element, f);
        if (before != null) {
          throw new IllegalStateException(before + " and " + f + " both sit at " + p + '/' + f.element);
        }
      }
      f.characters.ifPresent(c -> {
        CharacterRange before = RANGE_BY_ELEMENT.put(f.element, c);
        if (before != null && before != c) {
          throw new IllegalStateException(f.element + " has two character ranges");
        }
      });
    }
  }

  // ---------------------------------------------------------------- the table's notation

  private static Spec of(ValueType type, String element, String officialType, String... parents) {
    return new Spec(type, element, officialType, parents);
  }

  private static Spec text(String element, String officialType, String... parents) {
    Spec s = new Spec(ValueType.TEXT, element, officialType, parents);
    s.minLength = 1;
    s.characters = CharacterRange.LATIN1;
    return s;
  }

  private static Spec code(String element, String officialType, String... parents) {
    return new Spec(ValueType.CODE, element, officialType, parents);
  }

  private static Spec enumeration(String element, String parent, String... values) {
    Spec s = new Spec(ValueType.ENUMERATION, element, "xs:string", parent);
    s.namedType = false;
    s.enumeration = values;
    return s;
  }

  private static Spec pounds(String element, String... parents) {
    Spec s = new Spec(ValueType.DECIMAL, element, "PoundsSterlingType", parents);
    s.minInclusive = BigDecimal.ZERO;
    s.maxExclusive = Places.POUNDS_MAX_EXCLUSIVE;
    s.fractionDigits = 2;
    return s;
  }

  /** One row of the table while it is written. */
  private static final class Spec {
    final ValueType valueType;
    final String element;
    String officialType;
    boolean namedType;
    final String[] parents;
    int minLength;
    int maxLength = Integer.MAX_VALUE;
    String pattern;
    String patternDescription = "";
    CharacterRange characters;
    String[] enumeration = new String[0];
    BigDecimal minInclusive;
    BigDecimal maxInclusive;
    BigDecimal maxExclusive;
    int fractionDigits = -1;
    int minOccurs = 1;
    int maxOccurs = 1;
    boolean nillable;
    boolean personalData;

    Spec(ValueType valueType, String element, String officialType, String... parents) {
      this.valueType = valueType;
      this.element = element;
      this.officialType = officialType;
      this.namedType = !officialType.startsWith("xs:");
      this.parents = Arrays.copyOf(parents, parents.length);
    }

    Spec length(int min, int max) {
      minLength = min;
      maxLength = max;
      return this;
    }

    Spec pattern(String regex, String description) {
      pattern = regex;
      patternDescription = description;
      return this;
    }

    Spec characters(CharacterRange range) {
      characters = range;
      return this;
    }

    Spec range(String min, String max, boolean exclusive) {
      minInclusive = new BigDecimal(min);
      if (exclusive) {
        maxExclusive = new BigDecimal(max);
      } else {
        maxInclusive = new BigDecimal(max);
      }
      return this;
    }

    Spec fractionDigits(int digits) {
      fractionDigits = digits;
      return this;
    }

    Spec anonymous() {
      namedType = false;
      return this;
    }

    Spec named(String type) {
      officialType = type;
      namedType = true;
      return this;
    }

    Spec optional() {
      minOccurs = 0;
      return this;
    }

    Spec occurs(int min, int max) {
      minOccurs = min;
      maxOccurs = max;
      return this;
    }

    Spec nillable() {
      nillable = true;
      return this;
    }

    Spec personal() {
      personalData = true;
      return this;
    }
  }
}
