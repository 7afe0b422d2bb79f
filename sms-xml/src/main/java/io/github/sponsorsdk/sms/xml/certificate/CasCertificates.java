package io.github.sponsorsdk.sms.xml.certificate;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.Nationality;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.study.CasCourse;
import io.github.sponsorsdk.sms.core.study.CasDetails;
import io.github.sponsorsdk.sms.core.study.CasDocumentation;
import io.github.sponsorsdk.sms.core.study.CasEvidence;
import io.github.sponsorsdk.sms.core.study.CasFinances;
import io.github.sponsorsdk.sms.core.study.CasOverseasInstitution;
import io.github.sponsorsdk.sms.core.study.CasPartnerInstitution;
import io.github.sponsorsdk.sms.core.study.CasWorkPlacement;
import io.github.sponsorsdk.sms.core.study.CourseLevelComparison;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import io.github.sponsorsdk.sms.xml.records.Applicant;
import io.github.sponsorsdk.sms.xml.records.CasCategory;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.Course;
import io.github.sponsorsdk.sms.xml.records.Documentation;
import io.github.sponsorsdk.sms.xml.records.Evidence;
import io.github.sponsorsdk.sms.xml.records.Finances;
import io.github.sponsorsdk.sms.xml.records.Gender;
import io.github.sponsorsdk.sms.xml.records.InternationalAddress;
import io.github.sponsorsdk.sms.xml.records.LevelComparison;
import io.github.sponsorsdk.sms.xml.records.OverseasInstitution;
import io.github.sponsorsdk.sms.xml.records.PartnerInstitution;
import io.github.sponsorsdk.sms.xml.records.UkAddress;
import io.github.sponsorsdk.sms.xml.records.WorkPlacement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Maps a BDT CAS upload record to a CAS certificate and back, field by field, without loss.
 *
 * <p><b>Where each element goes.</b> {@code ApplicantData} becomes the certificate's {@code migrant()} (its
 * {@code ApplicantID} the migrant's {@code applicantReference()}); {@code MainSiteOfStudy} its {@code mainAddress()};
 * {@code CourseStartDate} and {@code ExpectedCourseEndDate} its {@code startDate()} and {@code endDate()}; everything
 * else its {@code cas()} ({@link CasDetails}, whose documentation has the table). The file's {@code Category} is the
 * route: {@code General} Student, {@code Child} Child Student.
 *
 * <p><b>Without loss.</b> {@code toRecord(toDraft(r, c))} equals {@code r} for every record the SMS accepts, and
 * {@code toDraft(toRecord(d), c)} equals {@code d} for every draft that has what a record needs. The sms-core values
 * hold what the schema holds: partial dates of birth, text exactly as written (spaces included), amounts with the
 * decimals they were written with, an evidence block that is present but empty. Two things are decided, and recorded
 * in {@code docs/decisions/0480-records-end-to-end.md}:
 * <ul>
 *   <li>a UK postcode is held in its canonical form ({@link UkPostcode}): one written in lower case comes back in
 *       upper case, the only normalisation; one the schema accepts that is not a UK postcode shape at all (first
 *       letter Q, V or X, say) is refused;
 *   <li>text the schema accepts but that holds only spaces where sms-core asks for a value (a name, the passport
 *       number, the applicant ID, an address line) is refused; the SMS rejects such a record too
 *       ({@code bdt.BLANK_REQUIRED_TEXT}) where the field is required.
 * </ul>
 * A course that ends before it starts is refused as the SMS refuses it ({@code bdt.COURSE_ENDS_BEFORE_START}): a
 * certificate's dates are ordered.
 * What a certificate holds that a record has no element for (number, status, owner, dates of creation, assignment and
 * use, sponsor notes, the SELT reference, the method of English assessment, the accommodation cost) is left out of a
 * record and left empty in a draft.
 *
 * <p><b>Bad input</b> fails with one {@link InvalidValueException} listing every violation of the record or the
 * certificate, each under the path of the certificate's field ({@code migrant.familyName},
 * {@code cas.course.hoursPerWeek}); personal data (names, passport number, place of birth) is masked.
 *
 * <pre>{@code
 * CertificateDraft draft = CasCertificates.toDraft(record, CasCategory.GENERAL);   // then sms.create(session, draft)
 * CasRecord again = CasCertificates.toRecord(certificate);                         // then BdtWriter.write(again)
 * }</pre>
 */
public final class CasCertificates {
  private CasCertificates() {}

  /**
   * {@return the route of an upload's category: {@code General} is Student, {@code Child} Child Student}
   *
   * @param category the upload's category
   */
  public static Route route(CasCategory category) {
    return category == CasCategory.CHILD ? Route.CHILD_STUDENT : Route.STUDENT;
  }

  /**
   * {@return the category of a CAS route}
   *
   * @param route a CAS route
   * @throws IllegalArgumentException for a route that has a CoS
   */
  public static CasCategory category(Route route) {
    if (route.certificateKind() != CertificateKind.CAS) {
      throw new IllegalArgumentException(route.displayName() + " uses a CoS, not a CAS");
    }
    return route == Route.CHILD_STUDENT ? CasCategory.CHILD : CasCategory.GENERAL;
  }

  /**
   * {@return the draft a record describes, for a file of {@code category}}
   *
   * @param record the BDT record
   * @param category the file's category
   * @throws InvalidValueException listing every part of the record sms-core cannot hold (see the class comment)
   */
  public static CertificateDraft toDraft(CasRecord record, CasCategory category) {
    Parts p = new Parts();
    MigrantDetails migrant = p.part("migrant", () -> migrant(record.applicant()));
    UkAddress site = record.course().mainSiteOfStudy();
    UkPostcode postcode = p.part("mainAddress.postcode", () -> UkPostcode.of(site.postCode()));
    Address main = postcode == null ? null : p.part("mainAddress", () -> address(site, postcode));
    LocalDate start = record.course().startDate();
    LocalDate end = record.course().expectedEndDate();
    if (end.isBefore(start)) {
      p.add(Violation.of("endDate", end.toString(), "DateOrder", "the course must not end before it starts ("
          + start + "); the SMS refuses such a record (bdt.COURSE_ENDS_BEFORE_START)"));
    }
    CasDetails details = details(record, category, p);
    p.throwIfAny("CasRecord");
    return CertificateDraft.builder().route(route(category)).migrant(migrant).mainAddress(main)
        .startDate(start).endDate(end).cas(details).build();
  }

  /**
   * {@return a saved CAS ({@link CertificateStatus#CREATED}, no number yet) holding what {@code record} holds}
   *
   * @param record the BDT record
   * @param category the file's category
   * @param owner the user who uploads the file
   * @param createdOn the day of the upload
   * @throws InvalidValueException listing every part of the record sms-core cannot hold
   */
  public static Certificate toCertificate(CasRecord record, CasCategory category, SmsUserId owner,
      LocalDate createdOn) {
    CertificateDraft d = toDraft(record, category);
    return Certificate.builder().kind(CertificateKind.CAS).status(CertificateStatus.CREATED).route(d.route())
        .owner(owner).createdOn(createdOn).migrant(d.migrant()).mainAddress(d.mainAddress())
        .startDate(d.startDate()).endDate(d.endDate()).cas(d.cas()).build();
  }

  /**
   * {@return the BDT record of a CAS certificate}
   *
   * @param certificate a CAS
   * @throws InvalidValueException listing everything a record needs that the certificate lacks (gender, country of
   *     birth, applicant ID, main site, course dates, course details), or a gender the schema has no code for
   */
  public static CasRecord toRecord(Certificate certificate) {
    return toRecord(CertificateDraft.of(certificate));
  }

  /**
   * {@return the BDT record of a CAS draft}
   *
   * @param draft a CAS draft
   * @throws InvalidValueException listing everything a record needs that the draft lacks
   */
  public static CasRecord toRecord(CertificateDraft draft) {
    List<Violation> v = new ArrayList<>();
    if (draft.route().certificateKind() != CertificateKind.CAS) {
      v.add(Violation.of("route", draft.route().name(), "CasRoute", "only a CAS has a BDT upload record"));
    }
    MigrantDetails m = draft.migrant();
    Optional<Gender> gender = m.gender().flatMap(g -> g == io.github.sponsorsdk.sms.core.certificate.Gender.MALE
        ? Optional.of(Gender.MALE) : g == io.github.sponsorsdk.sms.core.certificate.Gender.FEMALE
        ? Optional.of(Gender.FEMALE) : Optional.empty());
    required(v, "migrant.gender", gender.isPresent(), m.gender().map(Enum::name).orElse("null"),
        "a BDT record needs gender 1 (male) or 2 (female), the only codes of schema v2.1 GenderType");
    required(v, "migrant.countryOfBirth", m.countryOfBirth().isPresent(), "null", "a BDT record needs CountryOfBirth");
    required(v, "migrant.applicantReference", m.applicantReference().isPresent(), "null",
        "a BDT record needs the ApplicantID");
    required(v, "mainAddress", draft.mainAddress().isPresent(), "null", "a BDT record needs MainSiteOfStudy");
    required(v, "startDate", draft.startDate().isPresent(), "null", "a BDT record needs CourseStartDate");
    required(v, "endDate", draft.endDate().isPresent(), "null", "a BDT record needs ExpectedCourseEndDate");
    required(v, "cas", draft.cas().isPresent(), "null", "a BDT record needs the course details, documentation and "
        + "finances");
    if (!v.isEmpty()) {
      throw new InvalidValueException("CasRecord", v);
    }
    CasDetails c = draft.cas().get();
    Applicant applicant = Applicant.builder().applicantId(m.applicantReference().get())
        .applicationId(c.applicationId()).ucasPersonalId(c.ucasPersonalId()).familyName(m.familyName())
        .givenName(m.givenNames()).otherNames(m.otherNames())
        .nationality(m.nationality().isStateless() ? "\"STATELESS\"" : m.nationality().code())
        .gender(gender.get()).countryOfBirth(m.countryOfBirth().get()).placeOfBirth(m.placeOfBirth())
        .dateOfBirth(m.dateOfBirth()).passportOrTravelDocumentNumber(m.passportNumber()).build();
    CasCourse k = c.course();
    Address a = draft.mainAddress().get();
    Course course = Course.builder().title(k.title()).courseId(k.courseId()).academicLevel(k.academicLevel())
        .secondaryAcademicLevel(k.secondaryAcademicLevel()).startDate(draft.startDate().get())
        .latestDateForAcceptance(k.latestDateForAcceptance()).expectedEndDate(draft.endDate().get())
        .fullTime(k.fullTime()).hoursPerWeek(k.hoursPerWeek())
        .mainSiteOfStudy(UkAddress.builder().addressLines(a.lines()).city(a.townOrCity())
            .countyAreaDistrict(a.county()).postCode(a.postcode().value()).build())
        .hasWorkPlacement(k.hasWorkPlacement()).workPlacementAddress(k.workPlacementAddress().map(CasCertificates::xml))
        .build();
    CasDocumentation d = c.documentation();
    CasFinances f = c.finances();
    return CasRecord.builder().applicant(applicant)
        .partnerInstitution(c.partnerInstitution().map(pi -> PartnerInstitution.builder().name(pi.name())
            .sponsorLicenceNumber(pi.sponsorLicenceNumber()).address(xml(pi.address())).build()))
        .overseasInstitution(c.overseasInstitution().map(o -> OverseasInstitution.builder().name(o.name())
            .address(xml(o.address())).build()))
        .course(course)
        .workPlacement(c.workPlacement().map(w -> WorkPlacement.builder().percentage(w.percentage())
            .justification(w.justification()).address(w.address().map(CasCertificates::xml)).build()))
        .documentation(Documentation.builder().documentsUsedToObtainOffer(d.documentsUsedToObtainOffer())
            .courseRequiresAtas(d.courseRequiresAtas())
            .postgraduateDeanCertificateRequired(d.postgraduateDeanCertificateRequired()).build())
        .evidence(c.evidence().map(CasCertificates::xml))
        .finances(Finances.builder().accommodationProvided(f.accommodationProvided())
            .courseFeeIncludesAccommodationCosts(f.courseFeeIncludesAccommodationCosts())
            .courseFeesForFirstYearOnly(f.courseFeesForFirstYearOnly()).courseFeesPaidToDate(f.courseFeesPaidToDate())
            .accommodationFeesPaidToDate(f.accommodationFeesPaidToDate())
            .boardingFeesForFirstYearOnly(f.boardingFeesForFirstYearOnly())
            .boardingFeesPaidToDate(f.boardingFeesPaidToDate()).build())
        .build();
  }

  // ------------------------------------------------------------------ record to sms-core

  private static MigrantDetails migrant(Applicant a) {
    return MigrantDetails.builder().familyName(a.familyName()).givenNames(a.givenName()).otherNames(a.otherNames())
        .nationality(a.nationality().equals("\"STATELESS\"") ? Nationality.STATELESS : Nationality.of(a.nationality()))
        .countryOfBirth(a.countryOfBirth()).placeOfBirth(a.placeOfBirth()).dateOfBirth(a.dateOfBirth())
        .gender(a.gender() == Gender.MALE ? io.github.sponsorsdk.sms.core.certificate.Gender.MALE
            : io.github.sponsorsdk.sms.core.certificate.Gender.FEMALE)
        .passportNumber(a.passportOrTravelDocumentNumber()).applicantReference(a.applicantId()).build();
  }

  private static Address address(UkAddress a, UkPostcode postcode) {
    List<String> lines = a.addressLines();
    Address.Builder b = Address.builder().line1(lines.get(0)).townOrCity(a.city()).county(a.countyAreaDistrict())
        .postcode(postcode);
    if (lines.size() > 1) {
      b.line2(lines.get(1));
    }
    if (lines.size() > 2) {
      b.line3(lines.get(2));
    }
    return b.build();
  }

  private static CasDetails details(CasRecord r, CasCategory category, Parts p) {
    Course k = r.course();
    Optional<io.github.sponsorsdk.sms.core.place.InternationalAddress> placementAddress = p.optional(
        "cas.course.workPlacementAddress", k.workPlacementAddress(), CasCertificates::core);
    CasCourse course = p.part("cas.course", () -> CasCourse.builder().title(k.title()).courseId(k.courseId())
        .academicLevel(k.academicLevel()).secondaryAcademicLevel(k.secondaryAcademicLevel())
        .latestDateForAcceptance(k.latestDateForAcceptance()).fullTime(k.fullTime()).hoursPerWeek(k.hoursPerWeek())
        .hasWorkPlacement(k.hasWorkPlacement()).workPlacementAddress(placementAddress).build());
    Optional<CasPartnerInstitution> partner = p.optional("cas.partnerInstitution", r.partnerInstitution(),
        pi -> CasPartnerInstitution.builder().name(pi.name()).sponsorLicenceNumber(pi.sponsorLicenceNumber())
            .address(p.nested("cas.partnerInstitution.address", () -> core(pi.address()))).build());
    Optional<CasOverseasInstitution> overseas = p.optional("cas.overseasInstitution", r.overseasInstitution(),
        o -> CasOverseasInstitution.builder().name(o.name())
            .address(p.nested("cas.overseasInstitution.address", () -> core(o.address()))).build());
    Optional<CasWorkPlacement> placement = p.optional("cas.workPlacement", r.workPlacement(),
        w -> CasWorkPlacement.builder().percentage(w.percentage()).justification(w.justification())
            .address(p.optional("cas.workPlacement.address", w.address(), CasCertificates::core)).build());
    Documentation d = r.documentation();
    CasDocumentation documentation = p.part("cas.documentation", () -> CasDocumentation.builder()
        .documentsUsedToObtainOffer(d.documentsUsedToObtainOffer()).courseRequiresAtas(d.courseRequiresAtas())
        .postgraduateDeanCertificateRequired(d.postgraduateDeanCertificateRequired()).build());
    Optional<CasEvidence> evidence = p.optional("cas.evidence", r.evidence(), CasCertificates::core);
    Finances f = r.finances();
    CasFinances finances = p.part("cas.finances", () -> CasFinances.builder()
        .accommodationProvided(f.accommodationProvided())
        .courseFeeIncludesAccommodationCosts(f.courseFeeIncludesAccommodationCosts())
        .courseFeesForFirstYearOnly(f.courseFeesForFirstYearOnly()).courseFeesPaidToDate(f.courseFeesPaidToDate())
        .accommodationFeesPaidToDate(f.accommodationFeesPaidToDate())
        .boardingFeesForFirstYearOnly(f.boardingFeesForFirstYearOnly())
        .boardingFeesPaidToDate(f.boardingFeesPaidToDate()).build());
    if (category == CasCategory.CHILD) {
      r.workPlacement().ifPresent(w -> p.add(Violation.of("cas.workPlacement", "present", "ChildCas",
          "a Child CAS has no work placement (BDT schema v2.1 ChildCASStructure)")));
      r.evidence().ifPresent(e -> p.add(Violation.of("cas.evidence", "present", "ChildCas",
          "a Child CAS has no evidence block (BDT schema v2.1 ChildCASStructure)")));
    }
    if (p.failed()) {
      return null;
    }
    return CasDetails.builder().applicationId(r.applicant().applicationId())
        .ucasPersonalId(r.applicant().ucasPersonalId()).partnerInstitution(partner).overseasInstitution(overseas)
        .course(course).workPlacement(placement).documentation(documentation).evidence(evidence)
        .finances(finances).build();
  }

  private static io.github.sponsorsdk.sms.core.place.InternationalAddress core(InternationalAddress a) {
    return io.github.sponsorsdk.sms.core.place.InternationalAddress.builder().lines(a.addressLines())
        .townOrCity(a.city()).county(a.countyAreaDistrict()).postcode(a.postCode()).country(a.country()).build();
  }

  private static CasEvidence core(Evidence e) {
    return CasEvidence.builder().seltRequired(e.seltRequired()).reasonSeltNotRequired(e.reasonSeltNotRequired())
        .englishLanguageLevelAttained(e.englishLanguageLevelAttained()).seltSpeakingLevel(e.seltSpeakingLevel())
        .seltListeningLevel(e.seltListeningLevel()).seltReadingLevel(e.seltReadingLevel())
        .seltWritingLevel(e.seltWritingLevel()).testProvider(e.testProvider()).previousUkStudy(e.previousUkStudy())
        .previousAcademicLevel(e.previousAcademicLevel())
        .levelComparison(e.levelComparison().map(l -> CourseLevelComparison.valueOf(l.name())))
        .progressionJustification(e.progressionJustification()).build();
  }

  // ------------------------------------------------------------------ sms-core to record

  private static InternationalAddress xml(io.github.sponsorsdk.sms.core.place.InternationalAddress a) {
    return InternationalAddress.builder().addressLines(a.lines()).city(a.townOrCity()).countyAreaDistrict(a.county())
        .postCode(a.postcode()).country(a.country()).build();
  }

  private static Evidence xml(CasEvidence e) {
    return Evidence.builder().seltRequired(e.seltRequired()).reasonSeltNotRequired(e.reasonSeltNotRequired())
        .englishLanguageLevelAttained(e.englishLanguageLevelAttained()).seltSpeakingLevel(e.seltSpeakingLevel())
        .seltListeningLevel(e.seltListeningLevel()).seltReadingLevel(e.seltReadingLevel())
        .seltWritingLevel(e.seltWritingLevel()).testProvider(e.testProvider()).previousUkStudy(e.previousUkStudy())
        .previousAcademicLevel(e.previousAcademicLevel())
        .levelComparison(e.levelComparison().map(l -> LevelComparison.valueOf(l.name())))
        .progressionJustification(e.progressionJustification()).build();
  }

  private static void required(List<Violation> v, String path, boolean present, String value, String message) {
    if (!present) {
      v.add(Violation.of(path, value, "Required", message));
    }
  }

  /** Builds the parts of one mapping, collecting every part's violations under its path. */
  private static final class Parts {
    private static final io.github.sponsorsdk.sms.core.place.InternationalAddress STAND_IN =
        io.github.sponsorsdk.sms.core.place.InternationalAddress.builder().addLine("-").townOrCity("-")
            .country("GBR").build();
    private final List<Violation> violations = new ArrayList<>();

    <T> T part(String path, Supplier<T> build) {
      try {
        return build.get();
      } catch (InvalidValueException e) {
        for (Violation v : e.violations()) {
          add(Violation.of(v.path().isEmpty() || v.path().equals("value") ? path : path + "." + v.path(),
              v.rejectedValue(), v.rule(), v.message()));
        }
        return null;
      }
    }

    /**
     * A required address inside a part: when it fails, its violations are listed and a stand-in takes its place, so
     * that the enclosing part's own violations are listed too (the result is thrown away: the mapping has failed).
     */
    io.github.sponsorsdk.sms.core.place.InternationalAddress nested(String path,
        Supplier<io.github.sponsorsdk.sms.core.place.InternationalAddress> build) {
      io.github.sponsorsdk.sms.core.place.InternationalAddress a = part(path, build);
      return a != null ? a : STAND_IN;
    }

    <S, T> Optional<T> optional(String path, Optional<S> source, java.util.function.Function<S, T> build) {
      return source.map(s -> Optional.ofNullable(part(path, () -> build.apply(s)))).orElse(Optional.empty());
    }

    void add(Violation v) {
      violations.add(v);
    }

    boolean failed() {
      return !violations.isEmpty();
    }

    void throwIfAny(String type) {
      if (!violations.isEmpty()) {
        throw new InvalidValueException(type, violations);
      }
    }
  }
}
