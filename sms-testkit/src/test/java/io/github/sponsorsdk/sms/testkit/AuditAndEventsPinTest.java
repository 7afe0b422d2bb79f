package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.message.BoardMessage;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.testkit.audit.ActorKind;
import io.github.sponsorsdk.sms.testkit.audit.AuditAction;
import io.github.sponsorsdk.sms.testkit.audit.AuditEntry;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import io.github.sponsorsdk.sms.testkit.event.SmsEventKind;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fake's audit trail and events, pinned per SMS function (issue 18: entries and emissions could be removed with
 * every test green). The SMS itself keeps no history; sponsors want the evidence of who changed what and when
 * (DESIGN, "What users struggle with"), so each state change a vendor's suite can observe leaves exactly one entry
 * naming the action, who acted, the licence, the subject and the state before and after, and the changes a listener
 * subscribes to are emitted once. A refused call leaves neither.
 */
class AuditAndEventsPinTest {

  final InMemorySms sms = InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 2)).passwordIterations(1_000)
      .build();

  static UserProfile john() {
    return UserProfile.builder().title("Mr").forenames("John").surname("Smith").email("john@sponsororg.com")
        .position("Training Lead").workAddress(SponsorScenario.defaultAddress()).settledWorker(true).build();
  }

  static UserProfile dj() {
    return UserProfile.builder().title("Mr").forenames("DJ").surname("Don").email("dj.don@sponsororg.com")
        .position("HR Director").workAddress(SponsorScenario.defaultAddress()).settledWorker(true)
        .ninoDeclaration(io.github.sponsorsdk.sms.core.user.NinoDeclaration.of(
            io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber.of("AB123456C")))
        .build();
  }

  /** The one entry the call left (the trail grew by exactly the given actions, in order). */
  List<AuditEntry> since(int size) {
    List<AuditEntry> all = sms.auditTrail().entries();
    return all.subList(size, all.size());
  }

  List<SmsEvent> eventsSince(int size) {
    List<SmsEvent> all = sms.events();
    return all.subList(size, all.size());
  }

  static List<AuditAction> actions(List<AuditEntry> entries) {
    return entries.stream().map(AuditEntry::action).collect(Collectors.toList());
  }

  static List<SmsEventKind> kinds(List<SmsEvent> events) {
    return events.stream().map(SmsEvent::kind).collect(Collectors.toList());
  }

  @Test
  void userManagementIsAuditedByTheUserWhoActed() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken t = s.signIn();

    int a = sms.auditTrail().size();
    SmsUser level2 = sms.createLevel2User(t, john()).orElseThrow();
    AuditEntry created = since(a).stream().filter(e -> e.action() == AuditAction.USER_CREATED).findFirst()
        .orElseThrow();
    assertThat(created.subject()).isEqualTo(level2.userId().value());
    assertThat(created.licence()).contains(s.licenceNumber());
    assertThat(created.actorKind()).isEqualTo(ActorKind.USER);
    assertThat(created.actor()).contains(s.level1());
    assertThat(created.before()).isEmpty();
    assertThat(created.after()).isPresent();

    // Guide 3: a Level 1 request goes to the Home Office: requested, then approved or refused.
    a = sms.auditTrail().size();
    SmsUser requested = sms.requestLevel1User(t, dj()).orElseThrow();
    assertThat(requested.status()).isEqualTo(UserStatus.REQUESTED);
    assertThat(actions(since(a))).contains(AuditAction.LEVEL_1_USER_REQUESTED, AuditAction.CASEWORK_SUBMITTED);
    assertThat(sms.auditTrail().byAction(AuditAction.LEVEL_1_USER_REQUESTED)).singleElement()
        .satisfies(e -> assertThat(e.subject()).isEqualTo(requested.userId().value()));
    a = sms.auditTrail().size();
    int ev = sms.events().size();
    sms.homeOffice().approve(sms.homeOffice().pendingCasework().get(0).request().reference());
    List<AuditEntry> approval = since(a);
    assertThat(actions(approval)).contains(AuditAction.LEVEL_1_USER_APPROVED, AuditAction.CASEWORK_APPROVED);
    assertThat(approval).allSatisfy(e -> assertThat(e.actorKind()).isEqualTo(ActorKind.HOME_OFFICE));
    assertThat(kinds(eventsSince(ev))).contains(SmsEventKind.USER_STATUS_CHANGED, SmsEventKind.CASEWORK_DECIDED);
    assertThat(eventsSince(ev)).filteredOn(e -> e.kind() == SmsEventKind.USER_STATUS_CHANGED).singleElement()
        .satisfies(e -> {
          assertThat(e.subject()).isEqualTo(requested.userId().value());
          assertThat(e.licence()).contains(s.licenceNumber());
        });

    // Guide 4: deactivation, by the sponsor and by UK V&I.
    a = sms.auditTrail().size();
    ev = sms.events().size();
    sms.deactivateUser(t, level2.userId()).orElseThrow();
    assertThat(actions(since(a))).containsExactly(AuditAction.USER_DEACTIVATED);
    assertThat(since(a).get(0).subject()).isEqualTo(level2.userId().value());
    assertThat(since(a).get(0).actor()).contains(s.level1());
    assertThat(since(a).get(0).before()).isPresent();
    assertThat(eventsSince(ev)).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(SmsEventKind.USER_STATUS_CHANGED);
      assertThat(e.subject()).isEqualTo(level2.userId().value());
      assertThat(e.details()).containsEntry("from", "ACTIVE").containsEntry("to", "DEACTIVATED_BY_SPONSOR");
    });
    a = sms.auditTrail().size();
    ev = sms.events().size();
    sms.homeOffice().deactivateUser(requested.userId());
    assertThat(actions(since(a))).containsExactly(AuditAction.USER_DEACTIVATED_BY_UK_VI);
    assertThat(since(a).get(0).actorKind()).isEqualTo(ActorKind.HOME_OFFICE);
    assertThat(kinds(eventsSince(ev))).containsExactly(SmsEventKind.USER_STATUS_CHANGED);

    // A refused call (deactivating oneself) leaves nothing.
    a = sms.auditTrail().size();
    ev = sms.events().size();
    assertThat(sms.deactivateUser(t, s.level1()).isAllowed()).isFalse();
    assertThat(since(a)).isEmpty();
    assertThat(eventsSince(ev)).isEmpty();

    a = sms.auditTrail().size();
    sms.logOut(t);
    assertThat(actions(since(a))).containsExactly(AuditAction.LOG_OUT);
    assertThat(since(a).get(0).actor()).contains(s.level1());
  }

  @Test
  void aRefusedLevel1RequestIsAuditedAsRefused() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SmsUser requested = sms.requestLevel1User(s.signIn(), dj()).orElseThrow();
    int a = sms.auditTrail().size();
    sms.homeOffice().refuse(sms.homeOffice().pendingCasework().get(0).request().reference());
    assertThat(actions(since(a))).contains(AuditAction.LEVEL_1_USER_REFUSED, AuditAction.CASEWORK_REFUSED)
        .doesNotContain(AuditAction.LEVEL_1_USER_APPROVED);
    assertThat(sms.auditTrail().byAction(AuditAction.LEVEL_1_USER_REFUSED)).singleElement()
        .satisfies(e -> assertThat(e.subject()).isEqualTo(requested.userId().value()));
  }

  @Test
  void certificateFunctionsAreAuditedAndStatusChangesEmitted() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    SessionToken t = s.signIn();
    int a = sms.auditTrail().size();
    CertificateNumber n = sms.create(t, Drafts.skilledWorker("PA7654321")).orElseThrow().number().orElseThrow();
    assertThat(actions(since(a))).containsExactly(AuditAction.CERTIFICATE_CREATED);
    assertThat(since(a).get(0).subject()).isEqualTo(n.value());
    assertThat(since(a).get(0).licence()).contains(s.licenceNumber());

    a = sms.auditTrail().size();
    int ev = sms.events().size();
    sms.assign(t, n).orElseThrow();
    assertThat(actions(since(a))).containsExactlyInAnyOrder(AuditAction.CERTIFICATE_ASSIGNED,
        AuditAction.ALLOCATION_USED);
    assertThat(sms.auditTrail().byAction(AuditAction.ALLOCATION_USED)).singleElement().satisfies(e -> {
      assertThat(e.subject()).isEqualTo(s.licenceNumber().value());
      assertThat(e.before()).isPresent();
      assertThat(e.after()).isPresent().isNotEqualTo(e.before());
    });
    assertThat(eventsSince(ev)).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(SmsEventKind.CERTIFICATE_STATUS_CHANGED);
      assertThat(e.subject()).isEqualTo(n.value());
    });

    a = sms.auditTrail().size();
    sms.addSponsorNote(t, n, "Start date moved by agreement").orElseThrow();
    assertThat(actions(since(a))).containsExactly(AuditAction.SPONSOR_NOTE_ADDED);

    a = sms.auditTrail().size();
    ev = sms.events().size();
    sms.withdraw(t, n).orElseThrow();
    assertThat(actions(since(a))).containsExactly(AuditAction.CERTIFICATE_WITHDRAWN);
    assertThat(kinds(eventsSince(ev))).containsExactly(SmsEventKind.CERTIFICATE_STATUS_CHANGED);
    assertThat(since(a).get(0).actor()).contains(s.level1());
  }

  @Test
  void homeOfficeActsOnTheLicenceAndTheBoard() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    int a = sms.auditTrail().size();
    int ev = sms.events().size();
    sms.homeOffice().rate(s.licenceNumber(), RouteCategory.WORKER, Rating.B);
    assertThat(actions(since(a))).containsExactly(AuditAction.LICENCE_RATING_CHANGED);
    assertThat(since(a).get(0).actorKind()).isEqualTo(ActorKind.HOME_OFFICE);
    assertThat(eventsSince(ev)).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(SmsEventKind.LICENCE_STATUS_CHANGED);
      assertThat(e.details()).containsEntry("category", "WORKER").containsEntry("to", "B");
    });

    a = sms.auditTrail().size();
    ev = sms.events().size();
    BoardMessage m = BoardMessage.builder().id("m-2026-03-02").text("THIS MESSAGE IS FOR THE ATTENTION OF ALL "
        + "SPONSORS: planned maintenance").publishedOn(LocalDate.of(2026, 3, 2)).build();
    sms.homeOffice().postMessage(m);
    assertThat(actions(since(a))).containsExactly(AuditAction.MESSAGE_POSTED);
    assertThat(since(a).get(0).subject()).isEqualTo(m.id());
    assertThat(kinds(eventsSince(ev))).containsExactly(SmsEventKind.MESSAGE_POSTED);

    // Guide 5: the Level 1 user reads the board at log-in (signIn confirms it); reading it is audited once, and
    // confirming messages already read records nothing new.
    a = sms.auditTrail().size();
    SessionToken t = s.signIn();
    assertThat(since(a)).filteredOn(e -> e.action() == AuditAction.MESSAGES_READ).singleElement().satisfies(e -> {
      assertThat(e.actor()).contains(s.level1());
      assertThat(e.subject()).isEqualTo(s.level1().value());
      assertThat(e.after().orElseThrow().json()).contains(m.id());
    });
    a = sms.auditTrail().size();
    assertThat(sms.confirmMessagesRead(t).isAllowed()).isTrue();
    assertThat(since(a)).isEmpty();
  }

  @Test
  void aPasswordResetIsAudited() {
    Sponsor s = Scenarios.skilledWorkerSponsor().grant(sms);
    s.signIn();
    SmsUser u = sms.user(s.level1()).orElseThrow();
    int a = sms.auditTrail().size();
    assertThat(sms.requestPasswordReset(u.userId(), u.profile().email()).isAllowed()).isTrue();
    assertThat(actions(since(a))).containsExactly(AuditAction.PASSWORD_RESET);
    assertThat(since(a).get(0).subject()).isEqualTo(u.userId().value());
    // The wrong e-mail address changes nothing.
    a = sms.auditTrail().size();
    sms.requestPasswordReset(u.userId(), "someone.else@example.com");
    assertThat(since(a)).isEmpty();
  }
}
