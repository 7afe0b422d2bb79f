package io.github.sponsorsdk.sms.rules.submission;

import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.APPROVED;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.AWAITING_PAYMENT;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.CANCELLED;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.DECIDED;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.DRAFT;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.EDIT_UNDER_REVIEW;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.EVIDENCE_REQUESTED;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.EXPIRED;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.PAID;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.REFUSED;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.SRN_ISSUED;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.SUBMITTED;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.USED;
import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.WITHDRAWN;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.evidence.EvidenceMetadata;
import io.github.sponsorsdk.sms.core.submission.SubmissionStatus;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Sponsor UK submission state machine: which action may move a submission from which status to which, and who
 * may take it (docs/sources.md#sponsor-uk-process, docs/sources.md#sponsor-uk-actions).
 *
 * <pre>
 *  DRAFT --SUBMIT--> SUBMITTED --APPROVE--> APPROVED --ISSUE_PAYMENT_LINK--> AWAITING_PAYMENT --PAY / MARK_PAID--> PAID
 *   (EDIT)            |   ^  \--REFUSE--> REFUSED                                                                   |
 *          REQUEST_EVIDENCE  RESPOND_TO_EVIDENCE_REQUEST                                                       ISSUE_SRN
 *                     v   |                                                                                         v
 *              EVIDENCE_REQUESTED (EDIT, REFUSE)   EDIT_UNDER_REVIEW &lt;--REQUEST_EDIT / DECIDE_EDIT--&gt; SRN_ISSUED
 *                                                  USED &lt;--RECORD_USE / APPLICATION_RETURNED--&gt; SRN_ISSUED
 *  USED --APPLICATION_DECIDED--> DECIDED;  SRN_ISSUED --EXPIRE--> EXPIRED;  SRN_ISSUED, EDIT_UNDER_REVIEW --CANCEL--> CANCELLED
 *  every status before USED --WITHDRAW--> WITHDRAWN (while the withdrawal window is open)
 * </pre>
 *
 * <p>WITHDRAWN, REFUSED, DECIDED, EXPIRED and CANCELLED are final. {@link SubmissionAction#ISSUE_SRN} exists only
 * from PAID: an SRN is never issued before payment ({@link SubmissionReasonCode#SRN_ONLY_AFTER_PAYMENT}). Every
 * refusal reason is collected, not just the first. Whether the user may use Sponsor UK at all is
 * {@code user.SponsorUkEligibility}'s question, and whether the route is on Sponsor UK
 * {@code migration.MigrationRules}'.
 *
 * <pre>{@code
 * SubmissionLifecycle lifecycle = SubmissionLifecycle.defaults();
 * SubmissionOutcome o = lifecycle.apply(SubmissionStatus.DRAFT, SubmissionAction.SUBMIT,
 *     SubmissionActor.SPONSOR_USER, LocalDate.of(2026, 3, 2));
 * o.newStatus();                                                         // SUBMITTED
 * lifecycle.apply(SubmissionStatus.AWAITING_PAYMENT, SubmissionAction.ISSUE_SRN, SubmissionActor.HOME_OFFICE,
 *     LocalDate.of(2026, 3, 9)).decision().codes();                      // [submission.SRN_ONLY_AFTER_PAYMENT]
 * }</pre>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link SubmissionParameters#defaults()} (withdrawal open until use, an edit under review blocks use, PDF/JPEG/PNG
 * evidence up to 10 MiB: all uncertain, docs/decisions/0470-sponsor-uk.md); {@link #of(SubmissionParameters)} takes
 * others; {@link #parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code apply(status, action, actor, on)} moves a submission and returns a {@code SubmissionOutcome}
 * holding the new status only when allowed; {@code allowedActions} lists what an actor may do;
 * {@code decideEvidence} answers whether a document may be uploaded.
 */
public final class SubmissionLifecycle {

  /** Nothing leaves these statuses: those {@link SubmissionStatus#isFinal()} names. */
  public static final Set<SubmissionStatus> FINAL_STATUSES = Collections.unmodifiableSet(
      Arrays.stream(SubmissionStatus.values()).filter(SubmissionStatus::isFinal)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(SubmissionStatus.class))));

  private static final class Row {
    final SubmissionAction action;
    final SubmissionStatus from;
    final SubmissionStatus to;

    Row(SubmissionAction action, SubmissionStatus from, SubmissionStatus to) {
      this.action = action;
      this.from = from;
      this.to = to;
    }
  }

  private static final List<Row> TABLE = List.of(
      new Row(SubmissionAction.EDIT, DRAFT, DRAFT),
      new Row(SubmissionAction.EDIT, EVIDENCE_REQUESTED, EVIDENCE_REQUESTED),
      new Row(SubmissionAction.SUBMIT, DRAFT, SUBMITTED),
      new Row(SubmissionAction.UPLOAD_EVIDENCE, DRAFT, DRAFT),
      new Row(SubmissionAction.UPLOAD_EVIDENCE, SUBMITTED, SUBMITTED),
      new Row(SubmissionAction.UPLOAD_EVIDENCE, EVIDENCE_REQUESTED, EVIDENCE_REQUESTED),
      new Row(SubmissionAction.UPLOAD_EVIDENCE, EDIT_UNDER_REVIEW, EDIT_UNDER_REVIEW),
      new Row(SubmissionAction.RESPOND_TO_EVIDENCE_REQUEST, EVIDENCE_REQUESTED, SUBMITTED),
      new Row(SubmissionAction.REQUEST_EVIDENCE, SUBMITTED, EVIDENCE_REQUESTED),
      new Row(SubmissionAction.APPROVE, SUBMITTED, APPROVED),
      new Row(SubmissionAction.REFUSE, SUBMITTED, REFUSED),
      new Row(SubmissionAction.REFUSE, EVIDENCE_REQUESTED, REFUSED),
      new Row(SubmissionAction.ISSUE_PAYMENT_LINK, APPROVED, AWAITING_PAYMENT),
      new Row(SubmissionAction.PAY, AWAITING_PAYMENT, PAID),
      new Row(SubmissionAction.MARK_PAID, AWAITING_PAYMENT, PAID),
      new Row(SubmissionAction.ISSUE_SRN, PAID, SRN_ISSUED),
      new Row(SubmissionAction.REQUEST_EDIT, SRN_ISSUED, EDIT_UNDER_REVIEW),
      new Row(SubmissionAction.DECIDE_EDIT, EDIT_UNDER_REVIEW, SRN_ISSUED),
      new Row(SubmissionAction.RECORD_USE, SRN_ISSUED, USED),
      new Row(SubmissionAction.RECORD_USE, EDIT_UNDER_REVIEW, USED),
      new Row(SubmissionAction.APPLICATION_DECIDED, USED, DECIDED),
      new Row(SubmissionAction.APPLICATION_RETURNED, USED, SRN_ISSUED),
      new Row(SubmissionAction.CANCEL, SRN_ISSUED, CANCELLED),
      new Row(SubmissionAction.CANCEL, EDIT_UNDER_REVIEW, CANCELLED),
      new Row(SubmissionAction.EXPIRE, SRN_ISSUED, EXPIRED),
      new Row(SubmissionAction.WITHDRAW, DRAFT, WITHDRAWN),
      new Row(SubmissionAction.WITHDRAW, SUBMITTED, WITHDRAWN),
      new Row(SubmissionAction.WITHDRAW, EVIDENCE_REQUESTED, WITHDRAWN),
      new Row(SubmissionAction.WITHDRAW, APPROVED, WITHDRAWN),
      new Row(SubmissionAction.WITHDRAW, AWAITING_PAYMENT, WITHDRAWN),
      new Row(SubmissionAction.WITHDRAW, PAID, WITHDRAWN),
      new Row(SubmissionAction.WITHDRAW, SRN_ISSUED, WITHDRAWN),
      new Row(SubmissionAction.WITHDRAW, EDIT_UNDER_REVIEW, WITHDRAWN));

  /** Statuses from which withdrawal is open when the window is {@link WithdrawalWindow#UNTIL_PAID}. */
  private static final Set<SubmissionStatus> BEFORE_PAYMENT = EnumSet.of(DRAFT, SUBMITTED, EVIDENCE_REQUESTED,
      APPROVED, AWAITING_PAYMENT);

  private static final SubmissionLifecycle DEFAULTS = new SubmissionLifecycle(SubmissionParameters.defaults());

  private final SubmissionParameters parameters;

  private SubmissionLifecycle(SubmissionParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the lifecycle with {@link SubmissionParameters#defaults()}} */
  public static SubmissionLifecycle defaults() {
    return DEFAULTS;
  }

  /**
   * The lifecycle with {@code parameters}.
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   * @return the lifecycle
   */
  public static SubmissionLifecycle of(SubmissionParameters parameters) {
    return new SubmissionLifecycle(parameters);
  }

  /** {@return the parameters this engine reads} */
  public SubmissionParameters parameters() {
    return parameters;
  }

  /**
   * May {@code actor} take {@code action} on a submission in {@code status} on {@code on}; if so, where does it end
   * up? The date picks the parameters in force.
   *
   * @param status the submission's status
   * @param action the action
   * @param actor who acts
   * @param on the day of the action: the parameters in force that day apply
   * @return the new status when allowed; the refusal otherwise
   */
  public SubmissionOutcome apply(SubmissionStatus status, SubmissionAction action, SubmissionActor actor,
      LocalDate on) {
    Map<String, Object> base = Map.of("action", action, "actor", actor, "status", status);
    if (status.isFinal()) {
      return SubmissionOutcome.refused(Decision.of(SubmissionReasonCode.SUBMISSION_FINAL.reason(base)));
    }
    List<Reason> refusals = new ArrayList<>();
    if (action.actor() != actor) {
      refusals.add(SubmissionReasonCode.SUBMISSION_ACTOR_NOT_PERMITTED.reason(Map.of("actor", actor, "action",
          action, "allowedActors", action.actors(), "status", status)).withCitation(action.citation()));
    }
    Optional<Row> row = TABLE.stream().filter(r -> r.action == action && r.from == status).findFirst();
    if (row.isEmpty()) {
      refusals.add(action == SubmissionAction.ISSUE_SRN && !status.requiresSrn()
          ? SubmissionReasonCode.SRN_ONLY_AFTER_PAYMENT.reason(base)
          : SubmissionReasonCode.SUBMISSION_NOT_IN_STATUS.reason(base).withCitation(action.citation()));
    } else if (action == SubmissionAction.WITHDRAW) {
      DatedValue<WithdrawalWindow> window = parameters.withdrawal().versionOn(on);
      if (window.value() == WithdrawalWindow.UNTIL_PAID && !BEFORE_PAYMENT.contains(status)) {
        refusals.add(SubmissionReasonCode.WITHDRAWAL_CLOSED.reason(Map.of("action", action, "actor", actor,
            "status", status, "window", window.value())).withCitation(window.citation()));
      }
    } else if (action == SubmissionAction.RECORD_USE && status == EDIT_UNDER_REVIEW) {
      DatedValue<EditReviewUse> use = parameters.editReviewUse().versionOn(on);
      if (use.value() == EditReviewUse.BLOCKS_USE) {
        refusals.add(SubmissionReasonCode.USE_BLOCKED_BY_EDIT_REVIEW.reason(base).withCitation(use.citation()));
      }
    }
    if (!refusals.isEmpty()) {
      return SubmissionOutcome.refused(Decision.of(refusals));
    }
    SubmissionStatus next = row.get().to;
    // Where a parameter opened the way (withdrawal after payment, use during a review), the reason cites it.
    io.github.sponsorsdk.sms.core.citation.Citation cited = action == SubmissionAction.WITHDRAW
        ? parameters.withdrawal().versionOn(on).citation()
        : action == SubmissionAction.RECORD_USE && status == EDIT_UNDER_REVIEW
            ? parameters.editReviewUse().versionOn(on).citation() : action.citation();
    List<Reason> reasons = new ArrayList<>();
    reasons.add(SubmissionReasonCode.SUBMISSION_TRANSITION_ALLOWED.reason(Map.of("actor", actor, "action", action,
        "status", status, "next", next)).withCitation(cited));
    if (action == SubmissionAction.APPLICATION_RETURNED) {
      reasons.add(SubmissionReasonCode.SRN_REUSABLE_AGAIN.reason(base));
    }
    return SubmissionOutcome.allowed(Decision.of(reasons), next);
  }

  /**
   * {@return the actions {@code actor} may take on a submission in {@code status} on {@code on}, in declaration order}
   *
   * @param status the submission's status
   * @param actor who acts
   * @param on the day: the parameters in force that day apply
   */
  public Set<SubmissionAction> allowedActions(SubmissionStatus status, SubmissionActor actor, LocalDate on) {
    Set<SubmissionAction> allowed = EnumSet.noneOf(SubmissionAction.class);
    for (SubmissionAction a : SubmissionAction.values()) {
      if (apply(status, a, actor, on).isAllowed()) {
        allowed.add(a);
      }
    }
    return allowed;
  }

  /**
   * May a document described by {@code evidence} be uploaded on {@code on}? Its media type must be one of
   * {@link SubmissionParameters#evidenceMediaTypes()} and its size at most
   * {@link SubmissionParameters#evidenceMaxBytes()}: both uncertain, so every reason of this answer is too. Every
   * violation is listed.
   *
   * @param evidence the document's metadata
   * @param on the day of the question: the rules in force that day apply
   * @return allowed, or refused with every failing check (all uncertain)
   */
  public Decision decideEvidence(EvidenceMetadata evidence, LocalDate on) {
    DatedValue<Set<String>> types = parameters.evidenceMediaTypes().versionOn(on);
    DatedValue<Long> max = parameters.evidenceMaxBytes().versionOn(on);
    List<Reason> refusals = new ArrayList<>();
    if (!types.value().contains(evidence.mediaType())) {
      refusals.add(SubmissionReasonCode.EVIDENCE_TYPE_NOT_ACCEPTED.reason(Map.of("fileName", evidence.fileName(),
          "mediaType", evidence.mediaType(), "accepted", String.join(", ", new TreeSet<>(types.value()))))
          .withCitation(types.citation()));
    }
    if (evidence.sizeBytes() > max.value()) {
      refusals.add(SubmissionReasonCode.EVIDENCE_TOO_LARGE.reason(Map.of("fileName", evidence.fileName(),
          "sizeBytes", evidence.sizeBytes(), "maxBytes", max.value())).withCitation(max.citation()));
    }
    if (!refusals.isEmpty()) {
      return Decision.of(refusals);
    }
    return Decision.of(SubmissionReasonCode.EVIDENCE_ACCEPTABLE.reason(Map.of("fileName", evidence.fileName(),
        "mediaType", evidence.mediaType(), "sizeBytes", evidence.sizeBytes())).withCitation(types.citation()));
  }
}
