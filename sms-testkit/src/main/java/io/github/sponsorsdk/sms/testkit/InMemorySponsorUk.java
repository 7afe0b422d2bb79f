package io.github.sponsorsdk.sms.testkit;

import static io.github.sponsorsdk.sms.testkit.InMemorySms.details;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.evidence.EvidenceDocument;
import io.github.sponsorsdk.sms.core.evidence.EvidenceMetadata;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.identifier.SubmissionReference;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.SponsorshipSystem;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.port.SponsorUkSubmissions;
import io.github.sponsorsdk.sms.core.port.SubmissionDraft;
import io.github.sponsorsdk.sms.core.submission.EditReview;
import io.github.sponsorsdk.sms.core.submission.Submission;
import io.github.sponsorsdk.sms.core.submission.SubmissionStatus;
import io.github.sponsorsdk.sms.rules.submission.SubmissionAction;
import io.github.sponsorsdk.sms.rules.submission.SubmissionActor;
import io.github.sponsorsdk.sms.rules.submission.SubmissionOutcome;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.clock.SmsTestClock;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.state.SubmissionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The in-memory Sponsor UK, beside the in-memory SMS: the sponsor side of {@link SponsorUkSubmissions}, sharing the
 * SMS fake's clock, store, outbox, audit trail, events, snapshot and restore, call journal and fault injection
 * (get it from {@link InMemorySms#sponsorUk()}; the Home Office side is {@link InMemorySms#sponsorUkHomeOffice()}).
 *
 * <p><b>Every policy from sms-rules.</b> A call resolves the session ({@code Accounts}, as the SMS does: how users
 * sign in to Sponsor UK is not modelled, so they use their SMS account), asks {@code user.SponsorUkEligibility}
 * whether the user may use Sponsor UK (a Level 2 user or a representative may not), {@code migration.MigrationRules}
 * whether the route is on Sponsor UK for the licence, and {@code submission.SubmissionLifecycle} whether the action
 * is open in the submission's status; evidence is checked by {@code SubmissionLifecycle.decideEvidence}. A refused
 * call changes nothing. See {@code docs/fidelity.md}, "Sponsor UK", for what is sourced and what is assumed.
 *
 * <pre>{@code
 * InMemorySms sms = InMemorySms.startingOn(LocalDate.of(2026, 3, 2));
 * InMemorySponsorUk spuk = sms.sponsorUk();
 * sms.sponsorUkHomeOffice().migrateRoute(licence, RouteMigration.of(Route.GOVERNMENT_AUTHORISED_EXCHANGE, day));
 * Submission s = spuk.createSubmission(session, draft).orElseThrow();   // DRAFT
 * spuk.submit(session, s.reference());                                  // SUBMITTED
 * }</pre>
 */
public final class InMemorySponsorUk implements SponsorUkSubmissions {
  private final InMemorySms sms;
  private final Store store;

  InMemorySponsorUk(InMemorySms sms) {
    this.sms = sms;
    this.store = sms.store();
  }

  private SmsRules rules() {
    return sms.rules();
  }

  /** The session, then whether the user may use Sponsor UK; then {@code work} as the caller. */
  private <T> SmsResult<T> as(Operation op, SessionToken session, BiFunction<Tx, Accounts.Caller, SmsResult<T>> work) {
    return sms.call(op, Optional.empty(), tx -> {
      Accounts.Result auth = Accounts.authenticate(tx, store, rules().sessions(), session, false);
      if (auth.caller.isEmpty()) {
        return SmsResult.refused(auth.decision);
      }
      Accounts.Caller caller = auth.caller.get();
      Decision eligible = rules().sponsorUkUsers().decide(caller.record.user(), sms.today());
      if (eligible.isRefused()) {
        return SmsResult.refused(eligible);
      }
      return work.apply(tx, caller);
    });
  }

  /** {@link #as}, then the caller's submission {@code reference} (others' do not exist for them). */
  private <T> SmsResult<T> on(Operation op, SessionToken session, SubmissionReference reference,
      BiFunction<Tx, Found, SmsResult<T>> work) {
    return as(op, session, (tx, caller) -> {
      Optional<SubmissionRecord> record = tx.get(store.submissions, reference.value())
          .filter(r -> r.licence().equals(caller.record.licence()));
      if (record.isEmpty()) {
        return SmsResult.refused(Decision.of(SessionReason.NO_SUCH_SUBMISSION.reason()));
      }
      return work.apply(tx, new Found(caller, record.get()));
    });
  }

  private static final class Found {
    final Accounts.Caller caller;
    final SubmissionRecord record;

    Found(Accounts.Caller caller, SubmissionRecord record) {
      this.caller = caller;
      this.record = record;
    }
  }

  /** The route must be served by Sponsor UK for the licence today. */
  private Decision routeCheck(Licence licence, SubmissionDraft draft) {
    return rules().migrations().decide(licence, draft.route(), SponsorshipSystem.SPONSOR_UK, sms.today());
  }

  static Submission.Builder withDraft(Submission.Builder b, SubmissionDraft draft) {
    return b.route(draft.route()).worker(draft.worker()).jobTitle(draft.jobTitle()).grossSalary(draft.grossSalary())
        .salaryPeriod(draft.salaryPeriod()).workAddress(draft.workAddress()).startDate(draft.startDate())
        .endDate(draft.endDate());
  }

  /**
   * Moves {@code record} by {@code action} if the lifecycle allows it, with {@code change} applied to the submission
   * (and the record); stores it, audits and announces a change of status. Refused: nothing is written.
   */
  SmsResult<SubmissionRecord> step(Tx tx, SubmissionRecord record, SubmissionAction action, SubmissionActor actor,
      UnaryOperator<Submission.Builder> change, UnaryOperator<SubmissionRecord> recordChange) {
    Submission before = record.submission();
    LocalDate today = LocalDate.ofInstant(tx.now(), SmsTestClock.LONDON);
    SubmissionOutcome o = rules().submissions().apply(before.status(), action, actor, today);
    if (!o.isAllowed()) {
      return SmsResult.refused(o.decision());
    }
    Submission after = change.apply(Submission.builder().from(before).status(o.newStatus().get())).build();
    SubmissionRecord stored = recordChange.apply(record.withSubmission(after));
    tx.put(store.submissions, after.reference().value(), stored);
    Optional<SponsorLicenceNumber> licence = Optional.of(record.licence());
    if (after.status() != before.status()) {
      tx.audit(AuditAction.SUBMISSION_STATUS_CHANGED, licence, after.reference().value(), before, after);
      tx.event(SmsEventKind.SUBMISSION_STATUS_CHANGED, licence, after.reference().value(),
          details("from", before.status().name(), "to", after.status().name(), "action", action.name()));
    } else if (action == SubmissionAction.EDIT) {
      tx.audit(AuditAction.SUBMISSION_EDITED, licence, after.reference().value(), before, after);
    }
    return SmsResult.allowed(stored, o.decision());
  }

  private static SmsResult<Submission> submission(SmsResult<SubmissionRecord> r) {
    return r.value().map(v -> SmsResult.allowed(v.submission(), r.decision()))
        .orElseGet(() -> SmsResult.refused(r.decision()));
  }

  private static SmsResult<Submission> prefixed(Decision first, SmsResult<Submission> result) {
    return Accounts.prefixed(first, result);
  }

  // ---------------------------------------------------------------- SponsorUkSubmissions

  @Override
  public SmsResult<Submission> createSubmission(SessionToken session, SubmissionDraft draft) {
    sms.requireArguments(Operation.CREATE_SUBMISSION, "session", session, "draft", draft);
    return as(Operation.CREATE_SUBMISSION, session, (tx, caller) -> {
      Decision route = routeCheck(caller.licence, draft);
      if (route.isRefused()) {
        return SmsResult.refused(route);
      }
      SubmissionReference reference = SubmissionReference.of(tx.ids().reference("SUB"));
      Submission s = withDraft(Submission.builder(), draft).reference(reference).licence(caller.licence.number())
          .status(SubmissionStatus.DRAFT).createdOn(sms.today()).build();
      SubmissionRecord record = SubmissionRecord.builder().licence(caller.licence.number()).submission(s)
          .createdBy(caller.userId()).build();
      tx.put(store.submissions, reference.value(), record);
      tx.audit(AuditAction.SUBMISSION_CREATED, Optional.of(caller.licence.number()), reference.value(), null, s);
      return SmsResult.allowed(s, route);
    });
  }

  @Override
  public SmsResult<Submission> editSubmission(SessionToken session, SubmissionReference reference,
      SubmissionDraft draft) {
    sms.requireArguments(Operation.EDIT_SUBMISSION, "session", session, "reference", reference, "draft", draft);
    return on(Operation.EDIT_SUBMISSION, session, reference, (tx, f) -> {
      Decision route = routeCheck(f.caller.licence, draft);
      if (route.isRefused()) {
        return SmsResult.refused(route);
      }
      return prefixed(route, submission(step(tx, f.record, SubmissionAction.EDIT, SubmissionActor.SPONSOR_USER,
          b -> withDraft(b, draft), r -> r)));
    });
  }

  @Override
  public SmsResult<Submission> submit(SessionToken session, SubmissionReference reference) {
    sms.requireArguments(Operation.SUBMIT_SUBMISSION, "session", session, "reference", reference);
    return on(Operation.SUBMIT_SUBMISSION, session, reference, (tx, f) -> submission(step(tx, f.record,
        SubmissionAction.SUBMIT, SubmissionActor.SPONSOR_USER, b -> b.submittedOn(sms.today()), r -> r)));
  }

  @Override
  public SmsResult<EvidenceMetadata> uploadEvidence(SessionToken session, SubmissionReference reference,
      EvidenceDocument document) {
    sms.requireArguments(Operation.UPLOAD_EVIDENCE, "session", session, "reference", reference, "document",
        document);
    return on(Operation.UPLOAD_EVIDENCE, session, reference, (tx, f) -> {
      // The fake stamps the day of upload; the caller's date is replaced.
      EvidenceDocument stamped = EvidenceDocument.builder().from(document)
          .metadata(document.metadata().withUploadedOn(sms.today())).build();
      Decision acceptable = rules().submissions().decideEvidence(stamped.metadata(), sms.today());
      if (acceptable.isRefused()) {
        return SmsResult.refused(acceptable);
      }
      SmsResult<SubmissionRecord> moved = step(tx, f.record, SubmissionAction.UPLOAD_EVIDENCE,
          SubmissionActor.SPONSOR_USER, b -> b.addEvidence(stamped.metadata()), r -> r.withDocuments(
              concat(r.documents(), stamped)));
      if (moved.isRefused()) {
        return SmsResult.refused(moved.decision());
      }
      tx.audit(AuditAction.EVIDENCE_UPLOADED, Optional.of(f.record.licence()), reference.value(), null,
          stamped.metadata());
      return SmsResult.allowed(stamped.metadata(), moved.decision().and(acceptable));
    });
  }

  private static List<EvidenceDocument> concat(List<EvidenceDocument> list, EvidenceDocument more) {
    List<EvidenceDocument> out = new java.util.ArrayList<>(list);
    out.add(more);
    return out;
  }

  @Override
  public SmsResult<Submission> respondToEvidenceRequest(SessionToken session, SubmissionReference reference) {
    sms.requireArguments(Operation.RESPOND_TO_EVIDENCE_REQUEST, "session", session, "reference", reference);
    return on(Operation.RESPOND_TO_EVIDENCE_REQUEST, session, reference, (tx, f) -> submission(step(tx, f.record,
        SubmissionAction.RESPOND_TO_EVIDENCE_REQUEST, SubmissionActor.SPONSOR_USER, b -> b, r -> r)));
  }

  @Override
  public SmsResult<Submission> withdrawSubmission(SessionToken session, SubmissionReference reference) {
    sms.requireArguments(Operation.WITHDRAW_SUBMISSION, "session", session, "reference", reference);
    return on(Operation.WITHDRAW_SUBMISSION, session, reference, (tx, f) -> submission(step(tx, f.record,
        SubmissionAction.WITHDRAW, SubmissionActor.SPONSOR_USER,
        b -> b.editReviews(closeOpenReview(f.record.submission(), sms.today())),
        r -> r.withPendingEdit(Optional.empty()))));
  }

  /** The edit reviews with an open one closed on {@code day} (a withdrawal or cancellation ends the review). */
  static List<EditReview> closeOpenReview(Submission s, LocalDate day) {
    return s.editReviews().stream().map(r -> r.isOpen() ? r.withDecidedOn(day) : r).collect(Collectors.toList());
  }

  @Override
  public SmsResult<Submission> pay(SessionToken session, SubmissionReference reference) {
    sms.requireArguments(Operation.PAY_SUBMISSION, "session", session, "reference", reference);
    return on(Operation.PAY_SUBMISSION, session, reference, (tx, f) -> submission(step(tx, f.record,
        SubmissionAction.PAY, SubmissionActor.SPONSOR_USER, b -> b.paidOn(sms.today()), r -> r)));
  }

  @Override
  public SmsResult<Submission> requestEdit(SessionToken session, SubmissionReference reference,
      SubmissionDraft draft) {
    sms.requireArguments(Operation.REQUEST_SUBMISSION_EDIT, "session", session, "reference", reference, "draft",
        draft);
    return on(Operation.REQUEST_SUBMISSION_EDIT, session, reference, (tx, f) -> {
      Decision route = routeCheck(f.caller.licence, draft);
      if (route.isRefused()) {
        return SmsResult.refused(route);
      }
      return prefixed(route, submission(step(tx, f.record, SubmissionAction.REQUEST_EDIT,
          SubmissionActor.SPONSOR_USER, b -> b.addEditReview(EditReview.requested(sms.today())),
          r -> r.withPendingEdit(draft))));
    });
  }

  @Override
  public SmsResult<Submission> submission(SessionToken session, SubmissionReference reference) {
    sms.requireArguments(Operation.VIEW_SUBMISSION, "session", session, "reference", reference);
    return on(Operation.VIEW_SUBMISSION, session, reference, (tx, f) -> SmsResult.allowed(f.record.submission()));
  }

  @Override
  public SmsResult<List<Submission>> submissions(SessionToken session) {
    sms.requireArguments(Operation.LIST_SUBMISSIONS, "session", session);
    return as(Operation.LIST_SUBMISSIONS, session, (tx, caller) -> SmsResult.allowed(tx.values(store.submissions)
        .stream().filter(r -> r.licence().equals(caller.record.licence())).map(SubmissionRecord::submission)
        .collect(Collectors.toList())));
  }

  @Override
  public SmsResult<Licence> organisationAndLicence(SessionToken session) {
    sms.requireArguments(Operation.VIEW_ORGANISATION, "session", session);
    return as(Operation.VIEW_ORGANISATION, session, (tx, caller) -> SmsResult.allowed(
        tx.get(store.licences, caller.licence.number()).orElseThrow()));
  }

  // ---------------------------------------------------------------- time

  /** Clock sweep: an unused SRN whose 90 days (review days disregarded) have run out expires. */
  void sweep(Tx tx, Instant from, Instant to) {
    LocalDate fromDay = LocalDate.ofInstant(from, SmsTestClock.LONDON);
    LocalDate toDay = LocalDate.ofInstant(to, SmsTestClock.LONDON);
    if (!toDay.isAfter(fromDay)) {
      return;
    }
    for (SubmissionRecord r : tx.values(store.submissions)) {
      if (rules().srnValidity().isDueToExpire(r.submission(), toDay)) {
        step(tx, r, SubmissionAction.EXPIRE, SubmissionActor.TIME, b -> b, x -> x);
      }
    }
  }
}
