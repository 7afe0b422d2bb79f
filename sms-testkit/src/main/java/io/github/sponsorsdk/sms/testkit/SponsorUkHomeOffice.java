package io.github.sponsorsdk.sms.testkit;

import static io.github.sponsorsdk.sms.testkit.InMemorySms.details;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.identifier.SponsorshipReferenceNumber;
import io.github.sponsorsdk.sms.core.identifier.SubmissionReference;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.RouteMigration;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.port.SubmissionDraft;
import io.github.sponsorsdk.sms.core.submission.EditReview;
import io.github.sponsorsdk.sms.core.submission.Submission;
import io.github.sponsorsdk.sms.rules.submission.PaymentLinkOutcome;
import io.github.sponsorsdk.sms.rules.submission.SrnValidityOutcome;
import io.github.sponsorsdk.sms.rules.submission.SubmissionAction;
import io.github.sponsorsdk.sms.rules.submission.SubmissionActor;
import io.github.sponsorsdk.sms.testkit.audit.ActorKind;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.internal.Store;
import io.github.sponsorsdk.sms.testkit.internal.Tx;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.state.SubmissionRecord;
import io.github.sponsorsdk.sms.testkit.state.UserRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The Home Office side of the in-memory Sponsor UK, for tests to play the other party: move a licence's route to
 * Sponsor UK, decide submissions (approve, refuse, request more evidence), issue the payment link, record a payment,
 * issue the SRN, decide a requested edit, record the SRN's use in a visa application and its outcome, cancel.
 *
 * <p>As for the SMS's {@link HomeOffice}, these are the caseworker's own acts, not sponsor requests: an act the rules
 * do not allow in the submission's status (issuing an SRN before payment, recording the use of an expired SRN)
 * fails loudly with an {@link IllegalStateException} listing every reason, and an unknown reference with an
 * {@link IllegalArgumentException}; nothing changes. Every act is asked of sms-rules
 * ({@code submission.SubmissionLifecycle}, {@code submission.SrnValidity}, {@code migration.MigrationRules}),
 * audited with the Home Office as actor and announced as an event; decisions, payment links and SRNs are emailed to
 * the user who made the submission.
 */
public final class SponsorUkHomeOffice {
  private final InMemorySms sms;
  private final InMemorySponsorUk sponsorUk;
  private final Store store;

  SponsorUkHomeOffice(InMemorySms sms, InMemorySponsorUk sponsorUk) {
    this.sms = sms;
    this.sponsorUk = sponsorUk;
    this.store = sms.store();
  }

  private <R> R act(Function<Tx, R> work) {
    return sms.write(ActorKind.HOME_OFFICE, Optional.empty(), work);
  }

  /**
   * Marks {@code migration}'s route of {@code licence} as moved to Sponsor UK from its day. From then on the SMS
   * refuses its certificate functions for that route and Sponsor UK serves it.
   *
   * @param licence the licence
   * @param migration the route and the first day on Sponsor UK
   * @return the licence with the marker
   * @throws IllegalArgumentException when the licence is unknown, the route not licensed, already migrated, or not
   *     open to Sponsor UK on that day ({@code migration.MIGRATION_NOT_OPEN})
   */
  public Licence migrateRoute(SponsorLicenceNumber licence, RouteMigration migration) {
    Objects.requireNonNull(licence, "licence");
    Objects.requireNonNull(migration, "migration");
    return act(tx -> {
      Licence before = tx.get(store.licences, licence).orElseThrow(() -> new IllegalArgumentException(
          "no licence " + licence));
      Decision open = sms.rules().migrations().decideMigration(migration);
      if (open.isRefused()) {
        throw new IllegalArgumentException("cannot migrate: " + open);
      }
      List<RouteMigration> markers = new ArrayList<>(before.migrations());
      markers.add(migration);
      Licence after = before.withMigrations(markers); // the licence checks: licensed route, one marker per route
      tx.put(store.licences, licence, after);
      tx.audit(AuditAction.ROUTE_MIGRATED, Optional.of(licence), migration.route().name(), before, after);
      tx.event(SmsEventKind.ROUTE_MIGRATED, Optional.of(licence), migration.route().name(),
          details("from", migration.from().toString(), "cohort", migration.cohort().orElse("")));
      return after;
    });
  }

  /**
   * Asks the submitter for more evidence (EVIDENCE_REQUESTED).
   *
   * @param reference the submission's reference
   * @return the submission, evidence requested
   */
  public Submission requestEvidence(SubmissionReference reference) {
    return decide(reference, SubmissionAction.REQUEST_EVIDENCE, b -> b, r -> r, EmailKind.SUBMISSION_DECISION,
        "More evidence requested", "Upload the evidence asked for and respond to the request.");
  }

  /**
   * Approves a submission (APPROVED); the payment link is owed within the service level.
   *
   * @param reference the submission's reference
   * @return the approved submission
   */
  public Submission approve(SubmissionReference reference) {
    return decide(reference, SubmissionAction.APPROVE, b -> b.decidedOn(sms.today()), r -> r,
        EmailKind.SUBMISSION_DECISION, "Sponsorship submission approved", "Your submission was approved; a "
            + "payment link will follow.");
  }

  /**
   * Refuses a submission (REFUSED, final).
   *
   * @param reference the submission's reference
   * @return the refused submission
   */
  public Submission refuse(SubmissionReference reference) {
    return decide(reference, SubmissionAction.REFUSE, b -> b.decidedOn(sms.today()), r -> r,
        EmailKind.SUBMISSION_DECISION, "Sponsorship submission refused", "Your submission was refused.");
  }

  /**
   * Issues the payment link of an approved submission (AWAITING_PAYMENT), emailed to the submitter.
   *
   * @param reference the submission's reference
   * @return the submission awaiting payment
   */
  public Submission issuePaymentLink(SubmissionReference reference) {
    return decide(reference, SubmissionAction.ISSUE_PAYMENT_LINK, b -> b.paymentLinkIssuedOn(sms.today()), r -> r,
        EmailKind.PAYMENT_LINK, "Pay for your sponsorship submission", "Use the payment link to pay for "
            + "submission " + reference + ".");
  }

  /**
   * Records a payment made outside the link (PAID).
   *
   * @param reference the submission's reference
   * @return the paid submission
   */
  public Submission markPaid(SubmissionReference reference) {
    return decide(reference, SubmissionAction.MARK_PAID, b -> b.paidOn(sms.today()), r -> r, null, "", "");
  }

  /**
   * Issues the Sponsorship Reference Number of a paid submission (SRN_ISSUED), emailed to the submitter; the SRN is
   * drawn from the fake's seeded identifiers.
   *
   * @param reference the submission's reference
   * @return the SRN
   * @throws IllegalStateException when the submission has not been paid for
   */
  public SponsorshipReferenceNumber issueSrn(SubmissionReference reference) {
    return act(tx -> {
      SponsorshipReferenceNumber srn = SponsorshipReferenceNumber.of(tx.ids().reference("SRN"));
      Submission s = decideIn(tx, reference, SubmissionAction.ISSUE_SRN,
          b -> b.srn(srn).srnIssuedOn(sms.today()), r -> r, EmailKind.SRN_ISSUED,
          "Your Sponsorship Reference Number", "The Sponsorship Reference Number of submission " + reference
              + " is " + srn + ".");
      return s.srn().orElseThrow();
    });
  }

  /**
   * Decides the edit under review: approved, the submission takes the edited details; either way the review ends.
   *
   * @param reference the submission's reference
   * @param decision approved or refused
   * @return the submission after the review
   */
  public Submission decideEdit(SubmissionReference reference, EditDecision decision) {
    Objects.requireNonNull(decision, "decision");
    return act(tx -> {
      SubmissionRecord r = record(tx, reference);
      Optional<SubmissionDraft> edit = decision == EditDecision.APPROVED ? r.pendingEdit() : Optional.empty();
      return decideIn(tx, reference, SubmissionAction.DECIDE_EDIT, b -> {
        edit.ifPresent(d -> InMemorySponsorUk.withDraft(b, d));
        return b.editReviews(InMemorySponsorUk.closeOpenReview(r.submission(), sms.today()));
      }, x -> x.withPendingEdit(Optional.empty()), EmailKind.SUBMISSION_DECISION, "Edit " + decision.name()
          .toLowerCase(java.util.Locale.ROOT), "The edit you requested was " + decision.name()
              .toLowerCase(java.util.Locale.ROOT) + ".");
    });
  }

  /**
   * Records that the worker applied with the SRN today (USED).
   *
   * @param reference the submission's reference
   * @return the used submission
   * @throws IllegalStateException when the SRN does not support an application today (more than 90 days counted,
   *     an edit under review), with the reasons of {@code submission.SrnValidity}
   */
  public Submission recordUse(SubmissionReference reference) {
    return act(tx -> {
      SubmissionRecord r = record(tx, reference);
      SrnValidityOutcome valid = sms.rules().srnValidity().assess(r.submission(), sms.today());
      if (!valid.isValid()) {
        throw new IllegalStateException("the SRN of " + reference + " does not support an application on "
            + sms.today() + ": " + valid.decision());
      }
      return decideIn(tx, reference, SubmissionAction.RECORD_USE, b -> b.usedOn(sms.today()), x -> x, null, "", "");
    });
  }

  /**
   * The application using the SRN was granted or refused: the SRN is spent (DECIDED, final).
   *
   * @param reference the submission's reference
   * @return the decided submission
   */
  public Submission applicationDecided(SubmissionReference reference) {
    return decide(reference, SubmissionAction.APPLICATION_DECIDED, b -> b, r -> r, null, "", "");
  }

  /**
   * The application was rejected as invalid, made void or withdrawn: the SRN may be used again (SRN_ISSUED).
   *
   * @param reference the submission's reference
   * @return the submission, its SRN usable again
   */
  public Submission applicationReturned(SubmissionReference reference) {
    return decide(reference, SubmissionAction.APPLICATION_RETURNED, b -> b, r -> r, null, "", "");
  }

  /**
   * Cancels the SRN (CANCELLED, final); an edit under review ends with it.
   *
   * @param reference the submission's reference
   * @return the cancelled submission
   */
  public Submission cancel(SubmissionReference reference) {
    return act(tx -> {
      SubmissionRecord r = record(tx, reference);
      return decideIn(tx, reference, SubmissionAction.CANCEL,
          b -> b.editReviews(InMemorySponsorUk.closeOpenReview(r.submission(), sms.today())),
          x -> x.withPendingEdit(Optional.empty()), EmailKind.SUBMISSION_DECISION, "Sponsorship cancelled",
          "The Sponsorship Reference Number of submission " + reference + " was cancelled.");
    });
  }

  /**
   * Whether the payment link of an approved submission is (or was) on time, as of today.
   *
   * @param reference the submission's reference
   * @return the due date and whether the link is (or was) in time
   */
  public PaymentLinkOutcome paymentLinkStatus(SubmissionReference reference) {
    return sms.read(tx -> {
      Submission s = record(tx, reference).submission();
      LocalDate decided = s.decidedOn().orElseThrow(() -> new IllegalStateException(reference
          + " has not been decided"));
      return sms.rules().paymentLinks().assess(decided, s.paymentLinkIssuedOn(), sms.today());
    });
  }

  /**
   * Whether the SRN supports an application made on {@code applicationDate}.
   *
   * @param reference the submission's reference
   * @param applicationDate the day the worker applies
   * @return valid or not, with the days counted and disregarded
   */
  public SrnValidityOutcome validity(SubmissionReference reference, LocalDate applicationDate) {
    return sms.read(tx -> sms.rules().srnValidity().assess(record(tx, reference).submission(), applicationDate));
  }

  // ---------------------------------------------------------------- plumbing

  private SubmissionRecord record(Tx tx, SubmissionReference reference) {
    Objects.requireNonNull(reference, "reference");
    return tx.get(store.submissions, reference.value()).orElseThrow(() -> new IllegalArgumentException(
        "no submission " + reference));
  }

  private Submission decide(SubmissionReference reference, SubmissionAction action,
      UnaryOperator<Submission.Builder> change, UnaryOperator<SubmissionRecord> recordChange, EmailKind email,
      String subject, String body) {
    return act(tx -> decideIn(tx, reference, action, change, recordChange, email, subject, body));
  }

  private Submission decideIn(Tx tx, SubmissionReference reference, SubmissionAction action,
      UnaryOperator<Submission.Builder> change, UnaryOperator<SubmissionRecord> recordChange, EmailKind email,
      String subject, String body) {
    SubmissionRecord r = record(tx, reference);
    SmsResult<SubmissionRecord> moved = sponsorUk.step(tx, r, action, SubmissionActor.HOME_OFFICE, change,
        recordChange);
    if (moved.isRefused()) {
      throw new IllegalStateException(action + " on " + reference + " is not possible: " + moved.decision());
    }
    if (email != null) {
      Optional<UserRecord> submitter = tx.get(store.users, r.createdBy());
      submitter.ifPresent(u -> tx.email(email, u.user().profile().email(), Optional.of(u.user().userId()),
          subject, body, Optional.empty()));
    }
    return moved.orElseThrow().submission();
  }
}
