package io.github.sponsorsdk.sms.rules.user;

import static io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.level1;
import static io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.level2;
import static io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.licence;
import static io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.otherLevel1;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.NinoDeclaration;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.testing.Json;
import io.github.sponsorsdk.sms.rules.testing.PermissionFixtures;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Manual 1, Guides 3 and 4. */
class UserManagementRulesTest {

  final UserManagementRules rules = UserManagementRules.defaults();
  final LocalDate today = LocalDate.of(2025, 6, 2);
  final Licence licence = licence();

  @Test
  void aLevel1RequestIsAssessedALevel2UserIsActiveAtOnce() {
    // Guide 3, step 5: "If you are creating a Level 2 user, the new user account is created automatically. If adding
    // a Level 1 user, your request is submitted to us for assessment."
    UserOutcome request = rules.requestLevel1(licence, level1(), PermissionFixtures.profile("Floyd", "Rose", true), Automation.NOT_GRANTED,
        today);
    assertThat(request.resultingStatus()).contains(UserStatus.REQUESTED);
    assertThat(request.processing()).contains(Processing.CASEWORK);
    assertThat(request.decision().codes()).containsExactly("user.LEVEL_1_REQUEST_ASSESSED");
    UserOutcome created = rules.createLevel2(licence, level1(), today);
    assertThat(created.resultingStatus()).contains(UserStatus.ACTIVE);
    assertThat(created.processing()).contains(Processing.APPLIED_AT_ONCE);
  }

  @Test
  void withAutomationANewLevel1UserIsAddedAtOnceFrom6April2014() {
    // Guide 3: automation "add new Level 1 Users"; Glossary: automation introduced 6 April 2014
    UserProfile p = PermissionFixtures.profile("Floyd", "Rose", true);
    assertThat(rules.requestLevel1(licence, level1(), p, Automation.GRANTED, LocalDate.of(2014, 4, 5)).resultingStatus())
        .contains(UserStatus.REQUESTED);
    assertThat(rules.requestLevel1(licence, level1(), p, Automation.GRANTED, LocalDate.of(2014, 4, 6)).resultingStatus())
        .contains(UserStatus.ACTIVE);
  }

  @Test
  void level2UsersAndProvisionalSponsorsCannotManageUsers() {
    assertThat(rules.createLevel2(licence, level2(), today).decision().codes())
        .containsExactly("permission.LEVEL_2_NO_LICENCE_MENU", "permission.LEVEL_2_NO_USER_MANAGEMENT");
    Licence provisional = licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.PROVISIONAL,
        LocalDate.of(2034, 1, 1), Route.GBM_UK_EXPANSION_WORKER);
    UserOutcome o = rules.createLevel2(provisional, level1(), today);
    assertThat(o.decision().codes()).containsExactly("permission.PROVISIONAL_NO_USER_MANAGEMENT");
    assertThat(o.resultingStatus()).isEmpty();
  }

  @Test
  void aLevel1UserAmendsOnlyThemselvesOrALevel2User() {
    // Guide 4: "A Level 1 user can only amend their own details or those of a Level 2 user."
    assertThat(rules.amend(licence, level1(), level2(), level2().profile().withPosition("Training Strategy Lead"),
        Automation.NOT_GRANTED, today).processing()).contains(Processing.APPLIED_AT_ONCE);
    UserOutcome other = rules.amend(licence, level1(), otherLevel1(), otherLevel1().profile().withPosition("CEO"),
        Automation.NOT_GRANTED, today);
    assertThat(other.decision().codes()).contains("user.AMEND_ONLY_SELF_OR_LEVEL_2");
    assertThat(other.isAllowed()).isFalse();
    UserOutcome deactivated = rules.amend(licence, level1(), level2().withStatus(UserStatus.DEACTIVATED_BY_SPONSOR),
        level2().profile(), Automation.NOT_GRANTED, today);
    assertThat(deactivated.decision().codes()).contains("user.TARGET_NOT_ACTIVE");
  }

  @Test
  void aLevel1UsersOwnChangesGoToCaseworkUnlessAutomated() {
    // Guide 4, step 5 note 1 and step 6 note: assessed (user remains active) or granted automatically.
    SmsUser me = level1();
    UserOutcome name = rules.amend(licence, me, me, me.profile().withSurname("Donne"), Automation.GRANTED, today);
    assertThat(name.processing()).contains(Processing.CASEWORK);
    assertThat(name.resultingStatus()).contains(UserStatus.ACTIVE);
    assertThat(name.decision().codes()).containsExactly("user.LEVEL_1_AMENDMENT_CASEWORK");
    // address change with automation: at once from 6 April 2014, casework the day before
    UserProfile moved = me.profile().withWorkAddress(PermissionFixtures.otherAddress());
    assertThat(rules.amend(licence, me, me, moved, Automation.GRANTED, today).processing()).contains(Processing.APPLIED_AT_ONCE);
    assertThat(rules.amend(licence, me, me, moved, Automation.NOT_GRANTED, today).processing()).contains(Processing.CASEWORK);
    assertThat(rules.amend(licence, me, me, moved, Automation.GRANTED, LocalDate.of(2014, 4, 5)).processing())
        .contains(Processing.CASEWORK);
    assertThat(rules.amend(licence, me, me, moved, Automation.GRANTED, LocalDate.of(2014, 4, 6)).processing())
        .contains(Processing.APPLIED_AT_ONCE);
  }

  @Test
  void theNinoIsMandatoryForLevel1UsersFrom19June2023() {
    // Guide 4: "On 19 June 2023 the National Insurance number (NINO) became mandatory for Level 1 users ... If you
    // indicate that you don't have a NINO and provide exemption details, this will generate a request that will be
    // subject to casework consideration".
    SmsUser me = level1().withProfile(level1().profile().withNinoDeclaration(Optional.empty()));
    UserProfile noNino = me.profile().withWorkAddress(PermissionFixtures.otherAddress());
    UserOutcome before = rules.amend(licence, me, me, noNino, Automation.GRANTED, LocalDate.of(2023, 6, 18));
    assertThat(before.isAllowed()).isTrue();
    assertThat(before.processing()).contains(Processing.APPLIED_AT_ONCE);
    UserOutcome on = rules.amend(licence, me, me, noNino, Automation.GRANTED, LocalDate.of(2023, 6, 19));
    assertThat(on.decision().codes()).contains("user.NINO_REQUIRED");
    assertThat(on.resultingStatus()).isEmpty();
    UserOutcome exempt = rules.amend(licence, me, me,
        noNino.withNinoDeclaration(NinoDeclaration.exempt("Not eligible: diplomatic staff")), Automation.GRANTED,
        LocalDate.of(2023, 6, 19));
    assertThat(exempt.processing()).contains(Processing.CASEWORK);
    assertThat(exempt.decision().codes())
        .containsExactly("user.NINO_EXEMPTION_CASEWORK", "user.LEVEL_1_AMENDMENT_CASEWORK");
    // "If you enter your NINO the update will happen immediately if there are no other changes that cannot be
    // applied automatically."
    UserOutcome withNino = rules.amend(licence, me, me, PermissionFixtures.level1().profile(), Automation.NOT_GRANTED,
        LocalDate.of(2023, 6, 19));
    assertThat(withNino.processing()).contains(Processing.APPLIED_AT_ONCE);
    // a new Level 1 request without NINO or exemption is refused from the same day
    assertThat(rules.requestLevel1(licence, level1(), noNino, Automation.NOT_GRANTED, LocalDate.of(2023, 6, 19)).decision().codes())
        .contains("user.NINO_REQUIRED");
    assertThat(rules.requestLevel1(licence, level1(), noNino, Automation.NOT_GRANTED, LocalDate.of(2023, 6, 18)).isAllowed()).isTrue();
  }

  @Test
  void levelOneUsersDeactivateAnyOtherUserButNeverThemselvesAndDeactivationIsFinal() {
    // Guide 4: "Level 1 users can deactivate all other users but not themselves"; "deactivated accounts cannot be
    // reactivated".
    assertThat(rules.deactivate(licence, level1(), level2(), today).resultingStatus())
        .contains(UserStatus.DEACTIVATED_BY_SPONSOR);
    assertThat(rules.deactivate(licence, level1(), otherLevel1(), today).isAllowed()).isTrue();
    assertThat(rules.deactivate(licence, level1(), level1(), today).decision().codes())
        .containsExactly("user.NO_SELF_DEACTIVATION");
    assertThat(rules.deactivate(licence, level1(), level2().withStatus(UserStatus.DEACTIVATED_BY_UK_VI), today)
        .decision().codes()).containsExactly("user.DEACTIVATION_FINAL");
    assertThat(rules.deactivate(licence, level2(), otherLevel1(), today).isAllowed()).isFalse();
  }

  @Test
  void deactivatingTheLastSettledLevel1UserIsWarned() {
    SmsUser settled = otherLevel1();
    SmsUser me = level1().withProfile(level1().profile().withSettledWorker(false));
    UserOutcome o = rules.deactivate(licence, me, settled, java.util.List.of(me, settled, level2()),
        java.util.Set.of(), today);
    assertThat(o.isAllowed()).isTrue();
    assertThat(o.decision().warnings()).extracting(r -> r.code())
        .containsExactly("user.DEACTIVATION_LEAVES_NO_SETTLED_LEVEL_1");
    UserOutcome fine = rules.deactivate(licence, me, level2(), java.util.List.of(me, settled, level2()),
        java.util.Set.of(), today);
    assertThat(fine.decision().warnings()).isEmpty();
  }

  @Test
  void valuesRoundTripThroughJson() {
    UserOutcome o = rules.createLevel2(licence, level1(), today);
    assertThat(Json.roundTrip(o, UserOutcome.class)).isEqualTo(o);
    UserParameters p = UserParameters.defaults();
    assertThat(Json.roundTrip(p, UserParameters.class)).isEqualTo(p);
  }

  /**
   * Guide 3: "at least one Level 1 user must be a settled worker". Deactivating a settled Level 1 user while another
   * settled, active Level 1 user remains is not warned; a declared exception (diplomatic mission) also silences it;
   * a remaining Level 1 user who is deactivated does not count.
   */
  @Test
  void deactivatingALevel1UserWhileAnotherSettledLevel1RemainsIsNotWarned() {
    SmsUser me = level1();
    SmsUser settled = otherLevel1();
    UserOutcome o = rules.deactivate(licence, me, settled, java.util.List.of(me, settled, level2()),
        java.util.Set.of(), today);
    assertThat(o.isAllowed()).isTrue();
    assertThat(o.decision().warnings()).isEmpty();
    assertThat(o.resultingStatus()).contains(UserStatus.DEACTIVATED_BY_SPONSOR);

    SmsUser unsettledMe = level1().withProfile(level1().profile().withSettledWorker(false));
    SmsUser goneSettled = PermissionFixtures.user(PermissionFixtures.JOHN_SMITH, io.github.sponsorsdk.sms.core.user
        .UserLevel.LEVEL_1, UserStatus.DEACTIVATED_BY_SPONSOR, true);
    assertThat(rules.deactivate(licence, unsettledMe, settled, java.util.List.of(unsettledMe, settled, goneSettled),
        java.util.Set.of(), today).decision().warnings()).extracting(r -> r.code())
        .containsExactly("user.DEACTIVATION_LEAVES_NO_SETTLED_LEVEL_1");
  }
}
