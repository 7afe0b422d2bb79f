package io.github.sponsorsdk.sms.rules.user;

import static io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.level1;
import static io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.level2;
import static io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.licence;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Manual 1, Guide 3 (settled worker requirement and its exceptions) and Guides 3/4 (no active Level 1 user). */
class KeyPersonnelRulesTest {

  final KeyPersonnelRules rules = KeyPersonnelRules.defaults();
  final LocalDate today = LocalDate.of(2025, 6, 2);
  final SmsUser unsettled = level1().withProfile(level1().profile().withSettledWorker(false));

  @Test
  void aSettledActiveLevel1UserSatisfiesTheRequirement() {
    assertThat(rules.decide(licence(), List.of(level1(), level2()), Set.of(), today).reasons()).isEmpty();
  }

  @Test
  void noActiveLevel1UserMeansTheChangeOfCircumstancesForm() {
    // "If you have no active Level 1 users registered on your account, you must complete a Sponsor change of
    // circumstances form"
    assertThat(rules.decide(licence(), List.of(level2(), level1().withStatus(UserStatus.DEACTIVATED_BY_SPONSOR)),
        Set.of(), today).codes()).containsExactly("user.NO_ACTIVE_LEVEL_1");
    // a requested (not yet approved) Level 1 user does not count
    assertThat(rules.decide(licence(), List.of(level1().withStatus(UserStatus.REQUESTED)), Set.of(), today)
        .codes()).containsExactly("user.NO_ACTIVE_LEVEL_1");
  }

  @Test
  void withoutASettledLevel1UserOnlyAnExceptionHelps() {
    assertThat(rules.decide(licence(), List.of(unsettled), Set.of(), today).codes())
        .containsExactly("user.NO_SETTLED_LEVEL_1");
    assertThat(rules.decide(licence(), List.of(unsettled),
        Set.of(SettledWorkerException.AO_REPRESENTATIVE_OF_OVERSEAS_BUSINESS), today).codes())
        .containsExactly("user.SETTLED_WORKER_EXCEPTION_APPLIES");
    // (a) needs the International Agreement route
    assertThat(rules.decide(licence(), List.of(unsettled),
        Set.of(SettledWorkerException.DIPLOMATIC_MISSION_OR_INTERNATIONAL_ORGANISATION), today).codes())
        .containsExactly("user.NO_SETTLED_LEVEL_1");
    Licence ia = licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A, LocalDate.of(2034, 1, 1),
        Route.INTERNATIONAL_AGREEMENT);
    assertThat(rules.decide(ia, List.of(unsettled),
        Set.of(SettledWorkerException.DIPLOMATIC_MISSION_OR_INTERNATIONAL_ORGANISATION), today).isAllowed()).isTrue();
  }

  @Test
  void theExceptionListIsDateEffectiveAndTheSecondaryReadingIsAParameter() {
    Set<SettledWorkerException> innovator = Set.of(SettledWorkerException.AO_INNOVATOR_FOUNDER);
    // default: Manual 1 list on both sides of 31 December 2024
    assertThat(rules.decide(licence(), List.of(unsettled), innovator, LocalDate.of(2025, 1, 1)).codes())
        .containsExactly("user.NO_SETTLED_LEVEL_1");
    KeyPersonnelRules extended = KeyPersonnelRules.of(UserParameters.withExtendedExceptionsFrom20241231());
    assertThat(extended.decide(licence(), List.of(unsettled), innovator, LocalDate.of(2024, 12, 30)).codes())
        .containsExactly("user.NO_SETTLED_LEVEL_1");
    assertThat(extended.decide(licence(), List.of(unsettled), innovator, LocalDate.of(2024, 12, 31)).codes())
        .containsExactly("user.SETTLED_WORKER_EXCEPTION_APPLIES");
    assertThat(UserParameters.defaults().settledWorkerExceptions().versionOn(LocalDate.of(2024, 12, 31))
        .citation().note()).hasValueSatisfying(n -> n.contains("quastels"));
  }
}
