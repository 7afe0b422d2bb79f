package io.github.sponsorsdk.sms.rules.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.permission.PermissionParameters;
import io.github.sponsorsdk.sms.rules.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Decision record 0660: who may join or leave a batch or a Creative Worker group. */
class CertificateSetRulesTest {
  static final CertificateSetRules RULES = CertificateSetRules.defaults();
  static final LocalDate ON = LocalDate.of(2026, 3, 2);

  private static Certificate cos(CertificateStatus status) {
    Certificate draft = Fixtures.readyCos();
    return status == CertificateStatus.CREATED ? draft : Certificate.builder().from(draft).status(status)
        .cosNumber(io.github.sponsorsdk.sms.core.identifier.CosNumber.of("C2G7A12345X"))
        .assignedOn(LocalDate.of(2026, 1, 6)).build();
  }

  @Test
  void namesAreUniqueWithoutCaseOrSurroundingSpaces() {
    assertThat(RULES.decideName("Autumn intake", List.of("autumn intake ")).codes())
        .containsExactly(CertificateSetReasonCode.SET_NAME_TAKEN.code());
    assertThat(RULES.decideName("Autumn intake", List.of("Spring intake")).isAllowed()).isTrue();
  }

  @Test
  void aBatchTakesSavedCertificatesOfItsKindOnly() {
    assertThat(RULES.decideAdd(CertificateSetKind.BATCH, CertificateKind.COS, cos(CertificateStatus.CREATED),
        Optional.empty(), Actor.LEVEL_1_USER, Membership.NONE, ON).isAllowed()).isTrue();
    assertThat(RULES.decideAdd(CertificateSetKind.BATCH, CertificateKind.CAS, cos(CertificateStatus.CREATED),
        Optional.empty(), Actor.LEVEL_1_USER, Membership.NONE, ON).codes())
        .containsExactly(CertificateSetReasonCode.KIND_DIFFERS_FROM_BATCH.code());
    // the lifecycle's EDIT_SAVED decides the status: an assigned CoS is no longer saved
    assertThat(RULES.decideAdd(CertificateSetKind.BATCH, CertificateKind.COS, cos(CertificateStatus.ASSIGNED),
        Optional.empty(), Actor.LEVEL_1_USER, Membership.NONE, ON).isRefused()).isTrue();
    assertThat(RULES.decideAdd(CertificateSetKind.BATCH, CertificateKind.COS, cos(CertificateStatus.CREATED),
        Optional.empty(), Actor.LEVEL_1_USER, Membership.OTHER_SET, ON).codes())
        .containsExactly(CertificateSetReasonCode.IN_ANOTHER_SET.code());
    assertThat(RULES.decideAdd(CertificateSetKind.BATCH, CertificateKind.COS, cos(CertificateStatus.CREATED),
        Optional.empty(), Actor.LEVEL_1_USER, Membership.THIS_SET, ON).codes())
        .containsExactly(CertificateSetReasonCode.ALREADY_IN_THIS_SET.code());
  }

  @Test
  void aLevel2UserAddsOnlyTheirOwnCertificatesAsTheLifecycleSays() {
    Certificate c = cos(CertificateStatus.CREATED);
    for (Actor actor : List.of(Actor.LEVEL_2_OWNER, Actor.LEVEL_2_NOT_OWNER)) {
      boolean lifecycle = CertificateLifecycle.defaults().apply(CertificateState.of(c, Optional.empty()),
          CertificateAction.EDIT_SAVED, actor, ON).isAllowed();
      assertThat(RULES.decideAdd(CertificateSetKind.BATCH, CertificateKind.COS, c, Optional.empty(), actor,
          Membership.NONE, ON).isAllowed()).as(actor.name()).isEqualTo(lifecycle);
    }
    assertThat(CertificateSetRules.of(PermissionParameters.defaults()).parameters())
        .isEqualTo(PermissionParameters.defaults());
  }

  @Test
  void groupsHoldCreativeWorkerCosOfAnyStatus() {
    Certificate cw = Certificate.builder().from(cos(CertificateStatus.ASSIGNED)).route(Route.CREATIVE_WORKER)
        .job(Fixtures.job().withAtasRequired(Optional.empty())).build();
    assertThat(RULES.decideAdd(CertificateSetKind.CREATIVE_WORKER_GROUP, CertificateKind.COS, cw, Optional.empty(),
        Actor.LEVEL_1_USER, Membership.NONE, ON).isAllowed()).isTrue();
    assertThat(RULES.decideAdd(CertificateSetKind.CREATIVE_WORKER_GROUP, CertificateKind.COS,
        cos(CertificateStatus.CREATED), Optional.empty(), Actor.LEVEL_1_USER, Membership.NONE, ON).codes())
        .containsExactly(CertificateSetReasonCode.NOT_A_CREATIVE_WORKER_COS.code());
    assertThat(RULES.decideRemove(CertificateSetKind.CREATIVE_WORKER_GROUP, Membership.OTHER_SET).codes())
        .containsExactly(CertificateSetReasonCode.NOT_IN_THIS_SET.code());
    assertThat(RULES.decideRemove(CertificateSetKind.BATCH, Membership.THIS_SET).isAllowed()).isTrue();
  }
}
