package io.github.sponsorsdk.sms.rules.submission;

import static io.github.sponsorsdk.sms.core.submission.SubmissionStatus.*;
import static io.github.sponsorsdk.sms.rules.submission.SubmissionAction.*;
import static io.github.sponsorsdk.sms.rules.submission.SubmissionActor.HOME_OFFICE;
import static io.github.sponsorsdk.sms.rules.submission.SubmissionActor.SPONSOR_USER;
import static io.github.sponsorsdk.sms.rules.submission.SubmissionActor.TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.evidence.EvidenceMetadata;
import io.github.sponsorsdk.sms.core.submission.SubmissionStatus;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;

class SubmissionLifecycleTest {

  static final SubmissionLifecycle LIFECYCLE = SubmissionLifecycle.defaults();
  static final LocalDate ON = LocalDate.of(2026, 3, 2);

  static SubmissionStatus step(SubmissionStatus from, SubmissionAction action, SubmissionActor actor) {
    SubmissionOutcome o = LIFECYCLE.apply(from, action, actor, ON);
    assertThat(o.isAllowed()).as("%s %s by %s: %s", from, action, actor, o.decision()).isTrue();
    assertThat(o.decision().has(SubmissionReasonCode.SUBMISSION_TRANSITION_ALLOWED)).isTrue();
    return o.newStatus().orElseThrow();
  }

  /** The path the sources describe: submit, approve, payment link, pay, SRN, use, decided (sponsor-uk-process). */
  @Test
  void theSourcedPathRunsFromDraftToADecidedApplication() {
    SubmissionStatus s = step(DRAFT, SUBMIT, SPONSOR_USER);
    s = step(s, REQUEST_EVIDENCE, HOME_OFFICE);
    assertThat(s).isEqualTo(EVIDENCE_REQUESTED);
    s = step(s, UPLOAD_EVIDENCE, SPONSOR_USER);
    s = step(s, RESPOND_TO_EVIDENCE_REQUEST, SPONSOR_USER);
    s = step(s, APPROVE, HOME_OFFICE);
    s = step(s, ISSUE_PAYMENT_LINK, HOME_OFFICE);
    assertThat(s).isEqualTo(AWAITING_PAYMENT);
    s = step(s, PAY, SPONSOR_USER);
    assertThat(s).isEqualTo(PAID);
    s = step(s, ISSUE_SRN, HOME_OFFICE);
    s = step(s, REQUEST_EDIT, SPONSOR_USER);
    assertThat(s).isEqualTo(EDIT_UNDER_REVIEW);
    s = step(s, DECIDE_EDIT, HOME_OFFICE);
    s = step(s, RECORD_USE, HOME_OFFICE);
    s = step(s, APPLICATION_RETURNED, HOME_OFFICE);
    assertThat(s).isEqualTo(SRN_ISSUED);
    s = step(s, RECORD_USE, HOME_OFFICE);
    assertThat(step(s, APPLICATION_DECIDED, HOME_OFFICE)).isEqualTo(DECIDED);
  }

  @Test
  void anSrnIsNeverIssuedBeforePayment() {
    for (SubmissionStatus s : EnumSet.of(DRAFT, SUBMITTED, EVIDENCE_REQUESTED, APPROVED, AWAITING_PAYMENT)) {
      SubmissionOutcome o = LIFECYCLE.apply(s, ISSUE_SRN, HOME_OFFICE, ON);
      assertThat(o.isAllowed()).as(s.name()).isFalse();
      assertThat(o.decision().codes()).as(s.name()).containsExactly("submission.SRN_ONLY_AFTER_PAYMENT");
    }
    assertThat(LIFECYCLE.apply(PAID, ISSUE_SRN, HOME_OFFICE, ON).newStatus()).contains(SRN_ISSUED);
  }

  @Test
  void nothingLeavesAFinalStatusWhoeverAsks() {
    assertThat(SubmissionLifecycle.FINAL_STATUSES).containsExactlyInAnyOrder(WITHDRAWN, REFUSED, DECIDED, EXPIRED,
        CANCELLED);
    for (SubmissionStatus s : SubmissionLifecycle.FINAL_STATUSES) {
      for (SubmissionAction a : SubmissionAction.values()) {
        for (SubmissionActor actor : SubmissionActor.values()) {
          SubmissionOutcome o = LIFECYCLE.apply(s, a, actor, ON);
          assertThat(o.newStatus()).isEmpty();
          assertThat(o.decision().codes()).containsExactly("submission.SUBMISSION_FINAL");
        }
      }
      assertThat(LIFECYCLE.allowedActions(s, HOME_OFFICE, ON)).isEmpty();
    }
  }

  /** Who may do what: the sponsor's actions, the Home Office's and time's, with every refusal reason listed. */
  @Test
  void eachActionBelongsToOneParty() {
    assertThat(LIFECYCLE.allowedActions(DRAFT, SPONSOR_USER, ON)).containsExactly(EDIT, SUBMIT, UPLOAD_EVIDENCE,
        WITHDRAW);
    assertThat(LIFECYCLE.allowedActions(SUBMITTED, HOME_OFFICE, ON)).containsExactly(REQUEST_EVIDENCE, APPROVE,
        REFUSE);
    assertThat(LIFECYCLE.allowedActions(SRN_ISSUED, SPONSOR_USER, ON)).containsExactly(WITHDRAW, REQUEST_EDIT);
    assertThat(LIFECYCLE.allowedActions(SRN_ISSUED, TIME, ON)).containsExactly(EXPIRE);
    assertThat(LIFECYCLE.allowedActions(USED, SPONSOR_USER, ON)).isEmpty();
    SubmissionOutcome o = LIFECYCLE.apply(DRAFT, APPROVE, SPONSOR_USER, ON);
    assertThat(o.decision().codes()).containsExactly("submission.SUBMISSION_ACTOR_NOT_PERMITTED",
        "submission.SUBMISSION_NOT_IN_STATUS");
    assertThat(o.decision().reasons().get(0).parameters()).containsEntry("allowedActors", "[HOME_OFFICE]");
  }

  @Test
  void withdrawalAfterPaymentAndUseDuringAReviewFollowTheirUncertainParameters() {
    SubmissionOutcome byDefault = LIFECYCLE.apply(PAID, WITHDRAW, SPONSOR_USER, ON);
    assertThat(byDefault.newStatus()).contains(WITHDRAWN);
    assertThat(byDefault.decision().uncertainties()).hasSize(1);
    SubmissionLifecycle strict = SubmissionLifecycle.of(SubmissionParameters.defaults().withWithdrawal(
        DateEffective.of("submission.withdrawal", SubmissionParameters.PRIVATE_BETA_START,
            WithdrawalWindow.UNTIL_PAID, SubmissionParameters.DECISION_0470.uncertain())));
    SubmissionOutcome closed = strict.apply(PAID, WITHDRAW, SPONSOR_USER, ON);
    assertThat(closed.decision().codes()).containsExactly("submission.WITHDRAWAL_CLOSED");
    assertThat(closed.decision().reasons().get(0).isUncertain()).isTrue();
    assertThat(strict.apply(AWAITING_PAYMENT, WITHDRAW, SPONSOR_USER, ON).isAllowed()).isTrue();

    SubmissionOutcome blocked = LIFECYCLE.apply(EDIT_UNDER_REVIEW, RECORD_USE, HOME_OFFICE, ON);
    assertThat(blocked.decision().codes()).containsExactly("submission.USE_BLOCKED_BY_EDIT_REVIEW");
    assertThat(blocked.decision().uncertainties()).hasSize(1);
    SubmissionLifecycle lenient = SubmissionLifecycle.of(SubmissionParameters.defaults().withEditReviewUse(
        DateEffective.of("submission.editReviewUse", SubmissionParameters.PRIVATE_BETA_START,
            EditReviewUse.ALLOWS_USE, SubmissionParameters.DECISION_0470.uncertain())));
    assertThat(lenient.apply(EDIT_UNDER_REVIEW, RECORD_USE, HOME_OFFICE, ON).newStatus()).contains(USED);
  }

  @Test
  void evidenceIsCheckedAgainstTheUncertainTypesAndSize() {
    EvidenceMetadata pdf = EvidenceMetadata.builder().fileName("contract.pdf").mediaType("application/pdf")
        .sizeBytes(1024).sha256("0".repeat(64)).uploadedOn(ON).build();
    assertThat(LIFECYCLE.decideEvidence(pdf, ON).codes()).containsExactly("submission.EVIDENCE_ACCEPTABLE");
    EvidenceMetadata bigWord = pdf.withFileName("cv.docx")
        .withMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        .withSizeBytes(10L * 1024 * 1024 + 1);
    assertThat(LIFECYCLE.decideEvidence(bigWord, ON).codes()).containsExactly(
        "submission.EVIDENCE_TYPE_NOT_ACCEPTED", "submission.EVIDENCE_TOO_LARGE");
    assertThat(LIFECYCLE.decideEvidence(bigWord, ON).reasons()).allMatch(Reason::isUncertain);
    assertThat(LIFECYCLE.decideEvidence(bigWord, ON).reasons().get(0).message())
        .endsWith("(application/pdf, image/jpeg, image/png)");
  }

  /** A step: an action and actor drawn at random, or (guided) one of the allowed moves other than withdrawal. */
  record Step(int action, int actor, boolean guided) {}

  record Walk(List<Step> steps) {}

  /**
   * Seeded walks from DRAFT: a refused step changes nothing; nothing leaves a final status; a status that needs an
   * SRN is reached only through PAID (an SRN only after payment); every allowed step is a row of the table.
   */
  @Test
  void generatedWalksKeepTheInvariants() {
    int actions = SubmissionAction.values().length;
    int actors = SubmissionActor.values().length;
    List<Walk> walks = Instancio.ofList(Walk.class).size(400).withSeed(16_2026L)
        .generate(field(Step.class, "action"), g -> g.ints().range(0, actions - 1))
        .generate(field(Step.class, "actor"), g -> g.ints().range(0, actors - 1))
        .generate(field(Walk.class, "steps"), g -> g.collection().size(60))
        .create();
    Set<SubmissionStatus> reached = EnumSet.noneOf(SubmissionStatus.class);
    int allowed = 0;
    for (Walk w : walks) {
      SubmissionStatus s = DRAFT;
      boolean paid = false;
      for (Step step : w.steps()) {
        SubmissionAction a = SubmissionAction.values()[step.action()];
        SubmissionActor actor = SubmissionActor.values()[step.actor()];
        if (step.guided()) {
          List<SubmissionAction> moves = new java.util.ArrayList<>();
          for (SubmissionActor who : SubmissionActor.values()) {
            LIFECYCLE.allowedActions(s, who, ON).stream().filter(m -> m != WITHDRAW).forEach(moves::add);
          }
          if (!moves.isEmpty()) {
            a = moves.get(step.action() % moves.size());
            actor = a.actor();
          }
        }
        SubmissionOutcome o = LIFECYCLE.apply(s, a, actor, ON);
        assertThat(o.isAllowed()).isEqualTo(o.newStatus().isPresent());
        if (s.isFinal()) {
          assertThat(o.isAllowed()).as("out of final %s by %s", s, a).isFalse();
        }
        if (!o.isAllowed()) {
          assertThat(o.decision().reasons()).allMatch(r -> r.severity() == Severity.REFUSAL);
          continue;
        }
        allowed++;
        assertThat(actor).isEqualTo(a.actor());
        SubmissionStatus next = o.newStatus().get();
        paid |= next == PAID;
        if (next.requiresSrn()) {
          assertThat(paid).as("%s reached without payment", next).isTrue();
        }
        if (a == ISSUE_SRN) {
          assertThat(s).isEqualTo(PAID);
        }
        s = next;
        reached.add(s);
      }
    }
    assertThat(allowed).as("the walks move").isGreaterThan(2_000);
    assertThat(reached).as("the walks reach every status but DRAFT").containsAll(EnumSet.complementOf(
        EnumSet.of(DRAFT)));
  }

  @Test
  void parametersAndOutcomesRoundTripThroughJson() {
    assertThat(Json.roundTrip(SubmissionParameters.defaults(), SubmissionParameters.class))
        .isEqualTo(SubmissionParameters.defaults());
    SubmissionOutcome o = LIFECYCLE.apply(DRAFT, SUBMIT, SPONSOR_USER, ON);
    assertThat(Json.roundTrip(o, SubmissionOutcome.class)).isEqualTo(o);
  }
}
