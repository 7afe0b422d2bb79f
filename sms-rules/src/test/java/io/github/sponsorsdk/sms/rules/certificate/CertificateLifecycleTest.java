package io.github.sponsorsdk.sms.rules.certificate;

import static io.github.sponsorsdk.sms.rules.certificate.CertificateAction.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;

class CertificateLifecycleTest {

  static final CertificateLifecycle LIFECYCLE = CertificateLifecycle.defaults();

  static CertificateState step(CertificateState s, CertificateAction a, Actor actor) {
    LifecycleOutcome o = LIFECYCLE.apply(s, a, actor);
    assertThat(o.isAllowed()).as("%s %s by %s: %s", s, a, actor, o.decision()).isTrue();
    return o.newState().orElseThrow();
  }

  /** Every reachable state: each kind, each status, and USED pending, granted or refused. */
  static List<CertificateState> allStates() {
    List<CertificateState> states = new ArrayList<>();
    for (CertificateKind k : CertificateKind.values()) {
      for (CertificateStatus s : CertificateStatus.values()) {
        states.add(CertificateState.of(k, s));
      }
      for (ApplicationDecision d : ApplicationDecision.values()) {
        states.add(CertificateState.builder().kind(k).status(CertificateStatus.USED).applicationDecision(d).build());
      }
    }
    return states;
  }

  @Test
  void aCosFromCreationToReporting() {
    CertificateState s = CertificateState.created(CertificateKind.COS);
    s = step(s, ASSIGN, Actor.LEVEL_2_OWNER);
    assertThat(s.status()).isEqualTo(CertificateStatus.ASSIGNED);
    s = step(s, MANAGE_LIVE, Actor.LEVEL_1_USER);
    s = step(s, RECORD_USE, Actor.HOME_OFFICE);
    assertThat(s.status()).isEqualTo(CertificateStatus.USED);
    assertThat(s.applicationDecision()).isEmpty();
    s = step(s, APPLICATION_GRANTED, Actor.HOME_OFFICE);
    assertThat(s).isEqualTo(CertificateState.builder().kind(CertificateKind.COS).status(CertificateStatus.USED)
        .applicationDecision(ApplicationDecision.GRANTED).build());
    assertThat(step(s, REPORT_ACTIVITY, Actor.LEVEL_2_OWNER)).isEqualTo(s);
  }

  /** SW 5.1(d): rejected as invalid, void or withdrawn may be used again; granted or refused may not. */
  @Test
  void reuseAfterRejectionVoidOrWithdrawalButNotAfterADecision() {
    for (CertificateAction reusable : List.of(APPLICATION_REJECTED_INVALID, APPLICATION_VOID, APPLICATION_WITHDRAWN)) {
      CertificateState used = step(CertificateState.of(CertificateKind.CAS, CertificateStatus.ASSIGNED), RECORD_USE,
          Actor.HOME_OFFICE);
      LifecycleOutcome back = LIFECYCLE.apply(used, reusable, Actor.HOME_OFFICE);
      assertThat(back.newState()).contains(CertificateState.of(CertificateKind.CAS, CertificateStatus.ASSIGNED));
      assertThat(back.decision().has(LifecycleReasonCode.REUSABLE_AGAIN)).isTrue();
      assertThat(step(back.newState().get(), RECORD_USE, Actor.HOME_OFFICE).status()).isEqualTo(CertificateStatus.USED);
    }
    for (CertificateAction spent : List.of(APPLICATION_GRANTED, APPLICATION_REFUSED)) {
      CertificateState used = step(CertificateState.of(CertificateKind.COS, CertificateStatus.USED), spent,
          Actor.HOME_OFFICE);
      Decision again = LIFECYCLE.apply(used, RECORD_USE, Actor.HOME_OFFICE).decision();
      assertThat(again.codes()).containsExactly(LifecycleReasonCode.NOT_REUSABLE.code());
      assertThat(LIFECYCLE.apply(used, APPLICATION_VOID, Actor.HOME_OFFICE).decision().codes())
          .containsExactly(LifecycleReasonCode.ALREADY_DECIDED.code());
    }
    assertThat(LIFECYCLE.apply(CertificateState.of(CertificateKind.COS, CertificateStatus.ASSIGNED),
        APPLICATION_GRANTED,
        Actor.HOME_OFFICE).decision().codes()).containsExactly(LifecycleReasonCode.NO_APPLICATION_PENDING.code());
  }

  /** Manual 1 Troubleshooting: manage live only while ASSIGNED; report only once USED. */
  @Test
  void manageLiveOnlyWhileAssignedReportOnlyOnceUsed() {
    for (CertificateState s : allStates()) {
      LifecycleOutcome manage = LIFECYCLE.apply(s, MANAGE_LIVE, Actor.LEVEL_1_USER);
      LifecycleOutcome report = LIFECYCLE.apply(s, REPORT_ACTIVITY, Actor.LEVEL_1_USER);
      assertThat(manage.isAllowed()).as("manage %s", s).isEqualTo(s.status() == CertificateStatus.ASSIGNED);
      assertThat(report.isAllowed()).as("report %s", s).isEqualTo(s.status() == CertificateStatus.USED);
      if (!s.isFinal() && s.status() != CertificateStatus.ASSIGNED) {
        assertThat(manage.decision().codes()).containsExactly(LifecycleReasonCode.MANAGE_ONLY_WHILE_ASSIGNED.code());
      }
      if (!s.isFinal() && s.status() != CertificateStatus.USED) {
        assertThat(report.decision().codes()).containsExactly(LifecycleReasonCode.REPORT_ONLY_ONCE_USED.code());
      }
      manage.newState().ifPresent(n -> assertThat(n).isEqualTo(s));
      report.newState().ifPresent(n -> assertThat(n).isEqualTo(s));
    }
  }

  @Test
  void everyRefusalIsReportedAtOnce() {
    Decision d = LIFECYCLE.apply(CertificateState.of(CertificateKind.CAS, CertificateStatus.ASSIGNED), REPORT_ACTIVITY,
        Actor.LEVEL_2_NOT_OWNER).decision();
    assertThat(d.codes()).containsExactlyInAnyOrder(LifecycleReasonCode.LEVEL_2_NOT_OWNER.code(),
        LifecycleReasonCode.REPORT_ONLY_ONCE_USED.code());
    Decision obsoleteCos = LIFECYCLE.apply(CertificateState.of(CertificateKind.COS, CertificateStatus.USED),
        MAKE_OBSOLETE, Actor.LEVEL_1_USER).decision();
    assertThat(obsoleteCos.codes()).containsExactlyInAnyOrder(LifecycleReasonCode.NOT_FOR_CERTIFICATE_KIND.code(),
        LifecycleReasonCode.ACTOR_NOT_PERMITTED.code(), LifecycleReasonCode.NOT_ALLOWED_IN_STATUS.code());
  }

  /** A saved certificate can be edited (a CAS "not ready to go" corrected online) until it is assigned. */
  @Test
  void aSavedCertificateIsEditedOnlyBeforeAssignment() {
    CertificateState created = CertificateState.created(CertificateKind.CAS);
    assertThat(LIFECYCLE.apply(created, EDIT_SAVED, Actor.LEVEL_2_OWNER).newState()).contains(created);
    assertThat(LIFECYCLE.apply(created, EDIT_SAVED, Actor.LEVEL_2_NOT_OWNER).decision().codes())
        .containsExactly(LifecycleReasonCode.LEVEL_2_NOT_OWNER.code());
    assertThat(LIFECYCLE.apply(CertificateState.of(CertificateKind.CAS, CertificateStatus.ASSIGNED), EDIT_SAVED,
        Actor.LEVEL_1_USER).decision().codes()).containsExactly(LifecycleReasonCode.NOT_ALLOWED_IN_STATUS.code());
  }

  /** Who may do what, on the whole domain: statuses x actions x actors x kinds. */
  @Test
  void actorsOverTheWholeDomain() {
    for (CertificateState s : allStates()) {
      for (Actor actor : Actor.values()) {
        for (CertificateAction a : CertificateAction.values()) {
          LifecycleOutcome o = LIFECYCLE.apply(s, a, actor);
          if (s.isFinal()) {
            assertThat(o.decision().codes()).as("%s %s", s, a).containsExactly(LifecycleReasonCode.FINAL_STATUS.code());
          }
          if (o.isAllowed()) {
            assertThat(LIFECYCLE.actors(a, s.kind(), java.time.LocalDate.of(2026, 1, 5))).contains(actor);
            assertThat(actor).isNotEqualTo(Actor.LEVEL_2_NOT_OWNER);
            if (actor == Actor.TIME) {
              assertThat(a).isEqualTo(EXPIRE);
            }
            if (actor.isSponsorUser()) {
              assertThat(a).isIn(EDIT_SAVED, ASSIGN, MANAGE_LIVE, REPORT_ACTIVITY, WITHDRAW);
            }
            if (a == WITHDRAW) {
              assertThat(actor).isIn(Actor.LEVEL_1_USER, Actor.LEVEL_2_OWNER);
            }
          }
        }
      }
    }
    CertificateState assigned = CertificateState.of(CertificateKind.CAS, CertificateStatus.ASSIGNED);
    assertThat(LIFECYCLE.allowedActions(assigned, Actor.LEVEL_1_USER)).containsExactly(MANAGE_LIVE, WITHDRAW);
    // Decision record 0485: a Level 2 user may withdraw the certificates they own (Manual 1 Troubleshooting)
    assertThat(LIFECYCLE.allowedActions(assigned, Actor.LEVEL_2_OWNER)).containsExactly(MANAGE_LIVE, WITHDRAW);
    assertThat(LIFECYCLE.allowedActions(assigned, Actor.HOME_OFFICE))
        .containsExactly(RECORD_USE, CANCEL, MAKE_OBSOLETE);
    assertThat(LIFECYCLE.allowedActions(assigned, Actor.TIME)).containsExactly(EXPIRE);
    assertThat(LIFECYCLE.allowedActions(CertificateState.of(CertificateKind.COS, CertificateStatus.ASSIGNED),
        Actor.HOME_OFFICE)).containsExactly(RECORD_USE, CANCEL);
    assertThat(LIFECYCLE.allowedActions(CertificateState.created(CertificateKind.COS), Actor.LEVEL_2_NOT_OWNER))
        .isEmpty();
  }

  record Step(int action, int actor) {}

  record Walk(boolean cas, List<Step> steps) {}

  /**
   * Generated walks (fixed seed) from CREATED: a refused step changes nothing, nothing leaves a final status, a spent
   * certificate never becomes assignable again, and the status only moves along the table.
   */
  @Test
  void generatedWalksKeepTheInvariants() {
    int actions = CertificateAction.values().length;
    int actors = Actor.values().length;
    List<Walk> walks = Instancio.ofList(Walk.class).size(400).withSeed(4_2026L)
        .generate(field(Step.class, "action"), g -> g.ints().range(0, actions - 1))
        .generate(field(Step.class, "actor"), g -> g.ints().range(0, actors - 1))
        .generate(field(Walk.class, "steps"), g -> g.collection().size(40))
        .create();
    EnumSet<CertificateStatus> seenFinal = EnumSet.noneOf(CertificateStatus.class);
    int allowedSteps = 0;
    for (Walk w : walks) {
      CertificateState s = CertificateState.created(w.cas() ? CertificateKind.CAS : CertificateKind.COS);
      Optional<CertificateStatus> finalStatus = Optional.empty();
      boolean spent = false;
      for (Step step : w.steps()) {
        CertificateAction a = CertificateAction.values()[step.action()];
        Actor actor = Actor.values()[step.actor()];
        LifecycleOutcome o = LIFECYCLE.apply(s, a, actor);
        assertThat(o.isAllowed()).isEqualTo(o.newState().isPresent());
        CertificateState next = o.newState().orElse(s);
        if (finalStatus.isPresent()) {
          assertThat(o.isAllowed()).isFalse();
          assertThat(next.status()).isEqualTo(finalStatus.get());
        }
        if (spent) {
          assertThat(next.status()).isEqualTo(CertificateStatus.USED);
          assertThat(next.applicationDecision()).isPresent();
        }
        if (o.isAllowed()) {
          allowedSteps++;
          assertThat(next.kind()).isEqualTo(s.kind());
          assertThat(next.status() == CertificateStatus.CREATED).as("only an edit stays CREATED").isEqualTo(a == EDIT_SAVED);
        }
        s = next;
        if (s.isFinal()) {
          finalStatus = Optional.of(s.status());
          seenFinal.add(s.status());
        }
        spent = s.applicationDecision().isPresent();
      }
    }
    // the walks reach every final status and take many allowed steps, so the invariants were exercised
    assertThat(seenFinal).containsExactlyInAnyOrder(CertificateStatus.WITHDRAWN, CertificateStatus.CANCELLED,
        CertificateStatus.EXPIRED, CertificateStatus.OBSOLETE);
    assertThat(allowedSteps).isGreaterThan(500);
  }

  @Test
  void actorsFromUsersAndCertificates() {
    var cos = io.github.sponsorsdk.sms.rules.testing.Fixtures.readyCos(); // owned by John Smith
    assertThat(Actor.sponsorUser(io.github.sponsorsdk.sms.core.user.UserLevel.LEVEL_1, io.github.sponsorsdk.sms.rules.permission.CertificateOwnership.ANOTHER_USER))
        .isEqualTo(Actor.LEVEL_1_USER);
    assertThat(Actor.sponsorUser(io.github.sponsorsdk.sms.core.user.UserLevel.LEVEL_2, io.github.sponsorsdk.sms.rules.permission.CertificateOwnership.ACTOR))
        .isEqualTo(Actor.LEVEL_2_OWNER);
    assertThat(Actor.sponsorUser(io.github.sponsorsdk.sms.core.user.UserLevel.LEVEL_2, io.github.sponsorsdk.sms.rules.permission.CertificateOwnership.ANOTHER_USER))
        .isEqualTo(Actor.LEVEL_2_NOT_OWNER);
    assertThat(CertificateState.of(cos, Optional.empty())).isEqualTo(CertificateState.created(CertificateKind.COS));
  }

  @Test
  void onlyAUsedCertificateHasADecision() {
    assertThatThrownBy(() -> CertificateState.builder().kind(CertificateKind.COS).status(CertificateStatus.ASSIGNED)
        .applicationDecision(ApplicationDecision.GRANTED).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("applicationDecision");
  }

  @Test
  void roundTripsThroughJson() {
    CertificateState s = CertificateState.builder().kind(CertificateKind.CAS).status(CertificateStatus.USED)
        .applicationDecision(ApplicationDecision.REFUSED).build();
    assertThat(Json.roundTrip(s, CertificateState.class)).isEqualTo(s);
    LifecycleOutcome allowed = LIFECYCLE.apply(CertificateState.created(CertificateKind.COS), ASSIGN,
        Actor.LEVEL_1_USER);
    assertThat(Json.roundTrip(allowed, LifecycleOutcome.class)).isEqualTo(allowed);
    LifecycleOutcome refused = LIFECYCLE.apply(s, RECORD_USE, Actor.HOME_OFFICE);
    assertThat(Json.roundTrip(refused, LifecycleOutcome.class)).isEqualTo(refused);
  }
}
