package io.github.sponsorsdk.sms.rules.meta;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.sponsorsdk.sms.rules.user.Automation;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.licence.LicenceRules;
import io.github.sponsorsdk.sms.rules.message.BoardChoice;
import io.github.sponsorsdk.sms.rules.message.MessageBoardRules;
import io.github.sponsorsdk.sms.rules.permission.CertificateOwnership;
import io.github.sponsorsdk.sms.rules.permission.PermissionEngine;
import io.github.sponsorsdk.sms.rules.permission.PermissionReasonCode;
import io.github.sponsorsdk.sms.rules.permission.PermissionRequest;
import io.github.sponsorsdk.sms.rules.permission.SmsAction;
import io.github.sponsorsdk.sms.rules.testing.PermissionFixtures;
import io.github.sponsorsdk.sms.rules.user.Processing;
import io.github.sponsorsdk.sms.rules.user.StatusChanger;
import io.github.sponsorsdk.sms.rules.user.UserManagementRules;
import io.github.sponsorsdk.sms.rules.user.UserOutcome;
import io.github.sponsorsdk.sms.rules.user.UserStatusTransitions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README quick-start snippets of the permission, licence, user and message engines, kept compiling and true. */
class ReadmeSnippetsTest {

  final Licence licence = PermissionFixtures.licence();          // Skilled Worker, Creative Worker, Student; A-rated
  final SmsUser level1 = PermissionFixtures.level1();
  final SmsUser level2 = PermissionFixtures.level2();

  @Test
  void permissions() {
    PermissionEngine engine = PermissionEngine.defaults();
    LocalDate today = LocalDate.of(2026, 11, 25);

    PermissionRequest asLevel2 = PermissionRequest.of(level2, licence, today);
    Decision menu = engine.decide(asLevel2, SmsAction.VIEW_LICENCE_SUMMARY);
    assertThat(menu.isRefused()).isTrue();
    assertThat(menu.codes()).containsExactly("permission.LEVEL_2_NO_LICENCE_MENU");
    assertThat(menu.refusals().get(0).citation().toString())
        .isEqualTo("SMS Manual 1: Introduction to SMS, Access to SMS (user levels) (edition of 2023-06-19)");

    Decision view = engine.decide(asLevel2.on(CertificateOwnership.ANOTHER_USER), SmsAction.VIEW_COS);
    assertThat(view.has(PermissionReasonCode.LEVEL_2_NOT_CERTIFICATE_OWNER)).isTrue();

    Set<SmsAction> shown = engine.allowedActions(PermissionRequest.of(level1, licence, today));
    assertThat(shown).contains(SmsAction.APPLY_DEFINED_COS).doesNotContain(SmsAction.APPLY_LICENCE_RENEWAL);
  }

  @Test
  void licence() {
    LicenceRules rules = LicenceRules.defaults();
    LocalDate expiry = LocalDate.of(2024, 4, 5);          // before the 6 April 2024 change: must renew
    assertThat(rules.renewalWindow(expiry, LocalDate.of(2024, 2, 1)).opensOn()).isEqualTo(LocalDate.of(2024, 1, 6));
    assertThat(rules.decideRenewal(expiry, LocalDate.of(2024, 4, 4)).isAllowed()).isTrue();   // the day before
    assertThat(rules.decideRenewal(expiry, LocalDate.of(2024, 4, 5)).codes())
        .containsExactly("licence.RENEWAL_WINDOW_CLOSED", "licence.RENEWAL_WINDOW_DATES");
    assertThat(rules.decideRenewal(LocalDate.of(2024, 4, 6), LocalDate.of(2024, 2, 1)).codes())
        .containsExactly("licence.RENEWAL_NOT_REQUIRED");                                          // extended 10 years
    assertThat(rules.decidePremiumService(licence, LocalDate.of(2026, 1, 5)).codes())
        .containsExactly("licence.PREMIUM_CLOSED_TO_APPLICATIONS");
  }

  @Test
  void users() {
    UserManagementRules users = UserManagementRules.defaults();
    LocalDate today = LocalDate.of(2026, 11, 25);

    UserOutcome created = users.createLevel2(licence, level1, today);
    assertThat(created.resultingStatus()).contains(UserStatus.ACTIVE);
    assertThat(users.deactivate(licence, level1, level1, today).decision().codes())
        .containsExactly("user.NO_SELF_DEACTIVATION");
    UserOutcome amended = users.amend(licence, level1, level2,
        level2.profile().withPosition("Lead"), Automation.NOT_GRANTED,
        today);
    assertThat(amended.processing()).contains(Processing.APPLIED_AT_ONCE);
    assertThat(UserStatusTransitions.defaults().decide(UserStatus.DEACTIVATED_BY_SPONSOR, UserStatus.ACTIVE,
        StatusChanger.SPONSOR).codes()).containsExactly("user.DEACTIVATION_FINAL");
  }

  @Test
  void messageBoard() {
    MessageBoardRules board = MessageBoardRules.defaults();
    BoardMessage reminder = BoardMessage.builder().id("m-2014-04-06").text("THIS MESSAGE IS FOR ALL SPONSORS: ...")
        .publishedOn(LocalDate.of(2014, 4, 6)).build();
    LocalDate today = LocalDate.of(2026, 11, 25);

    List<BoardMessage> shown = board.active(UserLevel.LEVEL_1, Set.of(Route.SKILLED_WORKER), List.of(reminder), today);
    assertThat(board.decide(UserLevel.LEVEL_1, shown, Optional.empty(), SmsAction.CREATE_COS).codes())
        .containsExactly("message.MUST_READ_MESSAGES_FIRST");
    assertThat(board.decide(UserLevel.LEVEL_1, shown, Optional.of(BoardChoice.OK), SmsAction.CREATE_COS).isAllowed())
        .isTrue();
    assertThat(board.archivedUntil(LocalDate.of(2026, 1, 31), today)).isEqualTo(LocalDate.of(2027, 1, 31));
  }
}
