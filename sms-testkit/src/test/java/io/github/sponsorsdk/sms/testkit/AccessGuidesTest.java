package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.testkit.audit.AuditEntry;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.junit.SmsExtension;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Manual 1, Guides 1 and 2, played against the fake with its outbox, events and audit trail. */
class AccessGuidesTest {

  static final String NEW_PASSWORD = "ApP1e5!Orchard=2026";

  @RegisterExtension
  static SmsExtension ext = SmsExtension.create();

  InMemorySms sms() {
    return ext.get();
  }

  SessionToken firstLogIn(Sponsor s) {
    SmsResult<LogIn> r = sms().logIn(s.level1(), s.initialPassword().toCharArray());
    assertThat(r.orElseThrow().mustChangePassword()).isTrue();
    return r.orElseThrow().session();
  }

  @Test
  void guide1FirstLogInWithTheEmailedPasswordThenChangeIt() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    // Step 1 note: a password pasted with a trailing space does not work, and counts as an attempt.
    SmsResult<LogIn> pasted = sms().logIn(s.level1(), (s.initialPassword() + " ").toCharArray());
    assertThat(pasted.decision().codes())
        .contains("login.INVALID_CREDENTIALS", "login.TRAILING_WHITESPACE_IN_PASSWORD");
    // Step 2: the first log-in must change the password before anything else; logging out is still possible.
    SessionToken session = firstLogIn(s);
    assertThat(sms().session(s.level1()).orElseThrow().mustChangePassword()).isTrue();
    assertThat(sms().changePassword(session, s.initialPassword().toCharArray(), NEW_PASSWORD.toCharArray(),
        NEW_PASSWORD.toCharArray()).isAllowed()).isTrue();
    assertThat(sms().session(s.level1()).orElseThrow().mustChangePassword()).isFalse();
    assertThat(sms().auditTrail().byActor(s.level1())).extracting(AuditEntry::action)
        .containsExactly(AuditAction.LOG_IN_FAILED, AuditAction.LOG_IN, AuditAction.PASSWORD_CHANGED);
    // Step 3: log out.
    assertThat(sms().logOut(session).isAllowed()).isTrue();
    assertThat(sms().session(s.level1())).isEmpty();
  }

  @Test
  void guide2ResetEmailsATemporaryPasswordAndTheLockStays() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    List<SmsEvent> heard = new ArrayList<>();
    sms().addListener(heard::add);
    for (int i = 0; i < 3; i++) {
      sms().logIn(s.level1(), "Not-the-password-1".toCharArray());
    }
    assertThat(heard).extracting(SmsEvent::kind).containsExactly(SmsEventKind.ACCOUNT_LOCKED);
    // Steps 1-3: user ID and the email the password was sent to; a temporary password by email.
    assertThat(sms().requestPasswordReset(s.level1(), "floyd.rose@sponsororg.com").isAllowed()).isTrue();
    String temporary = sms().outbox().lastTemporaryPasswordFor(s.level1()).orElseThrow();
    assertThat(sms().outbox().last().orElseThrow().kind()).isEqualTo(EmailKind.TEMPORARY_PASSWORD);
    // Step 2 note: still locked; wait for 30 minutes (the lock runs out during the clock advance).
    assertThat(sms().logIn(s.level1(), temporary.toCharArray()).decision().codes()).contains("login.ACCOUNT_LOCKED");
    sms().clock().advance(Duration.ofMinutes(30));
    assertThat(heard).extracting(SmsEvent::kind)
        .containsExactly(SmsEventKind.ACCOUNT_LOCKED, SmsEventKind.ACCOUNT_UNLOCKED);
    SmsResult<LogIn> in = sms().logIn(s.level1(), temporary.toCharArray());
    assertThat(in.orElseThrow().mustChangePassword()).isTrue();
    assertThat(in.decision().codes()).contains("login.PASSWORD_CHANGE_REQUIRED_TEMPORARY_PASSWORD");
  }

  @Test
  void aResetWithTheWrongEmailSendsNothingAndChangesNothing() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SmsSnapshot before = sms().snapshot();
    int mails = sms().outbox().size();
    assertThat(sms().requestPasswordReset(s.level1(), "FLOYD.ROSE@sponsororg.com").isAllowed()).isTrue();
    assertThat(sms().requestPasswordReset(SmsUserId.of("unknown1"), "floyd.rose@sponsororg.com").isAllowed())
        .isTrue();
    assertThat(sms().outbox().size()).isEqualTo(mails);
    assertThat(sms().snapshot()).isEqualTo(before);
  }

  @Test
  void aSessionTimesOutOnTheClockAndSaysSo() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    firstLogIn(s);
    sms().clock().advance(Duration.ofMinutes(19).plusSeconds(59));
    assertThat(sms().session(s.level1())).isPresent();
    sms().clock().advance(Duration.ofSeconds(1));
    assertThat(sms().session(s.level1())).isEmpty();
    assertThat(sms().events()).extracting(SmsEvent::kind).containsExactly(SmsEventKind.SESSION_TIMED_OUT);
    assertThat(sms().auditTrail().byAction(AuditAction.SESSION_TIMED_OUT)).hasSize(1);
  }

  @Test
  void revokingTheLicenceEndsSessionsAndLogIns() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken session = firstLogIn(s);
    sms().homeOffice().revoke(s.licenceNumber());
    assertThat(sms().logOut(session).codes()).containsExactly("testkit.NO_SESSION");
    assertThat(sms().logIn(s.level1(), s.initialPassword().toCharArray()).decision().codes())
        .containsExactly("login.LICENCE_DOES_NOT_PERMIT_LOG_IN");
    // Suspended licences can still log in (Manual 1, "Access to SMS").
    sms().homeOffice().suspend(s.licenceNumber());
    assertThat(sms().logIn(s.level1(), s.initialPassword().toCharArray()).isAllowed()).isTrue();
  }

  @Test
  void aUserDeactivatedByUkviIsLoggedOutAndNeverLogsInAgain() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken session = firstLogIn(s);
    sms().homeOffice().deactivateUser(s.level1());
    assertThat(sms().logOut(session).isRefused()).isTrue();
    assertThat(sms().logIn(s.level1(), s.initialPassword().toCharArray()).decision().codes())
        .containsExactly("login.ACCOUNT_NOT_ACTIVE");
    assertThat(sms().requestPasswordReset(s.level1(), "floyd.rose@sponsororg.com").isAllowed()).isTrue();
    assertThat(sms().outbox().lastTemporaryPasswordFor(s.level1())).isEmpty();
  }

  @Test
  void refusedCallsOtherThanLogInChangeNothing() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken session = firstLogIn(s);
    SmsSnapshot before = sms().snapshot();
    assertThat(sms().changePassword(session, s.initialPassword().toCharArray(), "weak".toCharArray(),
        "weak".toCharArray()).isRefused()).isTrue();
    assertThat(sms().changePassword(session, "wrong".toCharArray(), NEW_PASSWORD.toCharArray(),
        NEW_PASSWORD.toCharArray()).isRefused()).isTrue();
    assertThat(sms().logOut(SessionToken.of("no-such-session")).isRefused()).isTrue();
    assertThat(sms().snapshot()).isEqualTo(before);
  }
}
