package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.Gender;
import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.certificate.Nationality;
import io.github.sponsorsdk.sms.core.decision.Decision;
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
import io.github.sponsorsdk.sms.xml.validate.Finding;
import io.github.sponsorsdk.sms.xml.validate.FindingSeverity;
import io.github.sponsorsdk.sms.xml.validate.ValidationOptions;
import io.github.sponsorsdk.sms.xml.validate.ValidationReport;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link SmsBulkData}: the file is validated by sms-xml's {@link BdtValidator} (schema, code lists, the SMS's own
 * checks); every record without an error becomes a CAS through the same path as a single CAS, the others are
 * rejected with their findings as reasons. The permission engine decides who may upload ({@code UPLOAD_CAS_BDT}).
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
    return sms.call(Operation.UPLOAD_BDT, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authorise(tx, sms, session, SmsAction.UPLOAD_CAS_BDT, Optional.empty());
      if (auth.caller.isEmpty()) {
        return SmsResult.refused(auth.decision);
      }
      Accounts.Caller caller = auth.caller.get();
      Licence licence = tx.get(store.licences, caller.record.licence()).orElseThrow();
      List<Reason> findings = new ArrayList<>();
      List<CasRecord> ready = new ArrayList<>();
      List<Long> indexes = new ArrayList<>();
      long[] rejected = {0};
      ValidationReport report = BdtValidator.of(ValidationOptions.on(sms.today()))
          .validate(new ByteArrayInputStream(copy), (index, record, recordFindings) -> {
            recordFindings.forEach(f -> findings.add(reason(f)));
            boolean error = recordFindings.stream().anyMatch(f -> f.severity() == FindingSeverity.ERROR);
            if (!error && record.isPresent() && record.get() instanceof CasRecord) {
              ready.add((CasRecord) record.get());
              indexes.add(index);
            } else {
              rejected[0]++;
            }
          });
      report.findings().stream().filter(f -> f.recordNumber().isEmpty()).forEach(f -> findings.add(reason(f)));
      Optional<UploadHeader> header = report.header().filter(UploadHeader.class::isInstance)
          .map(UploadHeader.class::cast);
      if (header.isEmpty() || !report.accepted() && ready.isEmpty()) {
        return SmsResult.refused(Decision.of(withRefusal(findings)));
      }
      if (!header.get().sponsorLicenceNumber().equals(licence.number().value())) {
        return SmsResult.refused(Decision.of(SessionReason.BDT_OTHER_LICENCE.refusal()));
      }
      Route route = header.get().category() == CasCategory.CHILD ? Route.CHILD_STUDENT : Route.STUDENT;
      List<CasNumber> created = new ArrayList<>();
      for (int i = 0; i < ready.size(); i++) {
        try {
          SmsResult<Certificate> c = certificates.create(tx, caller, licence, draft(route, ready.get(i)));
          created.add((CasNumber) c.orElseThrow().number().orElseThrow());
        } catch (IllegalArgumentException e) {
          rejected[0]++;
          findings.add(Reason.builder().code(SessionReason.BDT_RECORD_NOT_MODELLED.name())
              .severity(Severity.WARNING).message(SessionReason.BDT_RECORD_NOT_MODELLED.message() + ": "
                  + e.getMessage().lines().findFirst().orElse(""))
              .citation(SessionReason.BDT_RECORD_NOT_MODELLED.citation())
              .putParameter("record", Long.toString(indexes.get(i))).build());
        }
      }
      BulkUpload upload = BulkUpload.builder().reference(sms.ids().reference("BDT")).uploadedBy(caller.userId())
          .uploadedOn(sms.today()).records(report.records()).addAllCreated(created).rejected(rejected[0])
          .addAllFindings(findings).build();
      tx.put(store.uploads, upload.reference(), upload);
      tx.audit("BDT_UPLOADED", Optional.of(licence.number()), upload.reference(), null, upload);
      return SmsResult.allowed(upload, Decision.of(findings.stream().map(BulkDataService::asWarning)
          .collect(java.util.stream.Collectors.toList())));
    });
  }

  @Override
  public SmsResult<BulkUpload> bulkUploadResults(SessionToken session, String reference) {
    return sms.call(Operation.DOWNLOAD_BDT_RESULTS, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authorise(tx, sms, session, SmsAction.UPLOAD_CAS_BDT, Optional.empty());
      if (auth.caller.isEmpty()) {
        return SmsResult.refused(auth.decision);
      }
      Optional<BulkUpload> upload = tx.get(store.uploads, reference)
          .filter(u -> tx.get(store.users, u.uploadedBy()).map(r -> r.licence())
              .filter(auth.caller.get().record.licence()::equals).isPresent());
      return upload.map(SmsResult::allowed).orElseGet(() -> SmsResult.refused(CertificateService.notFound()));
    });
  }

  /** A finding as a reason: errors refuse their record, so they are refusals; the record number (from 1) is a parameter. */
  static Reason reason(Finding f) {
    return Reason.builder().code(f.code())
        .severity(f.severity() == FindingSeverity.ERROR ? Severity.REFUSAL : Severity.WARNING)
        .message(f.message()).citation(f.citation())
        .putParameter("record", f.recordNumber().map(String::valueOf).orElse("header"))
        .putParameter("path", f.path()).putParameter("line", Integer.toString(f.line())).build();
  }

  /** In an accepted upload, a rejected record's errors are reported, not refusing the whole upload. */
  private static Reason asWarning(Reason r) {
    return r.severity() == Severity.REFUSAL ? Reason.builder().from(r).severity(Severity.WARNING).build() : r;
  }

  private static List<Reason> withRefusal(List<Reason> findings) {
    if (findings.stream().anyMatch(r -> r.severity() == Severity.REFUSAL)) {
      return findings;
    }
    List<Reason> out = new ArrayList<>(findings);
    out.add(SessionReason.BDT_FILE_REJECTED.refusal());
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
