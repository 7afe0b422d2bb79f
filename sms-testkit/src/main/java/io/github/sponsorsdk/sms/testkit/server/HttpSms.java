package io.github.sponsorsdk.sms.testkit.server;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.evidence.EvidenceDocument;
import io.github.sponsorsdk.sms.core.evidence.EvidenceMetadata;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.identifier.SubmissionReference;
import io.github.sponsorsdk.sms.core.job.PayeReference;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.port.ActionPlanNotice;
import io.github.sponsorsdk.sms.core.port.ActivityReport;
import io.github.sponsorsdk.sms.core.port.AllocationRequest;
import io.github.sponsorsdk.sms.core.port.BatchOutcome;
import io.github.sponsorsdk.sms.core.port.CertificateBatch;
import io.github.sponsorsdk.sms.core.port.CertificateExport;
import io.github.sponsorsdk.sms.core.port.CreativeWorkerGroup;
import io.github.sponsorsdk.sms.core.port.GroupOutcome;
import io.github.sponsorsdk.sms.core.port.SmsCertificateBatches;
import io.github.sponsorsdk.sms.core.port.SmsCreativeWorkerGroups;
import io.github.sponsorsdk.sms.core.port.BulkUpload;
import io.github.sponsorsdk.sms.core.port.CasFeeUpdate;
import io.github.sponsorsdk.sms.core.port.CaseworkRequest;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.CertificatePrint;
import io.github.sponsorsdk.sms.core.port.CertificateSearch;
import io.github.sponsorsdk.sms.core.port.CircumstanceChange;
import io.github.sponsorsdk.sms.core.port.DefinedCosApplication;
import io.github.sponsorsdk.sms.core.port.KeyPersonnelChange;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.OrganisationDetails;
import io.github.sponsorsdk.sms.core.port.PayeReferenceEntry;
import io.github.sponsorsdk.sms.core.port.PremiumContact;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsAccess;
import io.github.sponsorsdk.sms.core.port.SmsBulkData;
import io.github.sponsorsdk.sms.core.port.SmsCertificateDrafts;
import io.github.sponsorsdk.sms.core.port.SmsCertificates;
import io.github.sponsorsdk.sms.core.port.SmsKeyPersonnel;
import io.github.sponsorsdk.sms.core.port.SmsLicenceApplications;
import io.github.sponsorsdk.sms.core.port.SmsLicenceServices;
import io.github.sponsorsdk.sms.core.port.SmsMessageBoard;
import io.github.sponsorsdk.sms.core.port.SmsReporting;
import io.github.sponsorsdk.sms.core.port.SmsRequestTracking;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.port.SmsUnavailableException;
import io.github.sponsorsdk.sms.core.port.SmsUserManagement;
import io.github.sponsorsdk.sms.core.port.SponsorUkSubmissions;
import io.github.sponsorsdk.sms.core.port.SubmissionDraft;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.submission.Submission;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SMS port over HTTP: every sponsor-side interface of {@code io.github.sponsorsdk.sms.core.port}, answered by a
 * {@link SmsServer} (in this JVM or another process). A JVM suite codes against the port and runs the same tests
 * against the in-process {@code InMemorySms} and against the server; the contract tests of
 * {@code io.github.sponsorsdk.sms.testkit.contract} run against both in this project's build.
 *
 * <pre>{@code
 * try (SmsServer server = SmsServer.start(sms, 0)) {
 *   HttpSms port = HttpSms.connect(server.uri());
 *   SmsResult<LogIn> in = port.logIn(userId, password);
 * }
 * }</pre>
 *
 * <p><b>Answers.</b> The server's answers map back to the port's exactly: a {@code 200} is the allowed
 * {@link SmsResult} or {@link Decision}; a refusal ({@code application/problem+json} of type
 * {@code urn:sponsorsdk:problem:refused}) is {@link SmsResult#refused} with the server's whole decision, so reason
 * codes, messages and citations are the in-process ones. A {@code 503} (an injected outage) and a connection that
 * fails are an {@link SmsUnavailableException}, as the port states for outages. A {@code 400} of type
 * {@code urn:sponsorsdk:problem:invalid-value} (input the SMS refuses at its boundary, such as an edit that changes a
 * certificate's route) is the {@link InvalidValueException} the in-process call throws, with the same violations.
 * Any other problem (another {@code 400}, a {@code 404} route, a {@code 409}) means the adapter and the server
 * disagree: it is an {@link IllegalStateException} naming the problem's type, status and detail.
 *
 * <p>Passwords are sent in the request body once and the caller's arrays are not kept. Thread-safe: one instance
 * may serve many threads (the JDK's {@link HttpClient}, HTTP/1.1, keeps connections open).
 */
public final class HttpSms implements SmsAccess, SmsUserManagement, SmsMessageBoard, SmsLicenceServices,
    SmsCertificates, SmsReporting, SmsBulkData, SmsLicenceApplications, SmsRequestTracking, SmsKeyPersonnel,
    SmsCertificateDrafts, SmsCertificateBatches, SmsCreativeWorkerGroups, SponsorUkSubmissions {

  private static final String REFUSED = "urn:sponsorsdk:problem:refused";
  private static final String INVALID_VALUE = "urn:sponsorsdk:problem:invalid-value";
  private final URI base;
  private final Duration timeout;
  private final HttpClient client;
  private final ObjectMapper mapper = SmsServer.mapper();
  private final TypeFactory types = mapper.getTypeFactory();

  private HttpSms(URI base, Duration timeout) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
  }

  /**
   * An adapter to the server at {@code base}, with a 30-second time-out per call.
   *
   * @param base the server's address, e.g. {@code http://127.0.0.1:8089/} ({@link SmsServer#uri()})
   * @return the adapter
   */
  public static HttpSms connect(URI base) {
    return connect(base, Duration.ofSeconds(30));
  }

  /**
   * An adapter to the server at {@code base}.
   *
   * @param base the server's address ({@link SmsServer#uri()})
   * @param timeout the longest a call may take (connection and answer); beyond it the call is an
   *     {@link SmsUnavailableException}
   * @return the adapter
   * @throws IllegalArgumentException when the address is not {@code http} or the time-out is not positive
   */
  public static HttpSms connect(URI base, Duration timeout) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(timeout, "timeout");
    if (!"http".equals(base.getScheme())) {
      throw new IllegalArgumentException("the server's address must be http://host:port/, was " + base);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    return new HttpSms(base, timeout);
  }

  /** @return the server's base address */
  public URI uri() {
    return base;
  }

  // ---------------------------------------------------------------- SmsAccess

  @Override
  public SmsResult<LogIn> logIn(SmsUserId userId, char[] password) {
    return result("POST", "api/session", Optional.empty(),
        body("userId", userId, "password", new String(password)), LogIn.class);
  }

  @Override
  public Decision logOut(SessionToken session) {
    return decision("DELETE", "api/session", Optional.of(session), null);
  }

  @Override
  public Decision changePassword(SessionToken session, char[] currentPassword, char[] newPassword,
      char[] confirmation) {
    return decision("POST", "api/session/password", Optional.of(session), body("currentPassword",
        new String(currentPassword), "newPassword", new String(newPassword), "confirmation",
        new String(confirmation)));
  }

  @Override
  public Decision requestPasswordReset(SmsUserId userId, String email) {
    return decision("POST", "api/password-resets", Optional.empty(), body("userId", userId, "email", email));
  }

  // ---------------------------------------------------------------- SmsUserManagement

  @Override
  public SmsResult<List<SmsUser>> users(SessionToken session) {
    return result("GET", "api/users", Optional.of(session), null, listOf(SmsUser.class));
  }

  @Override
  public SmsResult<SmsUser> requestLevel1User(SessionToken session, UserProfile profile) {
    return result("POST", "api/users/level1", Optional.of(session), profile, SmsUser.class);
  }

  @Override
  public SmsResult<SmsUser> createLevel2User(SessionToken session, UserProfile profile) {
    return result("POST", "api/users/level2", Optional.of(session), profile, SmsUser.class);
  }

  @Override
  public SmsResult<SmsUser> amendUser(SessionToken session, SmsUserId userId, UserProfile profile) {
    return result("PUT", "api/users/" + segment(userId.value()), Optional.of(session), profile, SmsUser.class);
  }

  @Override
  public SmsResult<SmsUser> deactivateUser(SessionToken session, SmsUserId userId) {
    return result("POST", "api/users/" + segment(userId.value()) + "/deactivation", Optional.of(session), null,
        SmsUser.class);
  }

  // ---------------------------------------------------------------- SmsMessageBoard

  @Override
  public SmsResult<List<BoardMessage>> activeMessages(SessionToken session) {
    return result("GET", "api/messages/active", Optional.of(session), null, listOf(BoardMessage.class));
  }

  @Override
  public SmsResult<List<BoardMessage>> archivedMessages(SessionToken session) {
    return result("GET", "api/messages/archived", Optional.of(session), null, listOf(BoardMessage.class));
  }

  @Override
  public Decision confirmMessagesRead(SessionToken session) {
    return decision("POST", "api/messages/read-confirmation", Optional.of(session), null);
  }

  // ---------------------------------------------------------------- SmsLicenceServices

  @Override
  public SmsResult<Licence> licenceSummary(SessionToken session) {
    return result("GET", "api/licence", Optional.of(session), null, Licence.class);
  }

  @Override
  public SmsResult<CaseworkRequest> requestAllocationRenewal(SessionToken session, AllocationRequest request) {
    return result("POST", "api/licence/allocation-renewals", Optional.of(session), request, CaseworkRequest.class);
  }

  @Override
  public SmsResult<CaseworkRequest> requestAllocationIncrease(SessionToken session, AllocationRequest request) {
    return result("POST", "api/licence/allocation-increases", Optional.of(session), request,
        CaseworkRequest.class);
  }

  @Override
  public SmsResult<CaseworkRequest> applyForDefinedCos(SessionToken session, DefinedCosApplication application) {
    return result("POST", "api/licence/defined-cos-applications", Optional.of(session), application,
        CaseworkRequest.class);
  }

  @Override
  public SmsResult<CaseworkRequest> requestChangeOfCircumstances(SessionToken session, CircumstanceChange change) {
    return result("POST", "api/licence/changes-of-circumstances", Optional.of(session), change,
        CaseworkRequest.class);
  }

  // ---------------------------------------------------------------- SmsCertificates

  @Override
  public SmsResult<Certificate> create(SessionToken session, CertificateDraft draft) {
    return result("POST", "api/certificates", Optional.of(session), draft, Certificate.class);
  }

  @Override
  public SmsResult<Certificate> assign(SessionToken session, CertificateNumber number) {
    return result("POST", certificate(number) + "/assignment", Optional.of(session), null, Certificate.class);
  }

  @Override
  public SmsResult<Certificate> update(SessionToken session, CertificateNumber number, CertificateDraft draft) {
    return result("PUT", certificate(number), Optional.of(session), draft, Certificate.class);
  }

  @Override
  public SmsResult<Certificate> view(SessionToken session, CertificateNumber number) {
    return result("GET", certificate(number), Optional.of(session), null, Certificate.class);
  }

  @Override
  public SmsResult<List<Certificate>> search(SessionToken session, CertificateSearch search) {
    return result("POST", "api/certificates/search", Optional.of(session), search, listOf(Certificate.class));
  }

  @Override
  public SmsResult<Certificate> withdraw(SessionToken session, CertificateNumber number) {
    return result("POST", certificate(number) + "/withdrawal", Optional.of(session), null, Certificate.class);
  }

  @Override
  public SmsResult<Certificate> transferOwnership(SessionToken session, CertificateNumber number,
      SmsUserId newOwner) {
    return result("POST", certificate(number) + "/transfer", Optional.of(session), body("newOwner", newOwner),
        Certificate.class);
  }

  @Override
  public SmsResult<Certificate> addSponsorNote(SessionToken session, CertificateNumber number, String text) {
    return result("POST", certificate(number) + "/notes", Optional.of(session), body("text", text),
        Certificate.class);
  }

  @Override
  public List<SmsResult<Certificate>> createAll(SessionToken session, List<CertificateDraft> drafts) {
    return batch("api/certificates/batch", session, drafts);
  }

  @Override
  public List<SmsResult<Certificate>> assignAll(SessionToken session, List<CertificateNumber> numbers) {
    return batch("api/certificates/batch-assignment", session, texts(numbers));
  }

  // ---------------------------------------------------------------- SmsReporting, SmsBulkData

  @Override
  public SmsResult<ActivityReport> reportActivity(SessionToken session, ReportableEvent event) {
    return result("POST", "api/reports", Optional.of(session), event, ActivityReport.class);
  }

  @Override
  public SmsResult<BulkUpload> uploadBdt(SessionToken session, byte[] file) {
    HttpResponse<byte[]> r = send("POST", "api/bdt-uploads", Optional.of(session),
        HttpRequest.BodyPublishers.ofByteArray(file.clone()), "application/xml");
    return read(r, types.constructParametricType(SmsResult.class, BulkUpload.class));
  }

  @Override
  public SmsResult<BulkUpload> bulkUploadResults(SessionToken session, String reference) {
    return result("GET", "api/bdt-uploads/" + segment(reference), Optional.of(session), null, BulkUpload.class);
  }

  // ---------------------------------------------------------------- SmsLicenceApplications

  @Override
  public SmsResult<CaseworkRequest> applyForLicenceRenewal(SessionToken session) {
    return result("POST", "api/licence/renewal-applications", Optional.of(session), null, CaseworkRequest.class);
  }

  @Override
  public SmsResult<CaseworkRequest> applyForPremiumService(SessionToken session) {
    return result("POST", "api/licence/premium-applications", Optional.of(session), null, CaseworkRequest.class);
  }

  @Override
  public SmsResult<CaseworkRequest> renewPremiumService(SessionToken session) {
    return result("POST", "api/licence/premium-renewals", Optional.of(session), null, CaseworkRequest.class);
  }

  @Override
  public SmsResult<List<PremiumContact>> premiumContacts(SessionToken session) {
    return result("GET", "api/licence/premium-contacts", Optional.of(session), null, listOf(PremiumContact.class));
  }

  @Override
  public SmsResult<CaseworkRequest> applyForStudentSponsorStatus(SessionToken session) {
    return result("POST", "api/licence/student-sponsor-applications", Optional.of(session), null,
        CaseworkRequest.class);
  }

  @Override
  public SmsResult<List<ActionPlanNotice>> actionPlans(SessionToken session) {
    return result("GET", "api/licence/action-plans", Optional.of(session), null, listOf(ActionPlanNotice.class));
  }

  @Override
  public SmsResult<ActionPlanNotice> payActionPlan(SessionToken session, String reference) {
    return result("POST", "api/licence/action-plans/" + segment(reference) + "/payment", Optional.of(session), null,
        ActionPlanNotice.class);
  }

  @Override
  public SmsResult<ActionPlanNotice> declineActionPlan(SessionToken session, String reference) {
    return result("POST", "api/licence/action-plans/" + segment(reference) + "/decline", Optional.of(session), null,
        ActionPlanNotice.class);
  }

  // ---------------------------------------------------------------- SmsRequestTracking

  @Override
  public SmsResult<List<CaseworkRequest>> requests(SessionToken session) {
    return result("GET", "api/requests", Optional.of(session), null, listOf(CaseworkRequest.class));
  }

  @Override
  public SmsResult<List<CaseworkRequest>> definedCosApplications(SessionToken session) {
    return result("GET", "api/licence/defined-cos-applications", Optional.of(session), null,
        listOf(CaseworkRequest.class));
  }

  @Override
  public SmsResult<CaseworkRequest> withdrawRequest(SessionToken session, String reference) {
    return result("POST", "api/requests/" + segment(reference) + "/withdrawal", Optional.of(session), null,
        CaseworkRequest.class);
  }

  // ---------------------------------------------------------------- SmsKeyPersonnel

  @Override
  public SmsResult<CaseworkRequest> requestKeyPersonnelChange(SessionToken session, KeyPersonnelChange change) {
    return result("POST", "api/key-personnel/changes", Optional.of(session), change, CaseworkRequest.class);
  }

  @Override
  public SmsResult<Optional<OrganisationDetails>> organisationDetails(SessionToken session) {
    return result("GET", "api/organisation", Optional.of(session), null,
        types.constructReferenceType(Optional.class, types.constructType(OrganisationDetails.class)));
  }

  @Override
  public SmsResult<CaseworkRequest> requestOrganisationChange(SessionToken session, OrganisationDetails details) {
    return result("POST", "api/organisation/changes", Optional.of(session), details, CaseworkRequest.class);
  }

  @Override
  public SmsResult<List<PayeReferenceEntry>> payeReferences(SessionToken session) {
    return result("GET", "api/paye-references", Optional.of(session), null, listOf(PayeReferenceEntry.class));
  }

  @Override
  public SmsResult<PayeReferenceEntry> addPayeReference(SessionToken session, PayeReference reference) {
    return result("POST", "api/paye-references", Optional.of(session), body("reference", reference),
        PayeReferenceEntry.class);
  }

  @Override
  public SmsResult<PayeReferenceEntry> deletePayeReference(SessionToken session, PayeReference reference) {
    return result("DELETE", "api/paye-references/" + segment(reference.value()), Optional.of(session), null,
        PayeReferenceEntry.class);
  }

  // ---------------------------------------------------------------- SmsCertificateDrafts

  @Override
  public SmsResult<Certificate> delete(SessionToken session, CertificateNumber number) {
    return result("DELETE", certificate(number), Optional.of(session), null, Certificate.class);
  }

  @Override
  public SmsResult<CertificatePrint> print(SessionToken session, CertificateNumber number) {
    return result("GET", certificate(number) + "/print", Optional.of(session), null, CertificatePrint.class);
  }

  @Override
  public List<SmsResult<Certificate>> updateFees(SessionToken session, List<CasFeeUpdate> updates) {
    return batch("api/certificates/fee-updates", session, updates);
  }

  // ---------------------------------------------------------------- SmsCertificateBatches

  @Override
  public SmsResult<CertificateBatch> createBatch(SessionToken session, String name, CertificateKind kind) {
    return result("POST", "api/certificate-batches", Optional.of(session), body("name", name, "kind", kind),
        CertificateBatch.class);
  }

  @Override
  public SmsResult<List<CertificateBatch>> batches(SessionToken session) {
    return result("GET", "api/certificate-batches", Optional.of(session), null, listOf(CertificateBatch.class));
  }

  @Override
  public SmsResult<CertificateBatch> batch(SessionToken session, String reference) {
    return result("GET", batchPath(reference), Optional.of(session), null, CertificateBatch.class);
  }

  @Override
  public SmsResult<BatchOutcome> addToBatch(SessionToken session, String reference,
      List<CertificateNumber> numbers) {
    return result("POST", batchPath(reference) + "/additions", Optional.of(session), texts(numbers),
        BatchOutcome.class);
  }

  @Override
  public SmsResult<BatchOutcome> removeFromBatch(SessionToken session, String reference,
      List<CertificateNumber> numbers) {
    return result("POST", batchPath(reference) + "/removals", Optional.of(session), texts(numbers),
        BatchOutcome.class);
  }

  @Override
  public SmsResult<BatchOutcome> assignBatch(SessionToken session, String reference) {
    return result("POST", batchPath(reference) + "/assignment", Optional.of(session), null, BatchOutcome.class);
  }

  @Override
  public SmsResult<CertificateExport> export(SessionToken session, List<CertificateNumber> numbers) {
    return result("POST", "api/certificate-exports", Optional.of(session), texts(numbers), CertificateExport.class);
  }

  @Override
  public SmsResult<CertificateExport> exportBatch(SessionToken session, String reference) {
    return result("GET", batchPath(reference) + "/export", Optional.of(session), null, CertificateExport.class);
  }

  // ---------------------------------------------------------------- SmsCreativeWorkerGroups

  @Override
  public SmsResult<CreativeWorkerGroup> createGroup(SessionToken session, String name) {
    return result("POST", "api/creative-worker-groups", Optional.of(session), body("name", name),
        CreativeWorkerGroup.class);
  }

  @Override
  public SmsResult<List<CreativeWorkerGroup>> groups(SessionToken session) {
    return result("GET", "api/creative-worker-groups", Optional.of(session), null,
        listOf(CreativeWorkerGroup.class));
  }

  @Override
  public SmsResult<GroupOutcome> addToGroup(SessionToken session, String reference,
      List<CertificateNumber> numbers) {
    return result("POST", groupPath(reference) + "/additions", Optional.of(session), texts(numbers),
        GroupOutcome.class);
  }

  @Override
  public SmsResult<GroupOutcome> removeFromGroup(SessionToken session, String reference,
      List<CertificateNumber> numbers) {
    return result("POST", groupPath(reference) + "/removals", Optional.of(session), texts(numbers),
        GroupOutcome.class);
  }

  // ---------------------------------------------------------------- SponsorUkSubmissions

  @Override
  public SmsResult<Submission> createSubmission(SessionToken session, SubmissionDraft draft) {
    return result("POST", "api/sponsor-uk/submissions", Optional.of(session), draft, Submission.class);
  }

  @Override
  public SmsResult<Submission> editSubmission(SessionToken session, SubmissionReference reference,
      SubmissionDraft draft) {
    return result("PUT", submission(reference), Optional.of(session), draft, Submission.class);
  }

  @Override
  public SmsResult<Submission> submit(SessionToken session, SubmissionReference reference) {
    return result("POST", submission(reference) + "/submission", Optional.of(session), null, Submission.class);
  }

  @Override
  public SmsResult<EvidenceMetadata> uploadEvidence(SessionToken session, SubmissionReference reference,
      EvidenceDocument document) {
    return result("POST", submission(reference) + "/evidence", Optional.of(session), document,
        EvidenceMetadata.class);
  }

  @Override
  public SmsResult<Submission> respondToEvidenceRequest(SessionToken session, SubmissionReference reference) {
    return result("POST", submission(reference) + "/evidence-response", Optional.of(session), null,
        Submission.class);
  }

  @Override
  public SmsResult<Submission> withdrawSubmission(SessionToken session, SubmissionReference reference) {
    return result("POST", submission(reference) + "/withdrawal", Optional.of(session), null, Submission.class);
  }

  @Override
  public SmsResult<Submission> pay(SessionToken session, SubmissionReference reference) {
    return result("POST", submission(reference) + "/payment", Optional.of(session), null, Submission.class);
  }

  @Override
  public SmsResult<Submission> requestEdit(SessionToken session, SubmissionReference reference,
      SubmissionDraft draft) {
    return result("POST", submission(reference) + "/edit-requests", Optional.of(session), draft, Submission.class);
  }

  @Override
  public SmsResult<Submission> submission(SessionToken session, SubmissionReference reference) {
    return result("GET", submission(reference), Optional.of(session), null, Submission.class);
  }

  @Override
  public SmsResult<List<Submission>> submissions(SessionToken session) {
    return result("GET", "api/sponsor-uk/submissions", Optional.of(session), null, listOf(Submission.class));
  }

  @Override
  public SmsResult<Licence> organisationAndLicence(SessionToken session) {
    return result("GET", "api/sponsor-uk/licence", Optional.of(session), null, Licence.class);
  }

  @Override
  public String toString() {
    return "HttpSms[" + base + "]";
  }

  // ---------------------------------------------------------------- plumbing

  private static String certificate(CertificateNumber number) {
    return "api/certificates/" + segment(number.value());
  }

  private static String batchPath(String reference) {
    return "api/certificate-batches/" + segment(reference);
  }

  private static String groupPath(String reference) {
    return "api/creative-worker-groups/" + segment(reference);
  }

  /** Certificate numbers as the JSON array of their texts that the server reads (as {@code assignAll} sends). */
  private static List<String> texts(List<CertificateNumber> numbers) {
    return numbers.stream().map(CertificateNumber::value).collect(Collectors.toList());
  }

  private static String submission(SubmissionReference reference) {
    return "api/sponsor-uk/submissions/" + segment(reference.value());
  }

  private static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Map<String, Object> body(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private JavaType listOf(Class<?> element) {
    return types.constructCollectionType(List.class, element);
  }

  private <T> SmsResult<T> result(String method, String path, Optional<SessionToken> session, Object body,
      Class<T> value) {
    return result(method, path, session, body, types.constructType(value));
  }

  private <T> SmsResult<T> result(String method, String path, Optional<SessionToken> session, Object body,
      JavaType value) {
    return read(send(method, path, session, json(body), "application/json"),
        types.constructParametricType(SmsResult.class, value));
  }

  private Decision decision(String method, String path, Optional<SessionToken> session, Object body) {
    HttpResponse<byte[]> r = send(method, path, session, json(body), "application/json");
    JsonNode answer = tree(r);
    if (r.statusCode() == 200 || REFUSED.equals(answer.path("type").asText())) {
      return parse(answer.get("decision"), Decision.class);
    }
    throw problem(r);
  }

  private List<SmsResult<Certificate>> batch(String path, SessionToken session, Object body) {
    HttpResponse<byte[]> r = send("POST", path, Optional.of(session), json(body), "application/json");
    if (r.statusCode() != 200) {
      throw problem(r);
    }
    return parse(r.body(), types.constructCollectionType(List.class,
        types.constructParametricType(SmsResult.class, Certificate.class)));
  }

  private HttpRequest.BodyPublisher json(Object body) {
    if (body == null) {
      return HttpRequest.BodyPublishers.noBody();
    }
    try {
      return HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the request as JSON", e);
    }
  }

  private HttpResponse<byte[]> send(String method, String path, Optional<SessionToken> session,
      HttpRequest.BodyPublisher body, String contentType) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).method(method, body)
        .header("Content-Type", contentType).header("Accept", "application/json");
    session.ifPresent(s -> b.header("Authorization", "Bearer " + s.value()));
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new SmsUnavailableException("the SMS server at " + base + " did not answer " + method + " /" + path
          + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SmsUnavailableException("interrupted while waiting for " + method + " /" + path);
    }
  }

  /** An answer of a port call: the result when 200, the refusal when a refused problem, an exception otherwise. */
  private <T> SmsResult<T> read(HttpResponse<byte[]> r, JavaType resultType) {
    if (r.statusCode() == 200) {
      return parse(r.body(), resultType);
    }
    JsonNode problem = tree(r);
    if (REFUSED.equals(problem.path("type").asText()) && problem.has("decision")) {
      return SmsResult.refused(mapper.convertValue(problem.get("decision"), Decision.class));
    }
    throw problem(r);
  }

  private RuntimeException problem(HttpResponse<byte[]> r) {
    JsonNode p = tree(r);
    String detail = p.path("type").asText("(no problem type)") + " " + r.statusCode() + ": "
        + p.path("detail").asText(new String(r.body(), StandardCharsets.UTF_8));
    if (r.statusCode() == 503) {
      return new SmsUnavailableException(detail);
    }
    if (r.statusCode() == 400 && INVALID_VALUE.equals(p.path("type").asText()) && p.path("violations").isArray()) {
      List<Violation> violations = new java.util.ArrayList<>();
      p.get("violations").forEach(v -> violations.add(Violation.of(v.path("field").asText(),
          v.path("rejected").asText(), v.path("rule").asText(), v.path("message").asText())));
      return violations.isEmpty() ? new InvalidValueException(p.path("detail").asText())
          : new InvalidValueException(p.path("valueType").asText(), violations);
    }
    return new IllegalStateException("the SMS server refused the request itself (" + r.request().method() + " "
        + r.uri().getPath() + "): " + detail);
  }

  private JsonNode tree(HttpResponse<byte[]> r) {
    try {
      return r.body().length == 0 ? mapper.nullNode() : mapper.readTree(r.body());
    } catch (IOException e) {
      return mapper.nullNode();
    }
  }

  private <T> T parse(JsonNode node, Class<T> type) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      throw new IllegalStateException("the SMS server's answer has no " + type.getSimpleName());
    }
    try {
      return mapper.treeToValue(node, type);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("the SMS server's answer is not the port's JSON: " + e.getMessage(), e);
    }
  }

  private <T> T parse(byte[] body, JavaType type) {
    try {
      return mapper.readValue(body, type);
    } catch (IOException e) {
      throw new IllegalStateException("the SMS server's answer is not the port's JSON: " + e.getMessage(), e);
    }
  }
}
