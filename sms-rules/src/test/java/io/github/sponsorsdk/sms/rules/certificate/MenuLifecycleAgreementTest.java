package io.github.sponsorsdk.sms.rules.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.rules.licence.LicenceParameters;
import io.github.sponsorsdk.sms.rules.permission.CertificateOwnership;
import io.github.sponsorsdk.sms.rules.permission.Level2Withdrawal;
import io.github.sponsorsdk.sms.rules.permission.PermissionEngine;
import io.github.sponsorsdk.sms.rules.permission.PermissionParameters;
import io.github.sponsorsdk.sms.rules.permission.PermissionRequest;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.rules.testing.PermissionFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "Level 2 withdrawal has two answers": the permission engine (the menu, {@code allowedActions}, and
 * {@code docs/permission-matrix.md}) and {@link CertificateLifecycle} read one table. For every sponsor actor,
 * every certificate state and every certificate action, under both readings of
 * {@link PermissionParameters#level2Withdrawal()}, the lifecycle allows the action exactly when the menu offers its
 * SMS function and the status has the transition.
 */
class MenuLifecycleAgreementTest {

  static final LocalDate DAY = LocalDate.of(2025, 6, 2);

  static List<PermissionParameters> readings() {
    PermissionParameters defaults = PermissionParameters.defaults();
    PermissionParameters strict = PermissionParameters.builder().level2Withdrawal(defaults.level2Withdrawal()
        .then(LocalDate.of(2025, 1, 1), Level2Withdrawal.LEVEL_1_ONLY,
            Citation.of(Source.CALLER_DOCUMENT, "test: the secondary reading", LocalDate.of(2025, 1, 1))))
        .build();
    return List.of(defaults, strict);
  }

  static PermissionRequest request(Actor actor) {
    SmsUser user = actor == Actor.LEVEL_1_USER ? PermissionFixtures.level1() : PermissionFixtures.level2();
    CertificateOwnership ownership = actor == Actor.LEVEL_2_NOT_OWNER ? CertificateOwnership.ANOTHER_USER
        : CertificateOwnership.ACTOR;
    return PermissionRequest.of(user, PermissionFixtures.licence(), DAY).on(ownership);
  }

  @Test
  void theMenuAndTheLifecycleAgreeForEveryActorStatusAndAction() {
    List<String> disagreements = new ArrayList<>();
    int checked = 0;
    for (PermissionParameters parameters : readings()) {
      PermissionEngine engine = PermissionEngine.of(parameters, LicenceParameters.defaults());
      CertificateLifecycle lifecycle = CertificateLifecycle.of(parameters);
      for (Actor actor : List.of(Actor.LEVEL_1_USER, Actor.LEVEL_2_OWNER, Actor.LEVEL_2_NOT_OWNER)) {
        Set<SmsAction> menu = engine.allowedActions(request(actor));
        for (CertificateState state : CertificateLifecycleTest.allStates()) {
          for (CertificateAction action : CertificateAction.values()) {
            Optional<SmsAction> function = action.sponsorFunction(state.kind());
            boolean lifecycleAllows = lifecycle.apply(state, action, actor, DAY).isAllowed();
            boolean statusAllows = lifecycle.apply(state, action, Actor.LEVEL_1_USER, DAY).isAllowed()
                || function.isEmpty() && action.party().isPresent()
                && lifecycle.apply(state, action, action.party().get(), DAY).isAllowed();
            boolean menuAllows = function.map(menu::contains).orElse(false);
            boolean expected = menuAllows && statusAllows;
            checked++;
            if (lifecycleAllows != expected) {
              disagreements.add(parameters.level2Withdrawal().on(DAY) + " " + actor + " " + state + " " + action
                  + ": lifecycle " + lifecycleAllows + ", menu " + menuAllows + ", status " + statusAllows);
            }
            if (function.isPresent()) {
              assertThat(lifecycle.actors(action, state.kind(), DAY).contains(actor))
                  .as("%s %s %s", actor, action, state.kind()).isEqualTo(menuAllows);
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void aLevel2OwnerWithdrawsByDefaultAndNotUnderTheSecondaryReading() {
    CertificateState assigned = CertificateState.of(io.github.sponsorsdk.sms.core.route.CertificateKind.COS,
        io.github.sponsorsdk.sms.core.certificate.CertificateStatus.ASSIGNED);
    PermissionParameters strict = readings().get(1);
    assertThat(CertificateLifecycle.defaults().apply(assigned, CertificateAction.WITHDRAW, Actor.LEVEL_2_OWNER, DAY)
        .newState().map(CertificateState::status))
        .contains(io.github.sponsorsdk.sms.core.certificate.CertificateStatus.WITHDRAWN);
    assertThat(PermissionEngine.defaults().isAllowed(request(Actor.LEVEL_2_OWNER), SmsAction.WITHDRAW_COS)).isTrue();
    LifecycleOutcome refused = CertificateLifecycle.of(strict).apply(assigned, CertificateAction.WITHDRAW,
        Actor.LEVEL_2_OWNER, DAY);
    assertThat(refused.decision().codes()).containsExactly(LifecycleReasonCode.ACTOR_NOT_PERMITTED.code());
    assertThat(PermissionEngine.of(strict, LicenceParameters.defaults())
        .decide(request(Actor.LEVEL_2_OWNER), SmsAction.WITHDRAW_COS).codes())
        .containsExactly("permission.LEVEL_2_NO_WITHDRAWAL");
    // before the strict version starts, the strict parameters still allow it
    assertThat(CertificateLifecycle.of(strict).apply(assigned, CertificateAction.WITHDRAW, Actor.LEVEL_2_OWNER,
        LocalDate.of(2024, 12, 31)).isAllowed()).isTrue();
    // a Level 2 user never withdraws a certificate someone else owns
    assertThat(CertificateLifecycle.defaults().apply(assigned, CertificateAction.WITHDRAW, Actor.LEVEL_2_NOT_OWNER,
        DAY).decision().codes()).containsExactly(LifecycleReasonCode.LEVEL_2_NOT_OWNER.code());
  }
}
