package io.github.sponsorsdk.sms.xml.internal.codec;

import io.github.sponsorsdk.sms.xml.internal.Cursor;
import io.github.sponsorsdk.sms.xml.internal.FieldReader;
import io.github.sponsorsdk.sms.xml.internal.Lexical;
import io.github.sponsorsdk.sms.xml.internal.StructureException;
import io.github.sponsorsdk.sms.xml.internal.XmlOut;
import io.github.sponsorsdk.sms.xml.io.BdtWriteException;
import io.github.sponsorsdk.sms.xml.records.Applicant;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.Course;
import io.github.sponsorsdk.sms.xml.records.Documentation;
import io.github.sponsorsdk.sms.xml.records.Evidence;
import io.github.sponsorsdk.sms.xml.records.Finances;
import io.github.sponsorsdk.sms.xml.records.Gender;
import io.github.sponsorsdk.sms.xml.records.InternationalAddress;
import io.github.sponsorsdk.sms.xml.records.LevelComparison;
import io.github.sponsorsdk.sms.xml.records.OverseasInstitution;
import io.github.sponsorsdk.sms.core.certificate.PartialDate;
import io.github.sponsorsdk.sms.xml.records.PartnerInstitution;
import io.github.sponsorsdk.sms.xml.records.WorkPlacement;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import io.github.sponsorsdk.sms.xml.schema.BdtNamespaces;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * The {@code CAS} element of an upload ({@code GeneralCASStructure}, or {@code ChildCASStructure}, which has no
 * work placement and no evidence block).
 */
final class CasCodec implements RecordCodec<CasRecord> {
  static final CasCodec GENERAL = new CasCodec(false);
  static final CasCodec CHILD = new CasCodec(true);

  private final boolean child;

  private CasCodec(boolean child) {
    this.child = child;
  }

  @Override
  public Class<CasRecord> type() {
    return CasRecord.class;
  }

  // ---------------------------------------------------------------- read

  @Override
  public CasRecord read(FieldReader in) {
    Cursor c = in.cursor();
    CasRecord.Builder b = CasRecord.builder();
    c.open("ApplicantData");
    b.applicant(readApplicant(in));
    c.end();
    c.open("NonSponsorEducationInstitutionData");
    if (c.at("PartnerInstitutionDetails")) {
      c.open("PartnerInstitutionDetails");
      String name = in.text(BdtField.ORGANISATION_NAME);
      Optional<String> sln = in.optText(BdtField.PARTNER_SPONSOR_LICENSE_NUMBER);
      c.open("AddressDetails");
      InternationalAddress a = Addresses.readInternational(in);
      b.partnerInstitution(PartnerInstitution.builder().name(name).sponsorLicenceNumber(sln).address(a).build());
      c.end();
    }
    if (c.at("OverseasHigherEducationInstitutionDetails")) {
      c.open("OverseasHigherEducationInstitutionDetails");
      String name = in.text(BdtField.ORGANISATION_NAME);
      c.open("Address");
      InternationalAddress a = Addresses.readInternational(in);
      b.overseasInstitution(OverseasInstitution.builder().name(name).address(a).build());
      c.end();
    }
    c.end();
    c.open("CourseDetails");
    b.course(readCourse(in));
    c.end();
    if (!child && c.at("WorkPlacementDetails")) {
      c.open("WorkPlacementDetails");
      WorkPlacement.Builder w = WorkPlacement.builder();
      if (in.at(BdtField.WORK_PLACEMENT_PERCENTAGE)) {
        w.percentage(in.integer(BdtField.WORK_PLACEMENT_PERCENTAGE));
      }
      w.justification(in.optText(BdtField.WORK_PLACEMENT_JUSTIFICATION_TEXT));
      if (c.at("WorkPlacementAddress")) {
        c.open("WorkPlacementAddress");
        w.address(Addresses.readInternational(in));
      }
      c.end();
      b.workPlacement(w.build());
    }
    c.open("Documentation");
    b.documentation(Documentation.builder()
        .documentsUsedToObtainOffer(in.text(BdtField.DOCUMENTS_USED_TO_OBTAIN_OFFER))
        .courseRequiresAtas(in.bool(BdtField.COURSE_REQUIRES_ATAS))
        .postgraduateDeanCertificateRequired(in.bool(BdtField.POSTGRADUATE_DEAN_CERTIFICATE_REQUIRED)).build());
    c.end();
    if (!child && c.at("EvidenceDetails")) {
      c.open("EvidenceDetails");
      b.evidence(readEvidence(in));
      c.end();
    }
    c.open("FinancialAndAccommodationDetails");
    b.finances(readFinances(in));
    c.end();
    c.end();
    return b.build();
  }

  private static Applicant readApplicant(FieldReader in) {
    Applicant.Builder a = Applicant.builder().applicantId(in.text(BdtField.APPLICANT_ID))
        .applicationId(in.optText(BdtField.APPLICATION_ID)).ucasPersonalId(in.optText(BdtField.UCAS_UKPASS_ID))
        .familyName(in.text(BdtField.FAMILY_NAME)).givenName(in.optText(BdtField.GIVEN_NAME))
        .otherNames(in.optText(BdtField.OTHER_NAMES)).nationality(in.text(BdtField.NATIONALITY));
    String g = in.text(BdtField.GENDER);
    a.gender(Gender.ofCode(g.strip()).orElseThrow(() -> new StructureException("Gender must be 1 or 2, is "
        + BdtField.GENDER.masked(g))));
    a.countryOfBirth(in.text(BdtField.COUNTRY_OF_BIRTH)).placeOfBirth(in.optText(BdtField.PLACE_OF_BIRTH));
    Cursor c = in.cursor();
    c.open("DateOfBirth");
    if (in.at(BdtField.BIRTH_FULL_DATE)) {
      a.dateOfBirth(PartialDate.of(Lexical.localDate(in.shaped(BdtField.BIRTH_FULL_DATE, "dddd-dd-dd"))));
    } else if (in.at(BdtField.BIRTH_YEAR_MONTH)) {
      a.dateOfBirth(PartialDate.of(YearMonth.parse(in.shaped(BdtField.BIRTH_YEAR_MONTH, "dddd-dd"))));
    } else if (in.at(BdtField.BIRTH_YEAR)) {
      a.dateOfBirth(PartialDate.of(Year.parse(in.shaped(BdtField.BIRTH_YEAR, "dddd"))));
    } else {
      throw new StructureException("DateOfBirth needs FullDate, YearMonth or Year, found " + c.describe());
    }
    c.end();
    return a.passportOrTravelDocumentNumber(in.text(BdtField.PASSPORT_OR_TRAVEL_DOCUMENT_NUMBER)).build();
  }

  private static Course readCourse(FieldReader in) {
    Course.Builder c = Course.builder().title(in.text(BdtField.COURSE_CURRICULUM_TITLE))
        .courseId(in.optText(BdtField.COURSE_ID)).academicLevel(in.text(BdtField.ACADEMIC_LEVEL))
        .secondaryAcademicLevel(in.optText(BdtField.SECONDARY_ACADEMIC_LEVEL))
        .startDate(in.date(BdtField.COURSE_START_DATE))
        .latestDateForAcceptance(in.optDate(BdtField.LATEST_DATE_FOR_ACCEPTANCE))
        .expectedEndDate(in.date(BdtField.EXPECTED_COURSE_END_DATE)).fullTime(in.bool(BdtField.COURSE_IS_FULL_TIME))
        .hoursPerWeek(in.decimal(BdtField.COURSE_HOURS_PER_WEEK));
    Cursor cursor = in.cursor();
    cursor.open("MainSiteOfStudy");
    c.mainSiteOfStudy(Addresses.readUk(in));
    c.hasWorkPlacement(in.bool(BdtField.APPLICANT_HAS_WORK_PLACEMENT));
    if (cursor.at("WorkPlacementAddress")) {
      cursor.open("WorkPlacementAddress");
      c.workPlacementAddress(Addresses.readInternational(in));
    }
    return c.build();
  }

  private static Evidence readEvidence(FieldReader in) {
    Evidence.Builder e = Evidence.builder().seltRequired(in.optBool(BdtField.SELT_REQUIRED))
        .reasonSeltNotRequired(in.optText(BdtField.REASON_SELT_NOT_REQUIRED))
        .englishLanguageLevelAttained(in.optText(BdtField.ENGLISH_LANGUAGE_LEVEL_ATTAINED))
        .seltSpeakingLevel(in.optText(BdtField.SELT_SPEAKING_LEVEL))
        .seltListeningLevel(in.optText(BdtField.SELT_LISTENING_LEVEL))
        .seltReadingLevel(in.optText(BdtField.SELT_READING_LEVEL))
        .seltWritingLevel(in.optText(BdtField.SELT_WRITING_LEVEL))
        .testProvider(in.optText(BdtField.TEST_PROVIDER)).previousUkStudy(in.optBool(BdtField.PREVIOUS_UK_STUDY))
        .previousAcademicLevel(in.optText(BdtField.PREVIOUS_ACADEMIC_LEVEL));
    if (in.at(BdtField.CURRENT_PREVIOUS_COURSE_LEVEL_COMPARISON)) {
      String v = in.text(BdtField.CURRENT_PREVIOUS_COURSE_LEVEL_COMPARISON);
      try {
        e.levelComparison(LevelComparison.valueOf(v));
      } catch (IllegalArgumentException x) {
        throw new StructureException("CurrentPreviousCourseLevelComparison must be HIGHER, LOWER or SAME, is '"
            + v + "'");
      }
    }
    return e.progressionJustification(in.optText(BdtField.PROGRESSION_JUSTIFICATION)).build();
  }

  private static Finances readFinances(FieldReader in) {
    Finances.Builder f = Finances.builder();
    Cursor c = in.cursor();
    c.peekTag();
    String nil = c.attribute(BdtNamespaces.XSI, "nil");
    String accommodation = in.text(BdtField.ACCOMODATION_PROVIDED);
    if (nil != null && (nil.strip().equals("true") || nil.strip().equals("1"))) {
      if (!accommodation.isEmpty()) {
        throw new StructureException("AccomodationProvided is xsi:nil but has content");
      }
    } else {
      f.accommodationProvided(Lexical.parseBool(BdtField.ACCOMODATION_PROVIDED.element(), accommodation));
    }
    return f.courseFeeIncludesAccommodationCosts(in.bool(BdtField.COURSE_FEE_INCLUDES_ACCOMODATION_COSTS))
        .courseFeesForFirstYearOnly(in.decimal(BdtField.COURSE_FEES_FOR_FIRST_YEAR_ONLY))
        .courseFeesPaidToDate(in.optDecimal(BdtField.COURSE_FEES_PAID_TO_DATE))
        .accommodationFeesPaidToDate(in.optDecimal(BdtField.ACCOMMODATION_FEES_PAID_TO_DATE))
        .boardingFeesForFirstYearOnly(in.decimal(BdtField.BOARDING_FEES_FOR_FIRST_YEAR_ONLY))
        .boardingFeesPaidToDate(in.optDecimal(BdtField.BOARDING_FEES_PAID_TO_DATE)).build();
  }

  // ---------------------------------------------------------------- write

  @Override
  public void write(XmlOut out, CasRecord c) throws XMLStreamException {
    if (child && (c.workPlacement().isPresent() || c.evidence().isPresent())) {
      throw new BdtWriteException(out.recordNumber(), "CAS",
          "a Child CAS has no WorkPlacementDetails or EvidenceDetails", null);
    }
    out.start("CAS");
    out.start("ApplicantData");
    writeApplicant(out, c.applicant());
    out.end();
    out.start("NonSponsorEducationInstitutionData");
    if (c.partnerInstitution().isPresent()) {
      PartnerInstitution p = c.partnerInstitution().get();
      out.start("PartnerInstitutionDetails");
      out.text(BdtField.ORGANISATION_NAME, p.name());
      out.leaf(BdtField.PARTNER_SPONSOR_LICENSE_NUMBER, p.sponsorLicenceNumber());
      Addresses.writeInternational(out, "AddressDetails", p.address());
      out.end();
    }
    if (c.overseasInstitution().isPresent()) {
      OverseasInstitution o = c.overseasInstitution().get();
      out.start("OverseasHigherEducationInstitutionDetails");
      out.text(BdtField.ORGANISATION_NAME, o.name());
      Addresses.writeInternational(out, "Address", o.address());
      out.end();
    }
    out.end();
    out.start("CourseDetails");
    writeCourse(out, c.course());
    out.end();
    if (c.workPlacement().isPresent()) {
      WorkPlacement wp = c.workPlacement().get();
      out.start("WorkPlacementDetails");
      out.leaf(BdtField.WORK_PLACEMENT_PERCENTAGE, wp.percentage().map(Object::toString));
      out.text(BdtField.WORK_PLACEMENT_JUSTIFICATION_TEXT, wp.justification());
      if (wp.address().isPresent()) {
        Addresses.writeInternational(out, "WorkPlacementAddress", wp.address().get());
      }
      out.end();
    }
    out.start("Documentation");
    out.text(BdtField.DOCUMENTS_USED_TO_OBTAIN_OFFER, c.documentation().documentsUsedToObtainOffer());
    out.bool(BdtField.COURSE_REQUIRES_ATAS, c.documentation().courseRequiresAtas());
    out.bool(BdtField.POSTGRADUATE_DEAN_CERTIFICATE_REQUIRED, c.documentation().postgraduateDeanCertificateRequired());
    out.end();
    if (c.evidence().isPresent()) {
      out.start("EvidenceDetails");
      writeEvidence(out, c.evidence().get());
      out.end();
    }
    out.start("FinancialAndAccommodationDetails");
    writeFinances(out, c.finances());
    out.end();
    out.end();
  }

  private static void writeApplicant(XmlOut out, Applicant a) throws XMLStreamException {
    out.text(BdtField.APPLICANT_ID, a.applicantId());
    out.text(BdtField.APPLICATION_ID, a.applicationId());
    out.leaf(BdtField.UCAS_UKPASS_ID, a.ucasPersonalId());
    out.text(BdtField.FAMILY_NAME, a.familyName());
    out.text(BdtField.GIVEN_NAME, a.givenName());
    out.text(BdtField.OTHER_NAMES, a.otherNames());
    out.leaf(BdtField.NATIONALITY, a.nationality());
    out.leaf(BdtField.GENDER, a.gender().code());
    out.leaf(BdtField.COUNTRY_OF_BIRTH, a.countryOfBirth());
    out.text(BdtField.PLACE_OF_BIRTH, a.placeOfBirth());
    out.start("DateOfBirth");
    PartialDate d = a.dateOfBirth();
    out.leaf(d.precision() == PartialDate.Precision.FULL_DATE ? BdtField.BIRTH_FULL_DATE
        : d.precision() == PartialDate.Precision.YEAR_MONTH ? BdtField.BIRTH_YEAR_MONTH : BdtField.BIRTH_YEAR,
        d.toString());
    out.end();
    out.text(BdtField.PASSPORT_OR_TRAVEL_DOCUMENT_NUMBER, a.passportOrTravelDocumentNumber());
  }

  private static void writeCourse(XmlOut out, Course c) throws XMLStreamException {
    out.text(BdtField.COURSE_CURRICULUM_TITLE, c.title());
    out.text(BdtField.COURSE_ID, c.courseId());
    out.text(BdtField.ACADEMIC_LEVEL, c.academicLevel());
    out.text(BdtField.SECONDARY_ACADEMIC_LEVEL, c.secondaryAcademicLevel());
    out.leaf(BdtField.COURSE_START_DATE, c.startDate().toString());
    out.leaf(BdtField.LATEST_DATE_FOR_ACCEPTANCE, c.latestDateForAcceptance().map(Object::toString));
    out.leaf(BdtField.EXPECTED_COURSE_END_DATE, c.expectedEndDate().toString());
    out.bool(BdtField.COURSE_IS_FULL_TIME, c.fullTime());
    out.decimal(BdtField.COURSE_HOURS_PER_WEEK, c.hoursPerWeek());
    Addresses.writeUk(out, "MainSiteOfStudy", c.mainSiteOfStudy());
    out.bool(BdtField.APPLICANT_HAS_WORK_PLACEMENT, c.hasWorkPlacement());
    if (c.workPlacementAddress().isPresent()) {
      Addresses.writeInternational(out, "WorkPlacementAddress", c.workPlacementAddress().get());
    }
  }

  private static void writeEvidence(XmlOut out, Evidence e) throws XMLStreamException {
    out.bool(BdtField.SELT_REQUIRED, e.seltRequired());
    out.text(BdtField.REASON_SELT_NOT_REQUIRED, e.reasonSeltNotRequired());
    out.text(BdtField.ENGLISH_LANGUAGE_LEVEL_ATTAINED, e.englishLanguageLevelAttained());
    out.text(BdtField.SELT_SPEAKING_LEVEL, e.seltSpeakingLevel());
    out.text(BdtField.SELT_LISTENING_LEVEL, e.seltListeningLevel());
    out.text(BdtField.SELT_READING_LEVEL, e.seltReadingLevel());
    out.text(BdtField.SELT_WRITING_LEVEL, e.seltWritingLevel());
    out.text(BdtField.TEST_PROVIDER, e.testProvider());
    out.bool(BdtField.PREVIOUS_UK_STUDY, e.previousUkStudy());
    out.text(BdtField.PREVIOUS_ACADEMIC_LEVEL, e.previousAcademicLevel());
    out.leaf(BdtField.CURRENT_PREVIOUS_COURSE_LEVEL_COMPARISON, e.levelComparison().map(Enum::name));
    out.text(BdtField.PROGRESSION_JUSTIFICATION, e.progressionJustification());
  }

  private static void writeFinances(XmlOut out, Finances f) throws XMLStreamException {
    if (f.accommodationProvided().isPresent()) {
      out.bool(BdtField.ACCOMODATION_PROVIDED, f.accommodationProvided().get());
    } else {
      out.nil(BdtField.ACCOMODATION_PROVIDED);
    }
    out.bool(BdtField.COURSE_FEE_INCLUDES_ACCOMODATION_COSTS, f.courseFeeIncludesAccommodationCosts());
    out.decimal(BdtField.COURSE_FEES_FOR_FIRST_YEAR_ONLY, f.courseFeesForFirstYearOnly());
    out.decimal(BdtField.COURSE_FEES_PAID_TO_DATE, f.courseFeesPaidToDate());
    out.decimal(BdtField.ACCOMMODATION_FEES_PAID_TO_DATE, f.accommodationFeesPaidToDate());
    out.decimal(BdtField.BOARDING_FEES_FOR_FIRST_YEAR_ONLY, f.boardingFeesForFirstYearOnly());
    out.decimal(BdtField.BOARDING_FEES_PAID_TO_DATE, f.boardingFeesPaidToDate());
  }
}
