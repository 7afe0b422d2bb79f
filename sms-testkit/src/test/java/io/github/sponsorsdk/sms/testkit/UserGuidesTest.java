package io.github.sponsorsdk.sms.testkit;

import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.port.CaseworkKind;
import io.github.sponsorsdk.sms.core.port.CaseworkStatus;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.NinoDeclaration;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.testkit.junit.SmsExtension;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import io.github.sponsorsdk.sms.testkit.state.CaseworkRecord;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Manual 1, Guides 3 (request Level 1, create Level 2), 4 (amend, deactivate) and 5 (message board). */
class UserGuidesTest {

  @RegisterExtension
  static SmsExtension ext = SmsExtension.create();

  InMemorySms sms() {
    return ext.get();
  }

  /** Guide 4, step 4: John Smith, Training Lead. */
  static UserProfile johnSmith() {
    return UserProfile.builder().title("Mr").forenames("John").surname("Smith").email("john@sponsororg.com")
        .position("Training Lead").workAddress(SponsorScenario.defaultAddress()).settledWorker(true).build();
  }

  /** A Level 1 user with a NINO (mandatory for Level 1 users from 19 June 2023). */
  static UserProfile djDon() {
    return UserProfile.builder().title("Mr").forenames("DJ").surname("Don").email("dj.don@sponsororg.com")
        .position("HR Director").workAddress(SponsorScenario.defaultAddress()).settledWorker(true)
        .ninoDeclaration(NinoDeclaration.of(NationalInsuranceNumber.of("AB123456C"))).build();
  }

  @Test
  void guide3ALevel1RequestWaitsForTheHomeOfficeThenGetsItsPassword() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken t = s.signIn();
    SmsResult<SmsUser> requested = sms().requestLevel1User(t, djDon());
    assertThat(requested.decision().codes()).contains("user.LEVEL_1_REQUEST_ASSESSED");
    SmsUser dj = requested.orElseThrow();
    assertThat(dj.status()).isEqualTo(UserStatus.REQUESTED);
    assertThat(sms().outbox().lastPasswordFor(dj.userId())).isEmpty();
    assertThat(sms().logIn(dj.userId(), "anything-at-all".toCharArray()).isRefused()).isTrue();
    CaseworkRecord pending = sms().homeOffice().pendingCasework().get(0);
    assertThat(pending.request().kind()).isEqualTo(CaseworkKind.LEVEL_1_USER);

    sms().homeOffice().approve(pending.request().reference());
    assertThat(sms().user(dj.userId()).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    // Guide 3: the password goes to the new user; the requester reads the status, no approval e-mail.
    assertThat(sms().outbox().ofKind(EmailKind.REQUEST_APPROVED)).isEmpty();
    SmsResult<LogIn> first = sms().logIn(dj.userId(), sms().outbox().lastPasswordFor(dj.userId()).orElseThrow()
        .toCharArray());
    assertThat(first.orElseThrow().mustChangePassword()).isTrue();
    assertThat(sms().users(t).orElseThrow()).extracting(SmsUser::userId).contains(s.level1(), dj.userId());
  }

  @Test
  void guide3ARefusedRequestIsFinal() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SmsUser dj = sms().requestLevel1User(s.signIn(), djDon()).orElseThrow();
    String ref = sms().homeOffice().pendingCasework().get(0).request().reference();
    assertThat(sms().homeOffice().refuse(ref, "The nominee is not employed by the sponsor.").status())
        .isEqualTo(CaseworkStatus.REFUSED);
    assertThat(sms().user(dj.userId()).orElseThrow().status()).isEqualTo(UserStatus.REFUSED);
    // Guide 3, step 6 note: "If the status is Refused, we will write to the AO to advise them why".
    assertThat(sms().outbox().ofKind(EmailKind.LEVEL_1_REFUSAL_LETTER)).singleElement().satisfies(letter -> {
      assertThat(letter.to()).isEqualTo(sms().user(s.level1()).orElseThrow().profile().email());
      assertThat(letter.body()).contains("The nominee is not employed by the sponsor.");
    });
    assertThat(sms().outbox().ofKind(EmailKind.REQUEST_REFUSED)).isEmpty();
    assertThat(sms().homeOffice().pendingCasework()).isEmpty();
  }

  @Test
  void guide3ALevel2UserIsActiveAtOnceAndSeesLessThanALevel1User() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken t = s.signIn();
    SmsUser john = sms().createLevel2User(t, johnSmith()).orElseThrow();
    assertThat(john.level()).isEqualTo(UserLevel.LEVEL_2);
    assertThat(john.status()).isEqualTo(UserStatus.ACTIVE);
    // Guide 3: the ID is on the creating user's screen (returned); only the password is e-mailed, to the new user.
    assertThat(sms().outbox().about(john.userId())).extracting(e -> e.kind())
        .containsExactly(EmailKind.NEW_USER_PASSWORD);
    assertThat(sms().outbox().about(john.userId()).get(0).to()).isEqualTo(johnSmith().email());
    assertThat(sms().outbox().about(john.userId()).get(0).body()).doesNotContain(john.userId().value());
    SessionToken j = s.signIn(john.userId());
    // Manual 1, "Access to SMS": no Licence summary menu, no user management, no message board for Level 2.
    assertThat(sms().licenceSummary(j).isRefused()).isTrue();
    assertThat(sms().users(j).isRefused()).isTrue();
    assertThat(sms().activeMessages(j).isRefused()).isTrue();
    assertThat(sms().createLevel2User(j, johnSmith().withEmail("other@sponsororg.com")).isRefused()).isTrue();
    assertThat(sms().licenceSummary(t).orElseThrow().number()).isEqualTo(s.licenceNumber());
  }

  @Test
  void guide4AmendALevel2UserAtOnceAndNeverAnotherLevel1User() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken t = s.signIn();
    SmsUser john = sms().createLevel2User(t, johnSmith()).orElseThrow();
    SmsResult<SmsUser> amended = sms().amendUser(t, john.userId(), johnSmith().withPosition("Head of Training"));
    assertThat(amended.orElseThrow().profile().position()).isEqualTo("Head of Training");
    assertThat(sms().auditTrail().byAction(AuditAction.USER_AMENDED)).hasSize(1);

    SmsUser dj = sms().requestLevel1User(t, djDon()).orElseThrow();
    sms().homeOffice().approve(sms().homeOffice().pendingCasework().get(0).request().reference());
    SmsSnapshot before = sms().snapshot();
    SmsResult<SmsUser> other = sms().amendUser(t, dj.userId(), djDon().withPosition("CEO"));
    assertThat(other.decision().codes()).contains("user.AMEND_ONLY_SELF_OR_LEVEL_2");
    assertThat(sms().snapshot()).isEqualTo(before);
  }

  @Test
  void guide4DeactivationIsPermanentAndNeverOfOneself() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    SessionToken t = s.signIn();
    SmsUser john = sms().createLevel2User(t, johnSmith()).orElseThrow();
    SessionToken j = s.signIn(john.userId());
    assertThat(sms().deactivateUser(t, s.level1()).decision().codes()).contains("user.NO_SELF_DEACTIVATION");
    SmsUser gone = sms().deactivateUser(t, john.userId()).orElseThrow();
    assertThat(gone.status()).isEqualTo(UserStatus.DEACTIVATED_BY_SPONSOR);
    assertThat(gone.deactivatedBy()).contains(s.level1());
    // Logged out at once, and never back.
    assertThat(sms().logOut(j).isRefused()).isTrue();
    assertThat(sms().logIn(john.userId(), Sponsor.PASSWORD.toCharArray()).decision().codes())
        .contains("login.ACCOUNT_NOT_ACTIVE");
    assertThat(sms().deactivateUser(t, john.userId()).isRefused()).isTrue();
  }

  @Test
  void guide5MessagesShownAtLogInMustBeReadFirstAndExpireIntoTheArchive() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms());
    s.signIn();
    LocalDate today = sms().clock().today();
    BoardMessage forWorkers = BoardMessage.builder().id("2026-01-05-01").publishedOn(today)
        .expiresOn(today.plusDays(10)).text("THIS MESSAGE IS FOR SKILLED WORKER SPONSORS")
        .addTargetRoutes(Route.SKILLED_WORKER).build();
    BoardMessage forStudents = BoardMessage.builder().id("2026-01-05-02").publishedOn(today)
        .text("THIS MESSAGE IS FOR STUDENT SPONSORS").addTargetRoutes(Route.STUDENT).build();
    sms().homeOffice().postMessage(forWorkers);
    sms().homeOffice().postMessage(forStudents);

    SmsResult<LogIn> in = sms().logIn(s.level1(), Sponsor.PASSWORD.toCharArray());
    assertThat(in.orElseThrow().messages()).containsExactly(forWorkers);
    SessionToken t = in.orElseThrow().session();
    assertThat(sms().licenceSummary(t).decision().codes()).contains("message.MUST_READ_MESSAGES_FIRST");
    assertThat(sms().activeMessages(t).orElseThrow()).containsExactly(forWorkers);
    assertThat(sms().confirmMessagesRead(t).isAllowed()).isTrue();
    assertThat(sms().licenceSummary(t).isAllowed()).isTrue();

    sms().clock().advanceDays(10);
    SessionToken later = s.signIn();
    assertThat(sms().activeMessages(later).orElseThrow()).isEmpty();
    assertThat(sms().archivedMessages(later).orElseThrow()).containsExactly(forWorkers);
  }

  @Test
  void guide4ALevel1UsersOwnAmendmentGoesToCaseworkAndAppliesOnApproval() {
    Sponsor s = Scenarios.skilledWorkerSponsor().firstUser(djDon()).grant(sms());
    SessionToken t = s.signIn();
    SmsResult<SmsUser> r = sms().amendUser(t, s.level1(), djDon().withPosition("Chief People Officer"));
    assertThat(r.decision().codes()).contains("user.LEVEL_1_AMENDMENT_CASEWORK");
    assertThat(sms().user(s.level1()).orElseThrow().profile().position()).isEqualTo("HR Director");
    CaseworkRecord pending = sms().homeOffice().pendingCasework().get(0);
    assertThat(pending.request().kind()).isEqualTo(CaseworkKind.USER_AMENDMENT);
    sms().homeOffice().approve(pending.request().reference());
    assertThat(sms().user(s.level1()).orElseThrow().profile().position()).isEqualTo("Chief People Officer");
  }
}
