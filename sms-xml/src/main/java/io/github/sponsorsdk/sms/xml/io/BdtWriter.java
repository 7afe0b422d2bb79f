package io.github.sponsorsdk.sms.xml.io;

import io.github.sponsorsdk.sms.xml.internal.Repertoire;
import io.github.sponsorsdk.sms.xml.internal.SecureXml;
import io.github.sponsorsdk.sms.xml.records.Applicant;
import io.github.sponsorsdk.sms.xml.records.BatchHeader;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.records.BdtRecord;
import io.github.sponsorsdk.sms.xml.records.CasCategory;
import io.github.sponsorsdk.sms.xml.records.CasExportRecord;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.Course;
import io.github.sponsorsdk.sms.xml.records.Evidence;
import io.github.sponsorsdk.sms.xml.records.FeeUpdate;
import io.github.sponsorsdk.sms.xml.records.Finances;
import io.github.sponsorsdk.sms.xml.records.GraduateNotification;
import io.github.sponsorsdk.sms.xml.records.InternationalAddress;
import io.github.sponsorsdk.sms.xml.records.PartialDate;
import io.github.sponsorsdk.sms.xml.records.StudentActivityReport;
import io.github.sponsorsdk.sms.xml.records.UkAddress;
import io.github.sponsorsdk.sms.xml.records.UploadHeader;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import io.github.sponsorsdk.sms.xml.schema.BdtNamespaces;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams records out as a Bulk Data Transfer file, ISO 8859-1 encoded like the official examples, one record at a
 * time (nothing is kept).
 *
 * <pre>{@code
 * try (BdtWriter w = BdtWriter.create(Path.of("upload.xml"), BdtFileKind.CAS_UPLOAD_GENERAL, header)) {
 *   records.forEach(w::write);
 * }
 * }</pre>
 *
 * <p>Every string is checked against its field's range ({@code PBSStringType}: printable ISO 8859-1; multi-line
 * fields also tab and line breaks; address lines plain letters, digits and some punctuation). A character outside it
 * is refused with {@link BdtWriteException} naming the record index, the field path and the character, or, with
 * {@link WriteOptions.Characters#TRANSLITERATE}, replaced by its nearest allowed spelling (then the length is checked
 * again). The other facets hold already, because the record values enforce them.
 */
public final class BdtWriter implements AutoCloseable {
  private static final String ENCODING = "ISO-8859-1";

  private final OutputStream out;
  private final XMLStreamWriter w;
  private final BdtFileKind kind;
  private final WriteOptions options;
  private final String ns;
  private final String prefix;
  private final Deque<String> path = new ArrayDeque<>();
  private long index = -1;
  private boolean closed;

  private BdtWriter(OutputStream out, BdtFileKind kind, BdtHeader header, WriteOptions options) {
    this.out = out;
    this.kind = kind;
    this.options = options;
    this.ns = kind.childNamespace();
    this.prefix = kind == BdtFileKind.GRADUATE_NOTIFICATION ? "bulk" : "";
    try {
      this.w = SecureXml.output().createXMLStreamWriter(out, ENCODING);
      w.writeStartDocument(ENCODING, "1.0");
      writeRoot();
      writeHeader(header);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  /**
   * {@return a writer to {@code out} with the default options}
   *
   * @param out where to write; {@link #close()} closes it
   * @param kind the kind of file
   * @param header the header
   */
  public static BdtWriter create(OutputStream out, BdtFileKind kind, BdtHeader header) {
    return create(out, kind, header, WriteOptions.defaults());
  }

  /**
   * Writes to {@code out}, which {@link #close()} closes.
   *
   * @param out where to write
   * @param kind the kind of file
   * @param header the header
   * @param options how to write
   * @return a writer; the header is written already
   */
  public static BdtWriter create(OutputStream out, BdtFileKind kind, BdtHeader header, WriteOptions options) {
    return new BdtWriter(out, kind, header, options);
  }

  /**
   * {@return a writer to {@code file}}
   *
   * @param file the file to write
   * @param kind the kind of file
   * @param header the header
   * @param options how to write
   */
  public static BdtWriter create(Path file, BdtFileKind kind, BdtHeader header, WriteOptions options) {
    try {
      return create(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16), kind, header, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one record; its type must fit the file kind.
   *
   * @param record the record
   */
  public void write(BdtRecord record) {
    index++;
    try {
      switch (kind) {
        case CAS_UPLOAD_GENERAL:
        case CAS_UPLOAD_CHILD:
          writeCas(as(record, CasRecord.class));
          break;
        case GRADUATE_NOTIFICATION:
          writeGraduate(as(record, GraduateNotification.class));
          break;
        case STUDENT_ACTIVITY_REPORT:
          writeActivity(as(record, StudentActivityReport.class));
          break;
        case FEE_UPDATE:
          writeFee(as(record, FeeUpdate.class));
          break;
        case CAS_EXPORT:
          writeExport(as(record, CasExportRecord.class));
          break;
        default:
          throw new IllegalStateException(kind.name());
      }
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  /**
   * Records written so far.
   *
   * @return the number of records written so far
   */
  public long count() {
    return index + 1;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (options.indent()) {
        w.writeCharacters("\n");
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
      w.close();
      out.close();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- structure

  private <T> T as(BdtRecord record, Class<T> type) {
    if (!type.isInstance(record)) {
      throw new BdtWriteException(index, kind.recordElement(), "a " + kind + " file takes " + type.getSimpleName()
          + " records, not " + record.getClass().getSimpleName(), null);
    }
    return type.cast(record);
  }

  private void writeRoot() throws XMLStreamException {
    if (kind.isUpload()) {
      w.writeStartElement("ns2", kind.rootElement().getLocalPart(), BdtNamespaces.CAS_UPLOAD);
      w.writeNamespace("ns2", BdtNamespaces.CAS_UPLOAD);
      w.writeDefaultNamespace(BdtNamespaces.CAS_COMMON);
    } else if (!prefix.isEmpty()) {
      w.writeStartElement(prefix, kind.rootElement().getLocalPart(), ns);
      w.writeNamespace(prefix, ns);
    } else {
      w.writeStartElement("", kind.rootElement().getLocalPart(), ns);
      w.writeDefaultNamespace(ns);
    }
  }

  private void start(String name) throws XMLStreamException {
    indent();
    path.addLast(name);
    w.writeStartElement(prefix, name, ns);
  }

  private void end() throws XMLStreamException {
    path.removeLast();
    indent();
    w.writeEndElement();
  }

  private void indent() throws XMLStreamException {
    if (options.indent()) {
      StringBuilder b = new StringBuilder(path.size() + 2).append('\n');
      for (int i = 0; i <= path.size(); i++) {
        b.append('\t');
      }
      w.writeCharacters(b.toString());
    }
  }

  /** A leaf whose value is already constrained to plain ASCII (codes, dates, numbers, booleans). */
  private void leaf(String name, String value) throws XMLStreamException {
    indent();
    w.writeStartElement(prefix, name, ns);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  private void text(String name, String value, Repertoire rep, int maxLength) throws XMLStreamException {
    String v = checked(name, value, rep, maxLength);
    indent();
    w.writeStartElement(prefix, name, ns);
    int from = 0;
    for (int i = v.indexOf('\r'); i >= 0; i = v.indexOf('\r', from)) { // a raw CR would be read back as LF
      w.writeCharacters(v.substring(from, i));
      w.writeEntityRef("#13");
      from = i + 1;
    }
    w.writeCharacters(v.substring(from));
    w.writeEndElement();
  }

  private void text(String name, Optional<String> value, Repertoire rep, int maxLength) throws XMLStreamException {
    if (value.isPresent()) {
      text(name, value.get(), rep, maxLength);
    }
  }

  private String checked(String name, String value, Repertoire rep, int maxLength) {
    int bad = rep.firstDisallowed(value);
    if (bad < 0) {
      return value;
    }
    String field = String.join("/", path) + "/" + name;
    if (options.characters() == WriteOptions.Characters.REFUSE) {
      throw new BdtWriteException(index, field, Repertoire.describe(value.codePointAt(bad)) + " at position " + bad
          + " is outside the field's characters (" + rep + "); use WriteOptions.Characters.TRANSLITERATE to replace it",
          null);
    }
    String t;
    try {
      t = rep.transliterate(value);
    } catch (IllegalArgumentException e) {
      throw new BdtWriteException(index, field, e.getMessage(), e);
    }
    if (t.length() > maxLength) {
      throw new BdtWriteException(index, field, "transliterated to " + t.length() + " characters, more than "
          + maxLength, null);
    }
    return t;
  }

  private void bool(String name, boolean value) throws XMLStreamException {
    leaf(name, Boolean.toString(value));
  }

  private void money(String name, BigDecimal value) throws XMLStreamException {
    leaf(name, value.toPlainString());
  }

  private void money(String name, Optional<BigDecimal> value) throws XMLStreamException {
    if (value.isPresent()) {
      money(name, value.get());
    }
  }

  // ---------------------------------------------------------------- headers

  private void writeHeader(BdtHeader header) throws XMLStreamException {
    if (kind.isUpload()) {
      if (!(header instanceof UploadHeader)) {
        throw new BdtWriteException(-1, "Header", "an upload needs an UploadHeader", null);
      }
      UploadHeader h = (UploadHeader) header;
      CasCategory expected = kind == BdtFileKind.CAS_UPLOAD_CHILD ? CasCategory.CHILD : CasCategory.GENERAL;
      if (h.category() != expected) {
        throw new BdtWriteException(-1, "Header/Category", "a " + kind + " file needs category " + expected, null);
      }
      start("Header");
      text("BulkUploadFileId", h.fileId(), Repertoire.LATIN1, 50);
      text("Version", h.version(), Repertoire.LATIN1, Integer.MAX_VALUE);
      leaf("SchemaID", h.schemaId());
      leaf("TierID", CasCategory.TIER_ID);
      leaf("Category", h.category().xml());
      leaf("SponsorLicenceNumber", h.sponsorLicenceNumber());
      end();
      return;
    }
    if (!(header instanceof BatchHeader)) {
      throw new BdtWriteException(-1, "Header", "a " + kind + " file needs a BatchHeader", null);
    }
    BatchHeader h = (BatchHeader) header;
    switch (kind) {
      case GRADUATE_NOTIFICATION:
      case STUDENT_ACTIVITY_REPORT:
        start("BulkReportingFileHeader");
        text("BulkReportingId", h.fileId(), Repertoire.LATIN1, 50);
        end();
        break;
      case FEE_UPDATE:
        start("Header");
        text("BulkUpdateFileId", h.fileId(), Repertoire.LATIN1, 50);
        end();
        break;
      case CAS_EXPORT:
        start("Header");
        text("BulkExportFileId", h.fileId(), Repertoire.LATIN1, 50);
        leaf("SponsorLicenceNumber", h.sponsorLicenceNumber().orElseThrow(() -> new BdtWriteException(-1,
            "Header/SponsorLicenceNumber", "an export file needs the sponsor licence number", null)));
        end();
        break;
      default:
        throw new IllegalStateException(kind.name());
    }
  }

  // ---------------------------------------------------------------- records

  private void writeGraduate(GraduateNotification g) throws XMLStreamException {
    start("BulkReportingCASData");
    leaf("CASReport", "GRADUATED");
    start("BulkReportingCASGraduation");
    leaf("CASNumber", g.casNumber());
    end();
    end();
  }

  private void writeActivity(StudentActivityReport a) throws XMLStreamException {
    start("BulkReportingCASData");
    leaf("CASReport", "STUDENT_ACTIVITY");
    start("BulkReportingCASActivity");
    leaf("CASNumber", a.casNumber());
    leaf("ExpectedEnrollmentDate", a.expectedEnrolmentDate().toString());
    text("Notes", a.notes(), Repertoire.MULTILINE, 2000);
    end();
    end();
  }

  private void writeFee(FeeUpdate f) throws XMLStreamException {
    start("CAS");
    leaf("CASNumber", f.casNumber());
    start("FinancialDetails");
    money("CourseFeesForFirstYearOnly", f.courseFeesForFirstYearOnly());
    money("CourseFeesPaidToDate", f.courseFeesPaidToDate());
    money("AccommodationFeesPaidToDate", f.accommodationFeesPaidToDate());
    money("BoardingFeesPaidToDate", f.boardingFeesPaidToDate());
    end();
    end();
  }

  private void writeExport(CasExportRecord e) throws XMLStreamException {
    start("CAS");
    leaf("CASNumber", e.casNumber());
    text("ApplicantID", e.applicantId(), Repertoire.LATIN1, 50);
    leaf("CASStatus", e.status().name());
    leaf("StatusDate", e.statusDate().toString());
    end();
  }

  private void writeCas(CasRecord c) throws XMLStreamException {
    boolean child = kind == BdtFileKind.CAS_UPLOAD_CHILD;
    if (child && (c.workPlacement().isPresent() || c.evidence().isPresent())) {
      throw new BdtWriteException(index, "CAS", "a Child CAS has no WorkPlacementDetails or EvidenceDetails", null);
    }
    start("CAS");
    start("ApplicantData");
    writeApplicant(c.applicant());
    end();
    start("NonSponsorEducationInstitutionData");
    if (c.partnerInstitution().isPresent()) {
      var p = c.partnerInstitution().get();
      start("PartnerInstitutionDetails");
      text("Name", p.name(), Repertoire.LATIN1, 250);
      if (p.sponsorLicenceNumber().isPresent()) {
        leaf("SponsorLicenseNumber", p.sponsorLicenceNumber().get());
      }
      writeAddress("AddressDetails", p.address());
      end();
    }
    if (c.overseasInstitution().isPresent()) {
      var o = c.overseasInstitution().get();
      start("OverseasHigherEducationInstitutionDetails");
      text("Name", o.name(), Repertoire.LATIN1, 250);
      writeAddress("Address", o.address());
      end();
    }
    end();
    start("CourseDetails");
    writeCourse(c.course());
    end();
    if (c.workPlacement().isPresent()) {
      var wp = c.workPlacement().get();
      start("WorkPlacementDetails");
      if (wp.percentage().isPresent()) {
        leaf("WorkPlacementPercentage", wp.percentage().get().toString());
      }
      text("WorkPlacementJustificationText", wp.justification(), Repertoire.MULTILINE, 2000);
      if (wp.address().isPresent()) {
        writeAddress("WorkPlacementAddress", wp.address().get());
      }
      end();
    }
    start("Documentation");
    text("DocumentsUsedToObtainOffer", c.documentation().documentsUsedToObtainOffer(), Repertoire.MULTILINE, 2000);
    bool("CourseRequiresATAS", c.documentation().courseRequiresAtas());
    bool("PostgraduateDeanCertificateRequired", c.documentation().postgraduateDeanCertificateRequired());
    end();
    if (c.evidence().isPresent()) {
      start("EvidenceDetails");
      writeEvidence(c.evidence().get());
      end();
    }
    start("FinancialAndAccommodationDetails");
    writeFinances(c.finances());
    end();
    end();
  }

  private void writeApplicant(Applicant a) throws XMLStreamException {
    text("ApplicantID", a.applicantId(), Repertoire.LATIN1, 50);
    text("ApplicationID", a.applicationId(), Repertoire.LATIN1, 50);
    if (a.ucasPersonalId().isPresent()) {
      leaf("UCAS_UKPASS_Id", a.ucasPersonalId().get());
    }
    text("FamilyName", a.familyName(), Repertoire.LATIN1, 35);
    text("GivenName", a.givenName(), Repertoire.LATIN1, 35);
    text("OtherNames", a.otherNames(), Repertoire.LATIN1, 250);
    leaf("Nationality", a.nationality());
    leaf("Gender", a.gender().code());
    leaf("CountryOfBirth", a.countryOfBirth());
    text("PlaceOfBirth", a.placeOfBirth(), Repertoire.ADDRESS, 30);
    start("DateOfBirth");
    PartialDate d = a.dateOfBirth();
    leaf(d.precision() == PartialDate.Precision.FULL_DATE ? "FullDate"
        : d.precision() == PartialDate.Precision.YEAR_MONTH ? "YearMonth" : "Year", d.toString());
    end();
    text("ApplicantPassportOrTravelDocumentNumber", a.passportOrTravelDocumentNumber(), Repertoire.LATIN1, 35);
  }

  private void writeCourse(Course c) throws XMLStreamException {
    text("CourseCurriculumTitle", c.title(), Repertoire.LATIN1, 250);
    text("CourseID", c.courseId(), Repertoire.LATIN1, 50);
    text("AcademicLevel", c.academicLevel(), Repertoire.LATIN1, 250);
    text("SecondaryAcademicLevel", c.secondaryAcademicLevel(), Repertoire.LATIN1, 250);
    leaf("CourseStartDate", c.startDate().toString());
    if (c.latestDateForAcceptance().isPresent()) {
      leaf("LatestDateForAcceptanceOnCourse", c.latestDateForAcceptance().get().toString());
    }
    leaf("ExpectedCourseEndDate", c.expectedEndDate().toString());
    bool("CourseIsFullTime", c.fullTime());
    leaf("CourseHoursPerWeek", c.hoursPerWeek().toPlainString());
    writeUkAddress("MainSiteOfStudy", c.mainSiteOfStudy());
    bool("ApplicantHasWorkPlacement", c.hasWorkPlacement());
    if (c.workPlacementAddress().isPresent()) {
      writeAddress("WorkPlacementAddress", c.workPlacementAddress().get());
    }
  }

  private void writeUkAddress(String name, UkAddress a) throws XMLStreamException {
    start(name);
    for (String line : a.addressLines()) {
      text("AddressLine", line, Repertoire.ADDRESS, 35);
    }
    text("City", a.city(), Repertoire.ADDRESS, 35);
    text("CountyAreaDistrict", a.countyAreaDistrict(), Repertoire.ADDRESS, 35);
    leaf("PostCode", a.postCode());
    end();
  }

  private void writeAddress(String name, InternationalAddress a) throws XMLStreamException {
    start(name);
    for (String line : a.addressLines()) {
      text("AddressLine", line, Repertoire.ADDRESS, 35);
    }
    text("City", a.city(), Repertoire.ADDRESS, 35);
    text("CountyAreaDistrict", a.countyAreaDistrict(), Repertoire.ADDRESS, 35);
    text("PostCode", a.postCode(), Repertoire.LATIN1, 35);
    leaf("Country", a.country());
    end();
  }

  private void writeEvidence(Evidence e) throws XMLStreamException {
    if (e.seltRequired().isPresent()) {
      bool("SELTRequired", e.seltRequired().get());
    }
    text("ReasonSELTNotRequired", e.reasonSeltNotRequired(), Repertoire.LATIN1, Integer.MAX_VALUE);
    text("EnglishLanguageLevelAttained", e.englishLanguageLevelAttained(), Repertoire.LATIN1, Integer.MAX_VALUE);
    text("SELTSpeakingLevel", e.seltSpeakingLevel(), Repertoire.LATIN1, 50);
    text("SELTListeningLevel", e.seltListeningLevel(), Repertoire.LATIN1, 50);
    text("SELTReadingLevel", e.seltReadingLevel(), Repertoire.LATIN1, 50);
    text("SELTWritingLevel", e.seltWritingLevel(), Repertoire.LATIN1, 50);
    text("TestProvider", e.testProvider(), Repertoire.LATIN1, Integer.MAX_VALUE);
    if (e.previousUkStudy().isPresent()) {
      bool("PreviousUKStudy", e.previousUkStudy().get());
    }
    text("PreviousAcademicLevel", e.previousAcademicLevel(), Repertoire.LATIN1, Integer.MAX_VALUE);
    if (e.levelComparison().isPresent()) {
      leaf("CurrentPreviousCourseLevelComparison", e.levelComparison().get().name());
    }
    text("ProgressionJustification", e.progressionJustification(), Repertoire.MULTILINE, 1000);
  }

  private void writeFinances(Finances f) throws XMLStreamException {
    if (f.accommodationProvided().isPresent()) {
      bool("AccomodationProvided", f.accommodationProvided().get());
    } else {
      indent();
      w.writeStartElement(prefix, "AccomodationProvided", ns);
      w.writeNamespace("xsi", BdtNamespaces.XSI);
      w.writeAttribute("xsi", BdtNamespaces.XSI, "nil", "true");
      w.writeEndElement();
    }
    bool("CourseFeeIncludesAccomodationCosts", f.courseFeeIncludesAccommodationCosts());
    money("CourseFeesForFirstYearOnly", f.courseFeesForFirstYearOnly());
    money("CourseFeesPaidToDate", f.courseFeesPaidToDate());
    money("AccommodationFeesPaidToDate", f.accommodationFeesPaidToDate());
    money("BoardingFeesForFirstYearOnly", f.boardingFeesForFirstYearOnly());
    money("BoardingFeesPaidToDate", f.boardingFeesPaidToDate());
  }
}
