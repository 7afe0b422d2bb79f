package io.github.sponsorsdk.sms.rules.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.all;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.bench.NaivePermissions;
import io.github.sponsorsdk.sms.rules.licence.LicenceParameters;
import io.github.sponsorsdk.sms.rules.licence.LicenceRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;

/**
 * Invariants over the whole small domain: every action x user level x user status x licence status x a set of
 * rating/route configurations x certificate ownership x dates around the renewal and Premium boundaries
 * (over half a million decisions), and over Instancio-generated requests with a fixed seed.
 */
class PermissionInvariantsTest {

  static final PermissionEngine ENGINE = PermissionEngine.defaults();
  static final NaivePermissions NAIVE = new NaivePermissions(LicenceRules.defaults(), PermissionParameters.defaults());

  /** The functions Manual 1 lists as unavailable to a suspended or dormant licence ("Access to SMS"). */
  static final Set<SmsAction> SUSPENSION_LIST = EnumSet.of(SmsAction.REQUEST_ALLOCATION_INCREASE,
      SmsAction.REQUEST_ALLOCATION_RENEWAL, SmsAction.APPLY_LICENCE_RENEWAL, SmsAction.APPLY_PREMIUM_SERVICE,
      SmsAction.APPLY_STUDENT_SPONSOR_STATUS, SmsAction.CREATE_COS, SmsAction.ASSIGN_COS, SmsAction.EXPORT_COS,
      SmsAction.VIEW_COS, SmsAction.CREATE_COS_BATCH, SmsAction.ASSIGN_COS_BATCH, SmsAction.VIEW_COS_BATCH,
      SmsAction.CREATE_CAS, SmsAction.ASSIGN_CAS, SmsAction.EXPORT_CAS, SmsAction.VIEW_CAS, SmsAction.CREATE_CAS_BATCH,
      SmsAction.ASSIGN_CAS_BATCH, SmsAction.VIEW_CAS_BATCH, SmsAction.BULK_FEE_UPDATE, SmsAction.APPLY_DEFINED_COS,
      SmsAction.VIEW_DEFINED_COS_APPLICATIONS, SmsAction.WITHDRAW_DEFINED_COS_APPLICATION,
      SmsAction.CREATE_DEFINED_COS, SmsAction.ASSIGN_DEFINED_COS);

  record Config(Set<Route> routes, Map<RouteCategory, Rating> ratings) {}

  static final List<Config> CONFIGS = List.of(
      new Config(Set.of(Route.SKILLED_WORKER, Route.CREATIVE_WORKER, Route.STUDENT), Map.of(RouteCategory.WORKER,
          Rating.A, RouteCategory.TEMPORARY_WORKER, Rating.A, RouteCategory.STUDENT, Rating.STUDENT_SPONSOR)),
      new Config(Set.of(Route.SKILLED_WORKER, Route.CREATIVE_WORKER, Route.STUDENT), Map.of(RouteCategory.WORKER,
          Rating.B, RouteCategory.TEMPORARY_WORKER, Rating.B, RouteCategory.STUDENT, Rating.STUDENT_SPONSOR)),
      new Config(Set.of(Route.GBM_UK_EXPANSION_WORKER), Map.of(RouteCategory.WORKER, Rating.PROVISIONAL)),
      new Config(Set.of(Route.SKILLED_WORKER), Map.of(RouteCategory.WORKER, Rating.A_PREMIUM)),
      new Config(Set.of(Route.SKILLED_WORKER), Map.of(RouteCategory.WORKER, Rating.A_SME_PLUS)),
      new Config(Set.of(Route.STUDENT, Route.CHILD_STUDENT), Map.of(RouteCategory.STUDENT,
          Rating.PROBATIONARY_SPONSOR)),
      new Config(Set.of(Route.CREATIVE_WORKER), Map.of(RouteCategory.TEMPORARY_WORKER, Rating.A)),
      new Config(Set.of(Route.INTERNATIONAL_AGREEMENT, Route.STUDENT), Map.of(RouteCategory.TEMPORARY_WORKER,
          Rating.B, RouteCategory.STUDENT, Rating.STUDENT_SPONSOR_TRACK_RECORD)));

  /** (licence expiry, date): no renewal; window just open; day before opening; last day; expiry day; Premium closed. */
  static final LocalDate[][] DATES = {
      {LocalDate.of(2034, 9, 30), LocalDate.of(2025, 6, 2)},
      {LocalDate.of(2024, 3, 31), LocalDate.of(2024, 1, 1)},
      {LocalDate.of(2024, 3, 31), LocalDate.of(2023, 12, 31)},
      {LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 30)},
      {LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 31)},
      {LocalDate.of(2034, 9, 30), LocalDate.of(2025, 11, 11)}};

  static void forEveryRequest(Consumer<PermissionRequest> check) {
    for (UserLevel level : UserLevel.values()) {
      for (UserStatus us : UserStatus.values()) {
        for (LicenceStatus ls : LicenceStatus.values()) {
          for (Config c : CONFIGS) {
            for (CertificateOwnership o : CertificateOwnership.values()) {
              for (LocalDate[] d : DATES) {
                check.accept(PermissionRequest.builder().actorLevel(level).actorStatus(us).licenceStatus(ls)
                    .routes(c.routes()).ratings(c.ratings()).certificate(o).licenceExpiry(d[0]).date(d[1]).build());
              }
            }
          }
        }
      }
    }
  }

  @Test
  void invariantsHoldOverTheWholeDomain() {
    long[] count = {0};
    forEveryRequest(r -> {
      Set<SmsAction> allowed = ENGINE.allowedActions(r);
      for (SmsAction a : SmsAction.values()) {
        Decision d = ENGINE.decide(r, a);
        count[0]++;
        String at = a + " for " + r;
        assertThat(allowed.contains(a)).as(at).isEqualTo(d.isAllowed());
        // every refused decision has at least one REFUSAL reason, each with a citation
        if (d.isRefused()) {
          assertThat(d.refusals()).as(at).isNotEmpty();
        }
        for (Reason reason : d.reasons()) {
          assertThat(reason.citation().source()).as(at).isNotNull();
          assertThat(reason.citation().section()).as(at).isNotBlank();
        }
        // reasons only ever come from the action's own requirements
        Set<String> own = a.requirements().stream().map(x -> x.reason().code()).collect(Collectors.toSet());
        assertThat(own).as(at).containsAll(d.codes());
        // a Level 2 user is never allowed an action on a certificate they do not own
        if (r.actorLevel() == UserLevel.LEVEL_2 && a.onCertificate()
            && r.certificate() == CertificateOwnership.ANOTHER_USER) {
          assertThat(d.has(PermissionReasonCode.LEVEL_2_NOT_CERTIFICATE_OWNER)).as(at).isTrue();
          assertThat(d.isRefused()).as(at).isTrue();
        }
        // nothing at all on an expired, revoked or surrendered licence, nor for an inactive user
        if (!r.licenceStatus().canLogIn()) {
          assertThat(d.has(PermissionReasonCode.LICENCE_EXPIRED_OR_REVOKED)).as(at).isTrue();
        }
        if (r.actorStatus() != UserStatus.ACTIVE) {
          assertThat(d.has(PermissionReasonCode.USER_NOT_ACTIVE)).as(at).isTrue();
        }
        // Level 2: no Licence summary menu, no Defined CoS
        if (r.actorLevel() == UserLevel.LEVEL_2
            && (a.menu() == Menu.LICENCE_SUMMARY || a.menu() == Menu.DEFINED_COS)) {
          assertThat(d.isRefused()).as(at).isTrue();
        }
        if (r.licenceStatus() == LicenceStatus.DORMANT && a.menu() == Menu.LICENCE_SUMMARY) {
          assertThat(d.has(PermissionReasonCode.LICENCE_MENU_HIDDEN_WHEN_DORMANT)).as(at).isTrue();
        }
        if ((r.licenceStatus() == LicenceStatus.SUSPENDED || r.licenceStatus() == LicenceStatus.DORMANT)
            && SUSPENSION_LIST.contains(a)) {
          assertThat(d.has(PermissionReasonCode.LICENCE_SUSPENDED_OR_DORMANT)).as(at).isTrue();
        }
        if ((a == SmsAction.APPLY_DEFINED_COS || a == SmsAction.ASSIGN_DEFINED_COS)
            && (r.ratings().get(RouteCategory.WORKER) == Rating.B
                || r.ratings().get(RouteCategory.TEMPORARY_WORKER) == Rating.B)) {
          assertThat(d.has(PermissionReasonCode.B_RATED_NO_DEFINED_COS)).as(at).isTrue();
        }
        if (r.ratings().containsValue(Rating.PROVISIONAL) && a.requirements().contains(Requirement.NOT_PROVISIONAL)) {
          assertThat(d.isRefused()).as(at).isTrue();
        }
        if (a.menu() == Menu.WORKERS && r.routes().stream().allMatch(x -> x.category() == RouteCategory.STUDENT)) {
          assertThat(d.has(PermissionReasonCode.NOT_LICENSED_FOR_WORKER_ROUTES)).as(at).isTrue();
        }
        if (a.menu() == Menu.STUDENTS && r.routes().stream().noneMatch(x -> x.category() == RouteCategory.STUDENT)) {
          assertThat(d.has(PermissionReasonCode.NOT_LICENSED_FOR_STUDENT_ROUTE)).as(at).isTrue();
        }
        if (a.menu() == Menu.DEFINED_COS && !r.routes().contains(Route.SKILLED_WORKER)) {
          assertThat(d.has(PermissionReasonCode.NOT_LICENSED_FOR_SKILLED_WORKER)).as(at).isTrue();
        }
      }
    });
    assertThat(count[0]).isGreaterThan(500_000);
  }

  @Test
  void theEngineAgreesWithTheNaiveRuleListEverywhere() {
    // Two encodings of Manual 1 (catalogue masks vs a rule list written from the manual) must agree exactly,
    // reasons and order included.
    forEveryRequest(r -> {
      for (SmsAction a : SmsAction.values()) {
        assertThat(ENGINE.decide(r, a)).as("%s for %s", a, r).isEqualTo(NAIVE.decide(r, a));
      }
    });
  }

  /** The inputs Instancio generates; a request is built from them. */
  static class Inputs {
    UserLevel level;
    UserStatus userStatus;
    LicenceStatus licenceStatus;
    Set<Route> routes;
    Map<RouteCategory, Rating> ratings;
    CertificateOwnership ownership;
    LocalDate expiry;
    LocalDate date;
    SmsAction action;
  }

  @Test
  void generatedRequestsWithAFixedSeed() {
    long seed = 20261125L;
    List<Inputs> inputs = Instancio.ofList(Inputs.class).size(20_000)
        .generate(field(Inputs.class, "expiry"), g -> g.temporal().localDate().range(LocalDate.of(2023, 1, 1),
            LocalDate.of(2036, 12, 31)))
        .generate(field(Inputs.class, "date"), g -> g.temporal().localDate().range(LocalDate.of(2023, 1, 1),
            LocalDate.of(2027, 12, 31)))
        .generate(all(Set.class), g -> g.collection().minSize(0).maxSize(4))
        .generate(all(Map.class), g -> g.map().minSize(0).maxSize(3))
        .withSeed(seed).create();
    List<String> failures = new ArrayList<>();
    for (Inputs in : inputs) {
      PermissionRequest r = PermissionRequest.builder().actorLevel(in.level).actorStatus(in.userStatus)
          .licenceStatus(in.licenceStatus).routes(in.routes).ratings(in.ratings).certificate(in.ownership)
          .licenceExpiry(in.expiry).date(in.date).build();
      Decision d = ENGINE.decide(r, in.action);
      if (!d.equals(NAIVE.decide(r, in.action))
          || d.isRefused() && d.reasons().stream().noneMatch(x -> x.severity() == Severity.REFUSAL)
          || in.level == UserLevel.LEVEL_2 && in.action.onCertificate()
              && in.ownership == CertificateOwnership.ANOTHER_USER && d.isAllowed()) {
        failures.add(in.action + " " + r);
      }
    }
    assertThat(failures).as("failures with seed %s", seed).isEmpty();
  }

  @Test
  void theLevel2WithdrawalReadingIsAParameter() {
    PermissionParameters strict = PermissionParameters.builder()
        .level2Withdrawal(PermissionParameters.defaults().level2Withdrawal()
            .then(LocalDate.of(2025, 1, 1), Level2Withdrawal.LEVEL_1_ONLY, Citation.of(Source.CALLER_DOCUMENT, "test: " + "x",
                LocalDate.of(2020, 1, 1))))
        .build();
    PermissionEngine engine = PermissionEngine.of(strict, LicenceParameters.defaults());
    PermissionRequest l2 = io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.request(
        io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.level2()).on(CertificateOwnership.ACTOR);
    assertThat(PermissionEngine.defaults().decide(l2, SmsAction.WITHDRAW_COS).isAllowed()).isTrue();
    assertThat(engine.decide(l2, SmsAction.WITHDRAW_COS).codes()).containsExactly("permission.LEVEL_2_NO_WITHDRAWAL");
    assertThat(engine.decide(l2.withDate(LocalDate.of(2024, 12, 31)),
        SmsAction.WITHDRAW_COS).isAllowed()).isTrue();
    NaivePermissions naive = new NaivePermissions(LicenceRules.defaults(), strict);
    assertThat(naive.decide(l2, SmsAction.WITHDRAW_COS)).isEqualTo(engine.decide(l2, SmsAction.WITHDRAW_COS));
  }

  @Test
  void everyRequirementIsUsedAndEveryPermissionCodeIsARequirementsReason() {
    Set<Requirement> used = EnumSet.noneOf(Requirement.class);
    for (SmsAction a : SmsAction.values()) {
      used.addAll(a.requirements());
    }
    assertThat(used).containsExactlyInAnyOrder(Requirement.values());
    assertThat(Requirement.values().length).as("requirements are bits of a long").isLessThanOrEqualTo(64);
    Set<ReasonCode> reasons = new java.util.HashSet<>();
    for (Requirement r : Requirement.values()) {
      reasons.add(r.reason());
    }
    assertThat(reasons).contains(PermissionReasonCode.values());
  }
}
