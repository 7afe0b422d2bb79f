package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.Gender;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.Nationality;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.FileLocation;
import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsBulkData;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.xml.records.CasCategory;
import io.github.sponsorsdk.sms.xml.records.CasRecord;
import io.github.sponsorsdk.sms.xml.records.PartialDate;
import io.github.sponsorsdk.sms.xml.records.UkAddress;
import io.github.sponsorsdk.sms.xml.records.UploadHeader;
import io.github.sponsorsdk.sms.xml.validate.BdtValidator;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link SmsBulkData}: the file is validated by sms-xml's {@link BdtValidator} (schema, code lists, the SMS's own
 * checks); every record without an error becomes a CAS through the same path as a single CAS, the others are
 * rejected. The upload's results keep every {@link Finding} as the validator located it (record number counted
 * from 1, ApplicantID, line, column, path); the call's decision holds their reasons. A record that passed but that
 * the fake cannot hold is a {@code testkit.BDT_RECORD_NOT_MODELLED} finding located at the record (line and column
 * 0: the fake names the record, not a place in it). The permission engine decides who may upload
 * ({@code UPLOAD_CAS_BDT}).
 */
final class BulkDataService implements SmsBulkData {
  private final InMemorySms sms;
  private final Store store;
  private final CertificateService certificates;

  BulkDataService(InMemorySms sms, CertificateService certificates) {
    this.sms = sms;
    this.store = sms.store();
    this.certificates = certificates;
  }

  @Override
  public SmsResult<BulkUpload> uploadBdt(SessionToken session, byte[] file) {
    byte[] copy = file.clone();
    return sms.authorised(Operation.UPLOAD_BDT, session, SmsAction.UPLOAD_CAS_BDT, (tx, caller) -> {
      Licence licence = caller.licence;
      List<Finding> findings = new ArrayList<>();
      List<CasRecord> ready = new ArrayList<>();
      List<Long> numbers = new ArrayList<>();
      long[] rejected = {0};
      ValidationReport report = BdtValidator.of(ValidationOptions.on(sms.today()))
          .validate(new ByteArrayInputStream(copy), (number, record, recordFindings) -> {
            findings.addAll(recordFindings);
            boolean error = recordFindings.stream().anyMatch(Finding::isError);
            if (!error && record.isPresent() && record.get() instanceof CasRecord) {
              ready.add((CasRecord) record.get());
              numbers.add(number);
            } else {
              rejected[0]++;
            }
          });
      report.findings().stream().filter(f -> f.location().recordNumber().isEmpty()).forEach(findings::add);
      Optional<UploadHeader> header = report.header().filter(UploadHeader.class::isInstance)
          .map(UploadHeader.class::cast);
      if (header.isEmpty() || !report.accepted() && ready.isEmpty()) {
        return SmsResult.refused(Decision.of(withRefusal(reasons(findings))));
      }
      if (!header.get().sponsorLicenceNumber().equals(licence.number().value())) {
        return SmsResult.refused(Decision.of(SessionReason.BDT_OTHER_LICENCE.reason()));
      }
      Route route = header.get().category() == CasCategory.CHILD ? Route.CHILD_STUDENT : Route.STUDENT;
      List<CasNumber> created = new ArrayList<>();
      for (int i = 0; i < ready.size(); i++) {
        try {
          SmsResult<Certificate> c = certificates.create(tx, caller, licence, draft(route, ready.get(i)));
          created.add((CasNumber) c.orElseThrow().number().orElseThrow());
        } catch (IllegalArgumentException e) {
          rejected[0]++;
          findings.add(Finding.of(SessionReason.BDT_RECORD_NOT_MODELLED.reason(Map.of("detail",
              e.getMessage().lines().findFirst().orElse(""))), FileLocation.builder().recordNumber(numbers.get(i))
              .applicantId(ready.get(i).applicant().applicantId()).line(0).column(0).path("CAS").build()));
        }
      }
      BulkUpload upload = BulkUpload.builder().reference(tx.ids().reference("BDT")).uploadedBy(caller.userId())
          .uploadedOn(sms.today()).records(report.records()).addAllCreated(created).rejected(rejected[0])
          .addAllFindings(findings).build();
      tx.put(store.uploads, upload.reference(), upload);
      tx.audit(AuditAction.BDT_UPLOADED, Optional.of(licence.number()), upload.reference(), null, upload);
      return SmsResult.allowed(upload, Decision.of(reasons(findings).stream().map(BulkDataService::asWarning)
          .collect(Collectors.toList())));
    });
  }

  @Override
  public SmsResult<BulkUpload> bulkUploadResults(SessionToken session, String reference) {
    return sms.authorised(Operation.DOWNLOAD_BDT_RESULTS, session, SmsAction.UPLOAD_CAS_BDT, (tx, caller) -> {
      Optional<BulkUpload> upload = tx.get(store.uploads, reference)
          .filter(u -> tx.get(store.users, u.uploadedBy()).map(r -> r.licence())
              .filter(caller.record.licence()::equals).isPresent());
      return upload.map(SmsResult::allowed).orElseGet(() -> SmsResult.refused(CertificateService.notFound()));
    });
  }

  /** The findings' reasons, in file order: the call's decision (where they are is in the upload's results). */
  private static List<Reason> reasons(List<Finding> findings) {
    return findings.stream().map(Finding::reason).collect(Collectors.toList());
  }

  /** In an accepted upload, a rejected record's errors are reported, not refusing the whole upload. */
  private static Reason asWarning(Reason r) {
    return r.severity() == Severity.REFUSAL ? r.withSeverity(Severity.WARNING) : r;
  }

  private static List<Reason> withRefusal(List<Reason> findings) {
    if (findings.stream().anyMatch(r -> r.severity() == Severity.REFUSAL)) {
      return findings;
    }
    List<Reason> out = new ArrayList<>(findings);
    out.add(SessionReason.BDT_FILE_REJECTED.reason());
    return out;
  }

  /** The CAS a record describes; a record the SDK's values cannot hold (partial date of birth) throws. */
  static CertificateDraft draft(Route route, CasRecord r) {
    PartialDate dob = r.applicant().dateOfBirth();
    if (dob.precision() != PartialDate.Precision.FULL_DATE) {
      throw new IllegalArgumentException("partial date of birth " + dob + " (MigrantDetails holds full dates only)");
    }
    MigrantDetails migrant = MigrantDetails.builder().familyName(r.applicant().familyName())
        .givenNames(r.applicant().givenName()).nationality(Nationality.of(r.applicant().nationality()))
        .dateOfBirth(LocalDate.of(dob.year(), dob.month().orElseThrow(), dob.day().orElseThrow()))
        .gender(r.applicant().gender().name().equals("MALE") ? Gender.MALE : Gender.FEMALE)
        .passportNumber(r.applicant().passportOrTravelDocumentNumber())
        .applicantReference(r.applicant().applicantId()).build();
    return CertificateDraft.builder().route(route).migrant(migrant).mainAddress(address(r.course().mainSiteOfStudy()))
        .startDate(r.course().startDate()).endDate(r.course().expectedEndDate()).build();
  }

  private static Optional<Address> address(UkAddress a) {
    try {
      List<String> lines = a.addressLines();
      Address.Builder b = Address.builder().line1(lines.get(0)).townOrCity(a.city())
          .county(a.countyAreaDistrict()).postcode(UkPostcode.of(a.postCode()));
      if (lines.size() > 1) {
        b.line2(lines.get(1));
      }
      if (lines.size() > 2) {
        b.line3(lines.get(2));
      }
      return Optional.of(b.build());
    } catch (InvalidValueException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }
}
