package io.github.sponsorsdk.sms.testkit.server.internal;

import static io.github.sponsorsdk.sms.testkit.server.internal.Bodies.required;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.evidence.EvidenceMetadata;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.port.ActionPlanNotice;
import io.github.sponsorsdk.sms.core.port.ActivityReport;
import io.github.sponsorsdk.sms.core.port.BatchOutcome;
import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CertificateBatch;
import io.github.sponsorsdk.sms.core.port.CertificateExport;
import io.github.sponsorsdk.sms.core.port.CertificatePrint;
import io.github.sponsorsdk.sms.core.port.CreativeWorkerGroup;
import io.github.sponsorsdk.sms.core.port.GroupOutcome;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.PayeReferenceEntry;
import io.github.sponsorsdk.sms.core.submission.Submission;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.testkit.audit.AuditEntry;
import io.github.sponsorsdk.sms.testkit.audit.CallRecord;
import io.github.sponsorsdk.sms.testkit.state.CaseworkRecord;
import io.github.sponsorsdk.sms.testkit.state.ReportRecord;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.port.AllocationRequest;
import io.github.sponsorsdk.sms.core.port.CasFeeUpdate;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.CertificateSearch;
import io.github.sponsorsdk.sms.core.port.CircumstanceChange;
import io.github.sponsorsdk.sms.core.port.DefinedCosApplication;
import io.github.sponsorsdk.sms.core.port.KeyPersonnelChange;
import io.github.sponsorsdk.sms.core.port.OrganisationDetails;
import io.github.sponsorsdk.sms.core.port.PremiumContact;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.evidence.EvidenceDocument;
import io.github.sponsorsdk.sms.core.identifier.SubmissionReference;
import io.github.sponsorsdk.sms.core.port.SubmissionDraft;
import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.InMemorySponsorUk;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.ActBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.ActionPlanBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.AdvanceBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.BatchBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.CompletionBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.FaultBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.GrantBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.GroupBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.LogInBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.NoteBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.OccurrenceBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.PasswordChangeBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.PasswordResetBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.PayeBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.RatingBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.RefusalBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.RenewalApprovalBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.SponsorBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.SponsorGrant;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.StatusBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.StudentStatusApprovalBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Bodies.TransferBody;
import io.github.sponsorsdk.sms.testkit.server.internal.Endpoint.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * The route table of the server: every operation of the port (sponsor side), of {@code HomeOffice}, and the
 * inspection and control of {@code InMemorySms}, each a thin translation to one Java call. Answers are the SDK's own
 * values in their Jackson form. A refused call is a problem document whose {@code decision} is the refusal.
 */
public final class Api {
  /** Where every route lives. */
  public static final String PREFIX = "/api";
  private static final TypeReference<List<CertificateDraft>> DRAFTS = new TypeReference<>() {};
  private static final TypeReference<List<String>> NUMBERS = new TypeReference<>() {};
  private static final TypeReference<List<CasFeeUpdate>> FEES = new TypeReference<>() {};
  private static final TypeReference<List<PremiumContact>> CONTACTS = new TypeReference<>() {};
  /** The answer of the batch calls of the port: one {@code SmsResult} per certificate, allowed or refused. */
  private static final Body EACH_CERTIFICATE =
      Body.json(Body.listOf(Body.parameterized(SmsResult.class, Certificate.class)));

  private final InMemorySms sms;
  private final ObjectMapper mapper;
  private final EventFeed events;
  private final List<Endpoint> routes = new ArrayList<>();

  public Api(InMemorySms sms, ObjectMapper mapper, EventFeed events) {
    this.sms = sms;
    this.mapper = mapper;
    this.events = events;
    routes.add(new Endpoint("GET", "/openapi.json", Side.CONTROL, "This API as an OpenAPI 3.1 document",
        Body.none(), Body.json(Bodies.ApiDocument.class), r -> Answer.raw(200, "application/json", openApi())));
    sponsor();
    functions();
    certificateSets();
    sponsorUk();
    homeOffice();
    control();
  }

  public List<Endpoint> routes() {
    return List.copyOf(routes);
  }

  /** A route: what it reads and what it answers are the Java types the OpenAPI document's schemas describe. */
  private void add(String method, String path, Side side, Body request, Body answer, String summary,
      Endpoint.Handler handler) {
    routes.add(new Endpoint(method, PREFIX + path, side, summary, request, answer, handler));
  }

  // ---------------------------------------------------------------- sponsor side (the port)

  private void sponsor() {
    Side s = Side.SPONSOR;
    add("POST", "/session", s, Body.json(LogInBody.class), Body.result(LogIn.class), "Log in (SmsAccess.logIn)", r -> {
      LogInBody b = r.body(LogInBody.class);
      return result(sms.logIn(required(b.userId(), "userId"), required(b.password(), "password").toCharArray()));
    });
    add("DELETE", "/session", s, Body.none(), Body.json(Bodies.DecisionAnswer.class),
        "Log out (SmsAccess.logOut)", r -> decision(sms.logOut(r.session())));
    add("POST", "/session/password", s, Body.json(PasswordChangeBody.class), Body.json(Bodies.DecisionAnswer.class),
        "Change the password (SmsAccess.changePassword)", r -> {
      PasswordChangeBody b = r.body(PasswordChangeBody.class);
      return decision(sms.changePassword(r.session(), required(b.currentPassword(), "currentPassword").toCharArray(),
          required(b.newPassword(), "newPassword").toCharArray(),
          required(b.confirmation(), "confirmation").toCharArray()));
    });
    add("POST", "/password-resets", s, Body.json(PasswordResetBody.class), Body.json(Bodies.DecisionAnswer.class),
        "Request a temporary password (SmsAccess.requestPasswordReset)", r -> {
      PasswordResetBody b = r.body(PasswordResetBody.class);
      return decision(sms.requestPasswordReset(required(b.userId(), "userId"), required(b.email(), "email")));
    });
    add("GET", "/users", s, Body.none(), Body.result(Body.listOf(SmsUser.class)),
        "The licence's users (SmsUserManagement.users)", r -> result(sms.users(r.session())));
    add("POST", "/users/level1", s, Body.json(UserProfile.class), Body.result(SmsUser.class),
        "Request a Level 1 user (SmsUserManagement.requestLevel1User)",
        r -> result(sms.requestLevel1User(r.session(), r.body(UserProfile.class))));
    add("POST", "/users/level2", s, Body.json(UserProfile.class), Body.result(SmsUser.class),
        "Create a Level 2 user (SmsUserManagement.createLevel2User)",
        r -> result(sms.createLevel2User(r.session(), r.body(UserProfile.class))));
    add("PUT", "/users/{userId}", s, Body.json(UserProfile.class), Body.result(SmsUser.class),
        "Amend a user's details (SmsUserManagement.amendUser)",
        r -> result(sms.amendUser(r.session(), SmsUserId.of(r.param("userId")), r.body(UserProfile.class))));
    add("POST", "/users/{userId}/deactivation", s, Body.none(), Body.result(SmsUser.class),
        "Deactivate a user (SmsUserManagement.deactivateUser)",
        r -> result(sms.deactivateUser(r.session(), SmsUserId.of(r.param("userId")))));
    add("GET", "/messages/active", s, Body.none(), Body.result(Body.listOf(BoardMessage.class)),
        "Active board messages (SmsMessageBoard.activeMessages)",
        r -> result(sms.activeMessages(r.session())));
    add("GET", "/messages/archived", s, Body.none(), Body.result(Body.listOf(BoardMessage.class)),
        "Archived board messages (SmsMessageBoard.archivedMessages)",
        r -> result(sms.archivedMessages(r.session())));
    add("POST", "/messages/read-confirmation", s, Body.none(), Body.json(Bodies.DecisionAnswer.class),
        "Confirm the messages read (SmsMessageBoard.confirmMessagesRead)",
        r -> decision(sms.confirmMessagesRead(r.session())));
    add("GET", "/licence", s, Body.none(), Body.result(Licence.class),
        "Licence summary (SmsLicenceServices.licenceSummary)",
        r -> result(sms.licenceSummary(r.session())));
    add("POST", "/licence/allocation-renewals", s,
        Body.json(AllocationRequest.class), Body.result(CaseworkRequest.class),
        "Request an allocation renewal",
        r -> result(sms.requestAllocationRenewal(r.session(), r.body(AllocationRequest.class))));
    add("POST", "/licence/allocation-increases", s,
        Body.json(AllocationRequest.class), Body.result(CaseworkRequest.class),
        "Request an allocation increase",
        r -> result(sms.requestAllocationIncrease(r.session(), r.body(AllocationRequest.class))));
    add("POST", "/licence/defined-cos-applications", s,
        Body.json(DefinedCosApplication.class), Body.result(CaseworkRequest.class),
        "Apply for a defined CoS",
        r -> result(sms.applyForDefinedCos(r.session(), r.body(DefinedCosApplication.class))));
    add("POST", "/licence/changes-of-circumstances", s,
        Body.json(CircumstanceChange.class), Body.result(CaseworkRequest.class),
        "Request a change of circumstances",
        r -> result(sms.requestChangeOfCircumstances(r.session(), r.body(CircumstanceChange.class))));
    add("POST", "/certificates", s, Body.json(CertificateDraft.class), Body.result(Certificate.class),
        "Create a certificate (SmsCertificates.create)",
        r -> result(sms.create(r.session(), r.body(CertificateDraft.class))));
    add("POST", "/certificates/batch", s, Body.json(Body.listOf(CertificateDraft.class)), EACH_CERTIFICATE,
        "Create certificates, one answer each (SmsCertificates.createAll)",
        r -> Answer.ok(sms.createAll(r.session(), r.body(DRAFTS))));
    add("POST", "/certificates/batch-assignment", s, Body.json(Body.listOf(String.class)), EACH_CERTIFICATE,
        "Assign certificates, one answer each (assignAll)",
        r -> Answer.ok(sms.assignAll(r.session(), r.body(NUMBERS).stream().map(Api::number)
            .collect(Collectors.toList()))));
    add("POST", "/certificates/search", s,
        Body.json(CertificateSearch.class), Body.result(Body.listOf(Certificate.class)),
        "Search certificates (SmsCertificates.search)",
        r -> result(sms.search(r.session(), r.body(CertificateSearch.class))));
    add("GET", "/certificates/{number}", s, Body.none(), Body.result(Certificate.class),
        "View a certificate (SmsCertificates.view)",
        r -> result(sms.view(r.session(), number(r))));
    add("PUT", "/certificates/{number}", s, Body.json(CertificateDraft.class), Body.result(Certificate.class),
        "Edit a saved certificate (SmsCertificates.update)",
        r -> result(sms.update(r.session(), number(r), r.body(CertificateDraft.class))));
    add("POST", "/certificates/{number}/assignment", s, Body.none(), Body.result(Certificate.class),
        "Assign a certificate (SmsCertificates.assign)",
        r -> result(sms.assign(r.session(), number(r))));
    add("POST", "/certificates/{number}/withdrawal", s, Body.none(), Body.result(Certificate.class),
        "Withdraw a certificate (SmsCertificates.withdraw)",
        r -> result(sms.withdraw(r.session(), number(r))));
    add("POST", "/certificates/{number}/transfer", s, Body.json(TransferBody.class), Body.result(Certificate.class),
        "Transfer ownership (SmsCertificates.transferOwnership)",
        r -> result(sms.transferOwnership(r.session(), number(r),
            required(r.body(TransferBody.class).newOwner(), "newOwner"))));
    add("POST", "/certificates/{number}/notes", s, Body.json(NoteBody.class), Body.result(Certificate.class),
        "Add a sponsor note (SmsCertificates.addSponsorNote)",
        r -> result(sms.addSponsorNote(r.session(), number(r),
            required(r.body(NoteBody.class).text(), "text"))));
    add("POST", "/reports", s, Body.json(ReportableEvent.class), Body.result(ActivityReport.class),
        "Report activity (SmsReporting.reportActivity)",
        r -> result(sms.reportActivity(r.session(), r.body(ReportableEvent.class))));
    add("POST", "/bdt-uploads", s, Body.bytes("application/xml"), Body.result(BulkUpload.class),
        "Upload a BDT XML file, raw bytes (SmsBulkData.uploadBdt)", r -> {
      byte[] file = r.bytes();
      if (file.length == 0) {
        throw new HttpProblem(400, "empty-body", "Empty body", "send the BDT XML file as the request body");
      }
      return result(sms.uploadBdt(r.session(), file));
    });
    add("GET", "/bdt-uploads/{reference}", s, Body.none(), Body.result(BulkUpload.class),
        "Results of a BDT upload (SmsBulkData.bulkUploadResults)",
        r -> result(sms.bulkUploadResults(r.session(), r.param("reference"))));
  }

  // ---------------------------------------------------------------- the functions of issue 11 (the port's newer areas)

  private void functions() {
    Side s = Side.SPONSOR;
    // SmsLicenceApplications (Manual 3)
    add("POST", "/licence/renewal-applications", s, Body.none(), Body.result(CaseworkRequest.class),
        "Apply to renew the licence "
        + "(SmsLicenceApplications.applyForLicenceRenewal)", r -> result(sms.applyForLicenceRenewal(r.session())));
    add("POST", "/licence/premium-applications", s, Body.none(), Body.result(CaseworkRequest.class),
        "Apply for the Premium customer service "
        + "(SmsLicenceApplications.applyForPremiumService)", r -> result(sms.applyForPremiumService(r.session())));
    add("POST", "/licence/premium-renewals", s, Body.none(), Body.result(CaseworkRequest.class),
        "Renew the Premium customer service "
        + "(SmsLicenceApplications.renewPremiumService)", r -> result(sms.renewPremiumService(r.session())));
    add("GET", "/licence/premium-contacts", s, Body.none(), Body.result(Body.listOf(PremiumContact.class)),
        "The Premium account managers "
        + "(SmsLicenceApplications.premiumContacts)", r -> result(sms.premiumContacts(r.session())));
    add("POST", "/licence/student-sponsor-applications", s, Body.none(), Body.result(CaseworkRequest.class),
        "Apply for Student Sponsor status "
        + "(SmsLicenceApplications.applyForStudentSponsorStatus)",
        r -> result(sms.applyForStudentSponsorStatus(r.session())));
    add("GET", "/licence/action-plans", s, Body.none(), Body.result(Body.listOf(ActionPlanNotice.class)),
        "The licence's action plans (SmsLicenceApplications.actionPlans)",
        r -> result(sms.actionPlans(r.session())));
    add("POST", "/licence/action-plans/{reference}/payment", s, Body.none(), Body.result(ActionPlanNotice.class),
        "Pay for an action plan "
        + "(SmsLicenceApplications.payActionPlan)", r -> result(sms.payActionPlan(r.session(), r.param("reference"))));
    add("POST", "/licence/action-plans/{reference}/decline", s, Body.none(), Body.result(ActionPlanNotice.class),
        "Decline an action plan "
        + "(SmsLicenceApplications.declineActionPlan)",
        r -> result(sms.declineActionPlan(r.session(), r.param("reference"))));
    // SmsRequestTracking (Manuals 2 and 12)
    add("GET", "/requests", s, Body.none(), Body.result(Body.listOf(CaseworkRequest.class)),
        "Recent and outstanding requests, newest first (SmsRequestTracking.requests)",
        r -> result(sms.requests(r.session())));
    add("POST", "/requests/{reference}/withdrawal", s, Body.none(), Body.result(CaseworkRequest.class),
        "Withdraw an outstanding request "
        + "(SmsRequestTracking.withdrawRequest)", r -> result(sms.withdrawRequest(r.session(), r.param("reference"))));
    add("GET", "/licence/defined-cos-applications", s, Body.none(), Body.result(Body.listOf(CaseworkRequest.class)),
        "Defined CoS applications "
        + "(SmsRequestTracking.definedCosApplications)", r -> result(sms.definedCosApplications(r.session())));
    // SmsKeyPersonnel (Manual 2)
    add("POST", "/key-personnel/changes", s, Body.json(KeyPersonnelChange.class), Body.result(CaseworkRequest.class),
        "Request a key personnel change "
        + "(SmsKeyPersonnel.requestKeyPersonnelChange)",
        r -> result(sms.requestKeyPersonnelChange(r.session(), r.body(KeyPersonnelChange.class))));
    add("GET", "/organisation", s, Body.none(), Body.result(Body.optionalOf(OrganisationDetails.class)),
        "The organisation details the SMS holds, value absent when none "
        + "(SmsKeyPersonnel.organisationDetails)", r -> result(sms.organisationDetails(r.session())));
    add("POST", "/organisation/changes", s, Body.json(OrganisationDetails.class), Body.result(CaseworkRequest.class),
        "Request a change of organisation details "
        + "(SmsKeyPersonnel.requestOrganisationChange)",
        r -> result(sms.requestOrganisationChange(r.session(), r.body(OrganisationDetails.class))));
    add("GET", "/paye-references", s, Body.none(), Body.result(Body.listOf(PayeReferenceEntry.class)),
        "The licence's PAYE references (SmsKeyPersonnel.payeReferences)",
        r -> result(sms.payeReferences(r.session())));
    add("POST", "/paye-references", s, Body.json(PayeBody.class), Body.result(PayeReferenceEntry.class),
        "Add a PAYE reference (SmsKeyPersonnel.addPayeReference)",
        r -> result(sms.addPayeReference(r.session(), required(r.body(PayeBody.class).reference(), "reference"))));
    add("DELETE", "/paye-references/{reference}", s, Body.none(), Body.result(PayeReferenceEntry.class),
        "Delete a PAYE reference, its '/' sent as %2F "
        + "(SmsKeyPersonnel.deletePayeReference)", r -> result(sms.deletePayeReference(r.session(),
            io.github.sponsorsdk.sms.core.job.PayeReference.of(r.param("reference")))));
    // SmsCertificateDrafts (Manuals 4, 5, 6, 8, 10)
    add("DELETE", "/certificates/{number}", s, Body.none(), Body.result(Certificate.class),
        "Delete an unassigned certificate (SmsCertificateDrafts.delete)",
        r -> result(sms.delete(r.session(), number(r))));
    add("GET", "/certificates/{number}/print", s, Body.none(), Body.result(CertificatePrint.class),
        "A certificate's printable form (SmsCertificateDrafts.print)",
        r -> result(sms.print(r.session(), number(r))));
    add("POST", "/certificates/fee-updates", s, Body.json(Body.listOf(CasFeeUpdate.class)), EACH_CERTIFICATE,
        "Update CAS fees, one answer per line "
        + "(SmsCertificateDrafts.updateFees)", r -> Answer.ok(sms.updateFees(r.session(), r.body(FEES))));
  }

  // ---------------------------------------------------------------- batches, exports and groups (issue 11, 0660)

  private void certificateSets() {
    Side s = Side.SPONSOR;
    // SmsCertificateBatches (Manuals 4, 6, 8, 10)
    add("POST", "/certificate-batches", s, Body.json(BatchBody.class), Body.result(CertificateBatch.class),
        "Create an empty batch of CoS or CAS (SmsCertificateBatches.createBatch)",
        r -> {
          BatchBody b = r.body(BatchBody.class);
          return result(sms.createBatch(r.session(), required(b.name(), "name"), required(b.kind(), "kind")));
        });
    add("GET", "/certificate-batches", s, Body.none(), Body.result(Body.listOf(CertificateBatch.class)),
        "The batches the user may see, oldest first "
        + "(SmsCertificateBatches.batches)", r -> result(sms.batches(r.session())));
    add("GET", "/certificate-batches/{reference}", s, Body.none(), Body.result(CertificateBatch.class),
        "One batch (SmsCertificateBatches.batch)",
        r -> result(sms.batch(r.session(), r.param("reference"))));
    add("POST", "/certificate-batches/{reference}/additions", s,
        Body.json(Body.listOf(String.class)), Body.result(BatchOutcome.class),
        "Add saved certificates to a batch, one outcome "
        + "each (SmsCertificateBatches.addToBatch)",
        r -> result(sms.addToBatch(r.session(), r.param("reference"), numbers(r))));
    add("POST", "/certificate-batches/{reference}/removals", s,
        Body.json(Body.listOf(String.class)), Body.result(BatchOutcome.class),
        "Remove certificates from a batch, one outcome each "
        + "(SmsCertificateBatches.removeFromBatch)",
        r -> result(sms.removeFromBatch(r.session(), r.param("reference"), numbers(r))));
    add("POST", "/certificate-batches/{reference}/assignment", s, Body.none(), Body.result(BatchOutcome.class),
        "Assign a batch's saved certificates, one "
        + "outcome each (SmsCertificateBatches.assignBatch)",
        r -> result(sms.assignBatch(r.session(), r.param("reference"))));
    add("GET", "/certificate-batches/{reference}/export", s, Body.none(), Body.result(CertificateExport.class),
        "Export a batch's certificates as a table "
        + "(SmsCertificateBatches.exportBatch)", r -> result(sms.exportBatch(r.session(), r.param("reference"))));
    add("POST", "/certificate-exports", s, Body.json(Body.listOf(String.class)), Body.result(CertificateExport.class),
        "Export certificates as a table (SmsCertificateBatches.export)",
        r -> result(sms.export(r.session(), numbers(r))));
    // SmsCreativeWorkerGroups (Manual 11)
    add("POST", "/creative-worker-groups", s, Body.json(GroupBody.class), Body.result(CreativeWorkerGroup.class),
        "Create an empty group of Creative Worker CoS "
        + "(SmsCreativeWorkerGroups.createGroup)",
        r -> result(sms.createGroup(r.session(), required(r.body(GroupBody.class).name(), "name"))));
    add("GET", "/creative-worker-groups", s, Body.none(), Body.result(Body.listOf(CreativeWorkerGroup.class)),
        "The groups the user may see, oldest first "
        + "(SmsCreativeWorkerGroups.groups)", r -> result(sms.groups(r.session())));
    add("POST", "/creative-worker-groups/{reference}/additions", s,
        Body.json(Body.listOf(String.class)), Body.result(GroupOutcome.class),
        "Add Creative Worker CoS to a group, one "
        + "outcome each (SmsCreativeWorkerGroups.addToGroup)",
        r -> result(sms.addToGroup(r.session(), r.param("reference"), numbers(r))));
    add("POST", "/creative-worker-groups/{reference}/removals", s,
        Body.json(Body.listOf(String.class)), Body.result(GroupOutcome.class),
        "Remove CoS from a group, one outcome each "
        + "(SmsCreativeWorkerGroups.removeFromGroup)",
        r -> result(sms.removeFromGroup(r.session(), r.param("reference"), numbers(r))));
  }

  /** The body as a JSON array of certificate numbers (a {@code null} element is a 400, as a missing field). */
  private static List<CertificateNumber> numbers(Request r) throws java.io.IOException {
    List<String> texts = required(r.body(NUMBERS), "numbers");
    List<CertificateNumber> numbers = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      numbers.add(number(required(texts.get(i), "[" + i + "]")));
    }
    return numbers;
  }

  // ---------------------------------------------------------------- Sponsor UK (the successor's port)

  private void sponsorUk() {
    Side s = Side.SPONSOR;
    InMemorySponsorUk uk = sms.sponsorUk();
    add("POST", "/sponsor-uk/submissions", s, Body.json(SubmissionDraft.class), Body.result(Submission.class),
        "Make a draft submission (SponsorUkSubmissions.createSubmission)",
        r -> result(uk.createSubmission(r.session(), r.body(SubmissionDraft.class))));
    add("GET", "/sponsor-uk/submissions", s, Body.none(), Body.result(Body.listOf(Submission.class)),
        "Every submission of the licence (SponsorUkSubmissions.submissions)",
        r -> result(uk.submissions(r.session())));
    add("GET", "/sponsor-uk/submissions/{reference}", s, Body.none(), Body.result(Submission.class),
        "One submission (SponsorUkSubmissions.submission)",
        r -> result(uk.submission(r.session(), reference(r))));
    add("PUT", "/sponsor-uk/submissions/{reference}", s,
        Body.json(SubmissionDraft.class), Body.result(Submission.class),
        "Edit a submission (SponsorUkSubmissions.editSubmission)",
        r -> result(uk.editSubmission(r.session(), reference(r), r.body(SubmissionDraft.class))));
    add("POST", "/sponsor-uk/submissions/{reference}/submission", s, Body.none(), Body.result(Submission.class),
        "Send a draft to the Home Office (SponsorUkSubmissions.submit)",
        r -> result(uk.submit(r.session(), reference(r))));
    add("POST", "/sponsor-uk/submissions/{reference}/evidence", s,
        Body.json(EvidenceDocument.class), Body.result(EvidenceMetadata.class),
        "Upload an evidence document (SponsorUkSubmissions.uploadEvidence)",
        r -> result(uk.uploadEvidence(r.session(), reference(r), r.body(EvidenceDocument.class))));
    add("POST", "/sponsor-uk/submissions/{reference}/evidence-response", s, Body.none(), Body.result(Submission.class),
        "Return a submission whose evidence was requested (SponsorUkSubmissions.respondToEvidenceRequest)",
        r -> result(uk.respondToEvidenceRequest(r.session(), reference(r))));
    add("POST", "/sponsor-uk/submissions/{reference}/withdrawal", s, Body.none(), Body.result(Submission.class),
        "Withdraw a submission (SponsorUkSubmissions.withdrawSubmission)",
        r -> result(uk.withdrawSubmission(r.session(), reference(r))));
    add("POST", "/sponsor-uk/submissions/{reference}/payment", s, Body.none(), Body.result(Submission.class),
        "Pay for an approved submission (SponsorUkSubmissions.pay)", r -> result(uk.pay(r.session(), reference(r))));
    add("POST", "/sponsor-uk/submissions/{reference}/edit-requests", s,
        Body.json(SubmissionDraft.class), Body.result(Submission.class),
        "Ask to change a submission whose SRN is issued (SponsorUkSubmissions.requestEdit)",
        r -> result(uk.requestEdit(r.session(), reference(r), r.body(SubmissionDraft.class))));
    add("GET", "/sponsor-uk/licence", s, Body.none(), Body.result(Licence.class), "Organisation and licence details "
        + "(SponsorUkSubmissions.organisationAndLicence)", r -> result(uk.organisationAndLicence(r.session())));
  }

  private static SubmissionReference reference(Request r) {
    return SubmissionReference.of(r.param("reference"));
  }

  // ---------------------------------------------------------------- Home Office side

  private void homeOffice() {
    Side h = Side.HOME_OFFICE;
    add("POST", "/home-office/licences", h, Body.json(GrantBody.class), Body.created(Bodies.GrantAnswer.class),
        "Grant a licence and its first Level 1 user", r -> {
      GrantBody b = r.body(GrantBody.class);
      List<KeyPersonnelRole> roles = b.roles() == null ? List.of() : b.roles();
      SmsUserId id = sms.homeOffice().grantLicence(required(b.licence(), "licence"),
          required(b.firstUser(), "firstUser"), roles.toArray(new KeyPersonnelRole[0]));
      return Answer.json(201, new Bodies.GrantAnswer(id));
    });
    add("PUT", "/home-office/licences/{number}/status", h, Body.json(StatusBody.class), Body.json(Licence.class),
        "Set a licence's status", r -> {
      sms.homeOffice().setLicenceStatus(licence(r), required(r.body(StatusBody.class).status(), "status"));
      return Answer.ok(licenceOf(licence(r)));
    });
    add("PUT", "/home-office/licences/{number}/ratings", h, Body.json(RatingBody.class), Body.json(Licence.class),
        "Rate a licence's route category", r -> {
      RatingBody b = r.body(RatingBody.class);
      sms.homeOffice().rate(licence(r), required(b.category(), "category"), required(b.rating(), "rating"));
      return Answer.ok(licenceOf(licence(r)));
    });
    add("POST", "/home-office/messages", h, Body.json(BoardMessage.class), Body.noContent(),
        "Post a board message", r -> {
      sms.homeOffice().postMessage(r.body(BoardMessage.class));
      return Answer.noContent();
    });
    add("POST", "/home-office/users/{userId}/deactivation", h, Body.none(), Body.json(SmsUser.class),
        "Deactivate a user (by UK V&I)", r -> {
      sms.homeOffice().deactivateUser(SmsUserId.of(r.param("userId")));
      return Answer.ok(sms.user(SmsUserId.of(r.param("userId"))).orElseThrow());
    });
    add("GET", "/home-office/casework", h, Body.none(), Body.json(Body.listOf(CaseworkRecord.class)),
        "Pending casework", r -> Answer.ok(sms.homeOffice().pendingCasework()));
    add("POST", "/home-office/casework/{reference}/approval", h, Body.none(), Body.json(CaseworkRequest.class),
        "Approve a casework request",
        r -> Answer.ok(sms.homeOffice().approve(casework(r))));
    add("POST", "/home-office/casework/{reference}/refusal", h,
        Body.optionalJson(RefusalBody.class), Body.json(CaseworkRequest.class),
        "Refuse a casework request; an optional body "
        + "{\"reason\": ...} is written to the Authorising Officer", r -> {
          String reference = casework(r);
          if (r.bytes().length == 0) {
            return Answer.ok(sms.homeOffice().refuse(reference));
          }
          return Answer.ok(sms.homeOffice().refuse(reference, required(r.body(RefusalBody.class).reason(), "reason")));
        });
    add("POST", "/home-office/casework/{reference}/rejection", h, Body.none(), Body.json(CaseworkRequest.class),
        "Reject a casework request (not considered)",
        r -> Answer.ok(sms.homeOffice().reject(casework(r))));
    add("POST", "/home-office/casework/{reference}/licence-renewal-approval", h,
        Body.json(RenewalApprovalBody.class), Body.json(CaseworkRequest.class),
        "Grant a licence renewal "
        + "application with the new expiry date", r -> Answer.ok(sms.homeOffice().approveLicenceRenewal(casework(r),
            required(r.body(RenewalApprovalBody.class).newExpiry(), "newExpiry"))));
    add("POST", "/home-office/casework/{reference}/student-sponsor-status-approval", h,
        Body.json(StudentStatusApprovalBody.class), Body.json(CaseworkRequest.class),
        "Grant a Student Sponsor "
        + "status application with the day the status ends", r -> Answer.ok(sms.homeOffice()
            .approveStudentSponsorStatus(casework(r),
                required(r.body(StudentStatusApprovalBody.class).endDate(), "endDate"))));
    add("POST", "/home-office/licences/{number}/action-plans", h,
        Body.json(ActionPlanBody.class), Body.created(ActionPlanNotice.class),
        "Issue an action plan to a B-rated licence",
        r -> Answer.json(201, sms.homeOffice().issueActionPlan(existing(r),
            required(r.body(ActionPlanBody.class).nation(), "nation"))));
    add("GET", "/home-office/licences/{number}/action-plans", h,
        Body.none(), Body.json(Body.listOf(ActionPlanNotice.class)),
        "A licence's action plans",
        r -> Answer.ok(sms.homeOffice().actionPlans(existing(r))));
    add("POST", "/home-office/action-plans/{reference}/completion", h,
        Body.json(CompletionBody.class), Body.json(ActionPlanNotice.class),
        "End an action plan (the Home Office's "
        + "outcome)", r -> Answer.ok(sms.homeOffice().completeActionPlan(actionPlan(r),
            required(r.body(CompletionBody.class).outcome(), "outcome"))));
    add("PUT", "/home-office/licences/{number}/premium-contacts", h,
        Body.json(Body.listOf(PremiumContact.class)), Body.noContent(),
        "Assign a Premium licence's account managers",
        r -> {
          SponsorLicenceNumber n = existing(r);
          sms.homeOffice().assignPremiumContacts(n, r.body(CONTACTS));
          return Answer.noContent();
        });
    add("PUT", "/home-office/licences/{number}/organisation-details", h,
        Body.json(OrganisationDetails.class), Body.noContent(),
        "Record the organisation details the SMS "
        + "holds for a licence", r -> {
          sms.homeOffice().recordOrganisationDetails(existing(r), r.body(OrganisationDetails.class));
          return Answer.noContent();
        });
    add("POST", "/home-office/certificates/{number}/acts", h, Body.json(ActBody.class), Body.json(Certificate.class),
        "A Home Office act on a certificate (use, decision,"
        + " cancel ...)", r -> Answer.ok(sms.homeOffice().certificateAct(number(r),
            required(r.body(ActBody.class).action(), "action"))));
  }

  // ---------------------------------------------------------------- inspection and control

  private void control() {
    Side c = Side.CONTROL;
    add("GET", "/control/licences", c, Body.none(), Body.json(Body.listOf(Licence.class)),
        "Every licence", r -> Answer.ok(sms.licences()));
    add("GET", "/control/licences/{number}", c, Body.none(), Body.json(Licence.class),
        "One licence", r -> Answer.ok(licenceOf(licence(r))));
    add("GET", "/control/licences/{number}/users", c, Body.none(), Body.json(Body.listOf(SmsUser.class)),
        "The users of a licence",
        r -> Answer.ok(sms.users(existing(r))));
    add("GET", "/control/licences/{number}/certificates", c, Body.none(), Body.json(Body.listOf(Certificate.class)),
        "The certificates of a licence",
        r -> Answer.ok(sms.certificates(existing(r))));
    add("GET", "/control/licences/{number}/duties", c, Body.none(), Body.json(Body.listOf(Duty.class)),
        "The reporting duties of a licence, with due dates",
        r -> Answer.ok(sms.duties(existing(r))));
    add("GET", "/control/licences/{number}/last-log-in", c, Body.none(), Body.json(Bodies.LastLogInAnswer.class),
        "The day of the licence's last log-in (monthly "
        + "access), lastLogIn absent when none",
        r -> Answer.ok(new Bodies.LastLogInAnswer(sms.lastLogIn(existing(r)))));
    add("POST", "/control/licences/{number}/occurrences", c,
        Body.json(OccurrenceBody.class), Body.created(Bodies.OccurrenceAnswer.class),
        "Declare a reportable event (host-system side)", r -> {
      OccurrenceBody b = r.body(OccurrenceBody.class);
      String id = sms.recordOccurrence(existing(r), required(b.event(), "event"), required(b.nation(), "nation"));
      return Answer.json(201, new Bodies.OccurrenceAnswer(id));
    });
    add("GET", "/control/reports", c, Body.none(), Body.json(Body.listOf(ReportRecord.class)),
        "Activity reports filed", r -> Answer.ok(sms.reports()));
    add("GET", "/control/outbox", c, Body.none(), Body.json(Body.listOf(Bodies.OutboxEntry.class)),
        "Emails sent, with the passwords they carry", r -> Answer.ok(outbox()));
    add("GET", "/control/audit", c, Body.none(), Body.json(Body.listOf(AuditEntry.class)),
        "The audit trail", r -> Answer.ok(sms.auditTrail().entries()));
    add("GET", "/control/events", c, Body.none(), Body.json(Body.listOf(SmsEvent.class)),
        "Events after ?after=N; waits up to ?waitMs= for one (long poll)", r -> {
      long after = r.queryLong("after", 0);
      long wait = Math.min(Math.max(r.queryLong("waitMs", 0), 0), EventFeed.MAX_WAIT_MS);
      List<SmsEvent> list = events.after(after, wait);
      return Answer.ok(list);
    });
    add("GET", "/control/calls", c, Body.none(), Body.json(Body.listOf(CallRecord.class)),
        "The call journal", r -> Answer.ok(sms.calls()));
    add("GET", "/control/clock", c, Body.none(), Body.json(Bodies.ClockAnswer.class),
        "The SMS's time", r -> Answer.ok(clock()));
    add("POST", "/control/clock/advance", c, Body.json(AdvanceBody.class), Body.json(Bodies.ClockAnswer.class),
        "Move time forward (by a duration, to a day or to an instant)", r -> {
      AdvanceBody b = r.body(AdvanceBody.class);
      int given = (b.by() == null ? 0 : 1) + (b.toDay() == null ? 0 : 1) + (b.toInstant() == null ? 0 : 1);
      if (given != 1) {
        throw new HttpProblem(400, "bad-request", "Bad request", "give exactly one of 'by', 'toDay', 'toInstant'");
      }
      if (b.by() != null) {
        if (b.by().isNegative()) {
          throw new HttpProblem(400, "bad-request", "Bad request", "'by' must not be negative: time only moves on");
        }
        sms.clock().advance(b.by());
      } else if (b.toDay() != null) {
        sms.clock().advanceTo(b.toDay());
      } else {
        sms.clock().advanceTo(b.toInstant());
      }
      return Answer.ok(clock());
    });
    add("GET", "/control/snapshot", c, Body.none(), Body.json(SmsSnapshot.class),
        "The whole state as JSON (emails without passwords)",
        r -> Answer.raw(200, "application/json", sms.snapshotJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    add("PUT", "/control/snapshot", c, Body.json(SmsSnapshot.class), Body.noContent(),
        "Restore a snapshot (checked as a whole first)", r -> {
      sms.restoreJson(new String(r.bytes(), java.nio.charset.StandardCharsets.UTF_8));
      return Answer.noContent();
    });
    add("POST", "/control/faults", c, Body.json(FaultBody.class), Body.noContent(),
        "Inject a fault (fail or delay the next call, or a fraction of calls)", r -> {
      FaultBody b = r.body(FaultBody.class);
      switch (required(b.kind(), "kind")) {
        case FAIL_NEXT_CALL:
          if (b.operation() == null) {
            sms.faults().failNextCall();
          } else {
            sms.faults().failNextCall(b.operation());
          }
          break;
        case DELAY_NEXT_CALL:
          sms.faults().delayNextCall(required(b.operation(), "operation"), required(b.delay(), "delay"));
          break;
        case FAIL_FRACTION:
          sms.faults().failFraction(required(b.rate(), "rate"));
          break;
        default:
          sms.faults().slowFraction(required(b.rate(), "rate"), required(b.delay(), "delay"));
          break;
      }
      return Answer.noContent();
    });
    add("DELETE", "/control/faults", c, Body.none(), Body.noContent(), "Clear every planned fault", r -> {
      sms.faults().reset(sms.seed());
      return Answer.noContent();
    });
    add("POST", "/control/reset", c, Body.none(), Body.noContent(),
        "Empty everything (state, outbox, events, journal, faults)", r -> {
      sms.reset();
      return Answer.noContent();
    });
    add("POST", "/control/scenarios/sponsors", c, Body.json(SponsorBody.class), Body.created(SponsorGrant.class),
        "Grant a ready scenario sponsor (Scenarios); body: kind "
        + "SKILLED_WORKER, STUDENT or EMPTY, and optionally licenceNumber, allocation, route with rating, expiresOn, "
        + "firstUser with roles", r -> {
      SponsorBody b = r.body(SponsorBody.class);
      SponsorScenario scenario = scenario(b);
      var sponsor = scenario.grant(sms);
      return Answer.json(201, new SponsorGrant(sponsor.licenceNumber().value(), sponsor.level1(),
          sponsor.initialPassword(), sms.user(sponsor.level1()).orElseThrow().profile().email()));
    });
  }

  private static SponsorScenario scenario(SponsorBody b) {
    Bodies.SponsorKind kind = required(b.kind(), "kind");
    SponsorScenario scenario = kind == Bodies.SponsorKind.STUDENT ? Scenarios.studentSponsor()
        : kind == Bodies.SponsorKind.EMPTY ? Scenarios.sponsor() : Scenarios.skilledWorkerSponsor();
    if (b.licenceNumber() != null) {
      scenario.licenceNumber(b.licenceNumber());
    }
    if ((b.route() == null) != (b.rating() == null)) {
      throw new HttpProblem(400, "bad-request", "Bad request", "give 'route' and 'rating' together");
    }
    if (b.route() != null) {
      scenario.route(b.route(), b.rating());
    }
    if (b.allocation() != null) {
      Route route = b.route() != null ? b.route() : kind == Bodies.SponsorKind.STUDENT ? Route.STUDENT
          : kind == Bodies.SponsorKind.SKILLED_WORKER ? Route.SKILLED_WORKER : null;
      if (route == null) {
        throw new HttpProblem(400, "bad-request", "Bad request", "an EMPTY sponsor's 'allocation' needs a 'route'");
      }
      if (b.allocation() < 0) {
        throw new HttpProblem(400, "bad-request", "Bad request", "'allocation' must not be negative");
      }
      scenario.allocation(route, b.allocation());
    }
    if (b.expiresOn() != null) {
      scenario.expiresOn(b.expiresOn());
    }
    if (b.roles() != null && b.firstUser() == null) {
      throw new HttpProblem(400, "bad-request", "Bad request", "'roles' go with a 'firstUser'");
    }
    if (b.firstUser() != null) {
      List<KeyPersonnelRole> roles = b.roles() == null ? List.of() : b.roles();
      scenario.firstUser(b.firstUser(), roles.toArray(new KeyPersonnelRole[0]));
    }
    return scenario;
  }

  /** The casework reference of the path, which must name a request: an unknown one is a 404 (before any change). */
  private String casework(Request r) {
    String reference = r.param("reference");
    if (sms.casework().stream().noneMatch(c -> c.request().reference().equals(reference))) {
      throw new NoSuchElementException("no casework " + reference);
    }
    return reference;
  }

  /** The action plan reference of the path, which must name a plan: an unknown one is a 404 (before any change). */
  private String actionPlan(Request r) {
    String reference = r.param("reference");
    if (sms.licences().stream().flatMap(l -> sms.homeOffice().actionPlans(l.number()).stream())
        .noneMatch(p -> p.reference().equals(reference))) {
      throw new NoSuchElementException("no action plan " + reference);
    }
    return reference;
  }

  /** The checked-in OpenAPI document (a test holds it equal to the route table, both ways). */
  private static byte[] openApi() throws java.io.IOException {
    try (java.io.InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  private Bodies.ClockAnswer clock() {
    return new Bodies.ClockAnswer(sms.clock().instant(), sms.clock().today());
  }

  private List<Bodies.OutboxEntry> outbox() {
    return sms.outbox().all().stream().map(Bodies.OutboxEntry::of).collect(Collectors.toList());
  }

  /** A CAS number when it has the CAS form (CasNumber.PATTERN), a CoS number otherwise (CertificateNumber.of). */
  private static CertificateNumber number(Request r) {
    return number(r.param("number"));
  }

  private static CertificateNumber number(String text) {
    return CertificateNumber.of(text);
  }

  private static SponsorLicenceNumber licence(Request r) {
    return SponsorLicenceNumber.of(r.param("number"));
  }

  private SponsorLicenceNumber existing(Request r) {
    return licenceOf(licence(r)).number();
  }

  private Licence licenceOf(SponsorLicenceNumber n) {
    return sms.licence(n).orElseThrow(() -> new NoSuchElementException("no licence " + n.value()));
  }

  // ---------------------------------------------------------------- answers

  private static Answer result(SmsResult<?> result) {
    return result.isAllowed() ? Answer.ok(result) : refused(result.decision());
  }

  private static Answer decision(Decision decision) {
    return decision.isAllowed() ? Answer.ok(new Bodies.DecisionAnswer(decision)) : refused(decision);
  }

  /** A refusal: 401 for log-in and session answers, 403 for permission, 404 for "not found", 422 otherwise. */
  static Answer refused(Decision decision) {
    throw new HttpProblem(statusOf(decision), "refused", "Refused by the SMS",
        decision.refusals().stream().map(Reason::message).collect(Collectors.joining(" ")),
        Map.of("codes", decision.codes(), "decision", decision));
  }

  static int statusOf(Decision decision) {
    List<String> codes = decision.refusals().stream().map(Reason::code).collect(Collectors.toList());
    if (codes.stream().anyMatch(x -> x.startsWith("login.") || x.startsWith("session.")
        || x.equals("testkit.NO_SESSION") || x.equals("testkit.PASSWORD_CHANGE_REQUIRED"))) {
      return 401;
    }
    if (codes.stream().anyMatch(x -> x.startsWith("permission."))) {
      return 403;
    }
    if (codes.stream().anyMatch(x -> x.endsWith("NOT_FOUND") || x.startsWith("testkit.NO_SUCH_"))) {
      return 404;
    }
    return 422;
  }
}
