package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.testkit.audit.ActorKind;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.junit.SmsExtension;
import io.github.sponsorsdk.sms.testkit.outbox.Email;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HomeOfficeTest {

  @RegisterExtension
  static SmsExtension sms = SmsExtension.create();

  @Test
  void grantingALicencePostsTheUserIdAndEmailsThePassword() {
    // Manual 1, "User ID and password": the user ID by post to the AO, the password by email to the Level 1 user.
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms.get());
    SmsUser user = sms.get().user(s.level1()).orElseThrow();
    assertThat(user.level()).isEqualTo(UserLevel.LEVEL_1);
    assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(user.holds(KeyPersonnelRole.AUTHORISING_OFFICER)).isTrue();
    assertThat(s.licence().allocations()).singleElement().satisfies(a -> assertThat(a.remaining()).isEqualTo(10));

    List<Email> mail = sms.get().outbox().about(s.level1());
    assertThat(mail).extracting(Email::kind)
        .containsExactly(EmailKind.NEW_USER_PASSWORD, EmailKind.USER_ID_LETTER);
    Email password = mail.get(0);
    assertThat(password.to()).isEqualTo("floyd.rose@sponsororg.com");
    String secret = password.password().orElseThrow();
    assertThat(secret).hasSize(16);
    assertThat(password.body()).doesNotContain(secret);
    assertThat(password.toString()).doesNotContain(secret);
    assertThat(mail.get(1).body()).contains(s.level1().value());
    assertThat(s.initialPassword()).isEqualTo(secret);
    // Stored only as a hash: the password is nowhere in the snapshot or the audit trail.
    assertThat(sms.get().snapshotJson()).doesNotContain(secret).contains("PBKDF2WithHmacSHA256");
    assertThat(sms.get().auditTrail().toJson()).doesNotContain(secret).doesNotContain("PBKDF2");
  }

  @Test
  void statusAndRatingChangesAreAuditedWithBeforeAndAfterAndRaiseEvents() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms.get());
    List<SmsEvent> heard = new ArrayList<>();
    sms.get().addListener(heard::add);
    sms.get().homeOffice().suspend(s.licenceNumber());
    sms.get().homeOffice().downgrade(s.licenceNumber(), RouteCategory.WORKER);
    assertThat(s.licence().status()).isEqualTo(LicenceStatus.SUSPENDED);
    assertThat(s.licence().rating(RouteCategory.WORKER)).contains(Rating.B);
    assertThat(heard).extracting(SmsEvent::kind)
        .containsExactly(SmsEventKind.LICENCE_STATUS_CHANGED, SmsEventKind.LICENCE_STATUS_CHANGED);
    assertThat(heard.get(0).details()).containsEntry("from", "LICENSED_AND_FULLY_ACTIVE")
        .containsEntry("to", "SUSPENDED");
    assertThat(sms.get().events()).containsExactlyElementsOf(heard);
    var entry = sms.get().auditTrail().byAction(AuditAction.LICENCE_STATUS_CHANGED).get(0);
    assertThat(entry.actorKind()).isEqualTo(ActorKind.HOME_OFFICE);
    assertThat(entry.before().orElseThrow().tree().get("status").asText()).isEqualTo("LICENSED_AND_FULLY_ACTIVE");
    assertThat(entry.after().orElseThrow().tree().get("status").asText()).isEqualTo("SUSPENDED");
    assertThat(entry.at()).isEqualTo(sms.get().clock().instant());
    // Exported as JSON objects, not as quoted strings.
    assertThat(sms.get().auditTrail().toJson()).contains("\"after\" : {\"number\":\"QHDGHB91X\"");
  }

  @Test
  void deactivationByUkviIsFinalAndAMisuseChangesNothing() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms.get());
    sms.get().homeOffice().deactivateUser(s.level1());
    SmsUser user = sms.get().user(s.level1()).orElseThrow();
    assertThat(user.status()).isEqualTo(UserStatus.DEACTIVATED_BY_UK_VI);
    assertThat(user.deactivatedOn()).contains(LocalDate.of(2026, 1, 5));
    SmsSnapshot before = sms.get().snapshot();
    assertThatThrownBy(() -> sms.get().homeOffice().deactivateUser(s.level1()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Deactivated by UK V&I");
    assertThatThrownBy(() -> sms.get().homeOffice().deactivateUser(SmsUserId.of("nobody1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(sms.get().snapshot()).isEqualTo(before);
  }

  @Test
  void snapshotRestoresTheWholeStateIntoAFreshFake() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms.get());
    Scenarios.studentSponsor().grant(sms.get());
    sms.get().homeOffice().postMessage(BoardMessage.builder().id("2014-04-06-01")
        .publishedOn(LocalDate.of(2026, 1, 5)).text("THIS MESSAGE IS FOR THE ATTENTION OF ALL SPONSORS").build());
    sms.get().homeOffice().suspend(s.licenceNumber());
    sms.get().clock().advanceDays(3);
    String json = sms.get().snapshotJson();

    InMemorySms other = InMemorySms.builder().seed(42).passwordIterations(1_000).build();
    other.restoreJson(json);
    // Everything comes back; the emails come back without their passwords (JSON never holds one).
    assertThat(other.snapshot()).isEqualTo(sms.get().snapshot().withoutPasswords());
    assertThat(other.outbox().all()).extracting(e -> e.subject()).isEqualTo(sms.get().outbox().all().stream()
        .map(e -> e.subject()).collect(java.util.stream.Collectors.toList()));
    assertThat(other.outbox().all()).allSatisfy(e -> assertThat(e.password()).isEmpty());
    assertThat(other.snapshotJson()).isEqualTo(json);
    assertThat(other.clock().today()).isEqualTo(LocalDate.of(2026, 1, 8));
    // Identifiers continue from the same counter: the next user granted gets the same ID in both fakes.
    SmsUserId a = Scenarios.skilledWorkerSponsor().licenceNumber("ABCDEFGH1").grant(sms.get()).level1();
    SmsUserId b = Scenarios.skilledWorkerSponsor().licenceNumber("ABCDEFGH1").grant(other).level1();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void theSameSeedGivesTheSameIdentifiers() {
    InMemorySms one = InMemorySms.builder().seed(7).passwordIterations(1_000).build();
    InMemorySms two = InMemorySms.builder().seed(7).passwordIterations(1_000).build();
    InMemorySms three = InMemorySms.builder().seed(8).passwordIterations(1_000).build();
    SmsUserId a = Scenarios.skilledWorkerSponsor().grant(one).level1();
    assertThat(Scenarios.skilledWorkerSponsor().grant(two).level1()).isEqualTo(a);
    assertThat(Scenarios.skilledWorkerSponsor().grant(three).level1()).isNotEqualTo(a);
  }

  @Test
  void resetEmptiesEverything() {
    Scenarios.skilledWorkerSponsor().grant(sms.get());
    sms.get().reset();
    assertThat(sms.get().outbox().all()).isEmpty();
    assertThat(sms.get().auditTrail().entries()).isEmpty();
    assertThat(sms.get().snapshot().licences()).isEmpty();
  }

  @Test
  void theExtensionGivesEachTestAFreshFake(InMemorySms injected) {
    assertThat(injected).isSameAs(sms.get());
    assertThat(injected.snapshot().licences()).isEmpty();
    assertThat(injected.passwordIterations()).isEqualTo(1_000);
  }
}
