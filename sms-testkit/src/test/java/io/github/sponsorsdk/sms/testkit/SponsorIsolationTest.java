package io.github.sponsorsdk.sms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.port.CertificateSearch;
import io.github.sponsorsdk.sms.core.port.LogIn;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.testkit.outbox.Email;
import io.github.sponsorsdk.sms.testkit.outbox.EmailKind;
import io.github.sponsorsdk.sms.testkit.scenario.Drafts;
import io.github.sponsorsdk.sms.testkit.scenario.Scenarios;
import io.github.sponsorsdk.sms.testkit.scenario.Sponsor;
import io.github.sponsorsdk.sms.testkit.scenario.SponsorScenario;
import io.github.sponsorsdk.sms.testkit.state.SmsSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the fake must never leak: one sponsor's certificates, users and e-mails to another sponsor, a Level 2 user's
 * view beyond the certificates they own, and the use of SMS before a first or temporary password has been changed
 * (Manual 1: "Search by passport number or certificate number; Level 2 users see only their own certificates";
 * Guide 1 step 2). A fake that got any of these wrong would let a vendor's suite pass against behaviour the real SMS
 * never shows (issue 18).
 */
class SponsorIsolationTest {

  static final String NOT_FOUND = "No CAS were found for the search criteria given.";

  final InMemorySms sms = InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 2)).passwordIterations(1_000)
      .build();

  static List<String> messages(SmsResult<?> r) {
    return r.decision().reasons().stream().map(Reason::message).collect(Collectors.toList());
  }

  Sponsor first() {
    return Scenarios.skilledWorkerSponsor().grant(sms);
  }

  Sponsor second() {
    UserProfile other = SponsorScenario.defaultFirstUser().withForenames("Ada").withSurname("Byron")
        .withEmail("ada.byron@othersponsor.co.uk");
    return Scenarios.skilledWorkerSponsor().licenceNumber("ZX7Q2MM47").organisation("Other Sponsor Ltd")
        .firstUser(other, io.github.sponsorsdk.sms.core.user.KeyPersonnelRole.AUTHORISING_OFFICER).grant(sms);
  }

  CertificateNumber created(SessionToken t, String passport) {
    return sms.create(t, Drafts.skilledWorker(passport)).orElseThrow().number().orElseThrow();
  }

  @Test
  void aSearchByPassportFindsOnlyTheCallersLicencesCertificates() {
    Sponsor a = first();
    Sponsor b = second();
    SessionToken ta = a.signIn();
    SessionToken tb = b.signIn();
    // The same migrant sponsored by two employers: each sponsor sees its own certificate only.
    CertificateNumber ofA = created(ta, "PA1234567");
    CertificateNumber ofB = created(tb, "PA1234567");
    assertThat(sms.search(ta, CertificateSearch.byPassport("PA1234567")).orElseThrow())
        .extracting(c -> c.number().orElseThrow()).containsExactly(ofA);
    assertThat(sms.search(tb, CertificateSearch.byPassport("PA1234567")).orElseThrow())
        .extracting(c -> c.number().orElseThrow()).containsExactly(ofB);
    // Another licence's certificate number is answered as the SMS answers a search that finds nothing.
    assertThat(messages(sms.search(tb, CertificateSearch.byNumber(ofA)))).containsExactly(NOT_FOUND);
    assertThat(messages(sms.view(tb, ofA))).contains(NOT_FOUND);
  }

  @Test
  void aSearchByPassportMatchesThatPassportOnly() {
    Sponsor a = first();
    SessionToken t = a.signIn();
    created(t, "P1111111");
    CertificateNumber second = created(t, "P2222222");
    created(t, "P3333333");
    List<Certificate> found = sms.search(t, CertificateSearch.byPassport("P2222222")).orElseThrow();
    assertThat(found).extracting(c -> c.number().orElseThrow()).containsExactly(second);
    assertThat(found.get(0).migrant().passportNumber()).isEqualTo("P2222222");
    // Passport numbers are compared exactly: a prefix or another passport finds nothing.
    assertThat(messages(sms.search(t, CertificateSearch.byPassport("P222")))).containsExactly(NOT_FOUND);
    assertThat(messages(sms.search(t, CertificateSearch.byPassport("P9999999")))).containsExactly(NOT_FOUND);
    // By number: exactly that certificate.
    assertThat(sms.search(t, CertificateSearch.byNumber(second)).orElseThrow())
        .extracting(c -> c.number().orElseThrow()).containsExactly(second);
  }

  @Test
  void aLevel2UsersSearchReturnsOnlyTheCertificatesTheyOwn() {
    Sponsor a = first();
    SessionToken level1 = a.signIn();
    SmsUser ann = sms.createLevel2User(level1, UserGuidesTest.johnSmith().withForenames("Ann")
        .withEmail("ann@sponsororg.com")).orElseThrow();
    SessionToken annT = a.signIn(ann.userId());
    // Two certificates for one passport (a withdrawn offer and a new one): one created by Ann, one by the Level 1 user.
    CertificateNumber annsOwn = created(annT, "PB7654321");
    CertificateNumber level1s = created(level1, "PB7654321");
    assertThat(sms.search(annT, CertificateSearch.byPassport("PB7654321")).orElseThrow())
        .extracting(c -> c.number().orElseThrow()).containsExactly(annsOwn);
    assertThat(messages(sms.search(annT, CertificateSearch.byNumber(level1s)))).containsExactly(NOT_FOUND);
    // The Level 1 user sees both.
    assertThat(sms.search(level1, CertificateSearch.byPassport("PB7654321")).orElseThrow())
        .extracting(c -> c.number().orElseThrow()).containsExactlyInAnyOrder(annsOwn, level1s);
  }

  @Test
  void aFirstPasswordMustBeChangedBeforeAnythingElse() {
    Sponsor a = first();
    SmsResult<LogIn> in = sms.logIn(a.level1(), a.initialPassword().toCharArray());
    assertThat(in.orElseThrow().mustChangePassword()).isTrue();
    SessionToken t = in.orElseThrow().session();
    SmsSnapshot before = sms.snapshot();
    // Guide 1, step 2: every function is refused with the same reason until the password is changed, and nothing
    // is created on the way.
    assertThat(sms.users(t).decision().codes()).containsExactly("testkit.PASSWORD_CHANGE_REQUIRED");
    assertThat(sms.create(t, Drafts.skilledWorker("P1")).decision().codes())
        .containsExactly("testkit.PASSWORD_CHANGE_REQUIRED");
    assertThat(sms.search(t, CertificateSearch.byPassport("P1")).decision().codes())
        .containsExactly("testkit.PASSWORD_CHANGE_REQUIRED");
    assertThat(sms.licenceSummary(t).decision().codes()).containsExactly("testkit.PASSWORD_CHANGE_REQUIRED");
    assertThat(sms.certificates(a.licenceNumber())).isEmpty();
    assertThat(sms.users(a.licenceNumber())).hasSize(1);
    assertThat(sms.licences()).isEqualTo(before.licences());
    // Changing it is the one call allowed, and it lifts the restriction on the same session.
    assertThat(sms.changePassword(t, a.initialPassword().toCharArray(), Sponsor.PASSWORD.toCharArray(),
        Sponsor.PASSWORD.toCharArray()).isAllowed()).isTrue();
    assertThat(sms.users(t).isAllowed()).isTrue();
    assertThat(sms.session(a.level1()).orElseThrow().mustChangePassword()).isFalse();
  }

  @Test
  void aTemporaryPasswordMustBeChangedBeforeAnythingElse() {
    Sponsor a = first();
    a.signIn();
    sms.logOut(sms.session(a.level1()).orElseThrow().token());
    assertThat(sms.requestPasswordReset(a.level1(), "floyd.rose@sponsororg.com").isAllowed()).isTrue();
    String temporary = sms.outbox().lastTemporaryPasswordFor(a.level1()).orElseThrow();
    SessionToken t = sms.logIn(a.level1(), temporary.toCharArray()).orElseThrow().session();
    assertThat(sms.users(t).decision().codes()).containsExactly("testkit.PASSWORD_CHANGE_REQUIRED");
    assertThat(sms.create(t, Drafts.skilledWorker("P1")).decision().codes())
        .containsExactly("testkit.PASSWORD_CHANGE_REQUIRED");
    assertThat(sms.certificates(a.licenceNumber())).isEmpty();
  }

  @Test
  void licenceExpiryNoticesGoOnlyToTheActiveLevel1UsersOfTheExpiringLicence() {
    // Licences expiring before 6 April 2024 still needed renewal; the window opens 90 days before expiry.
    InMemorySms old = InMemorySms.builder().startingOn(LocalDate.of(2023, 9, 1)).passwordIterations(1_000).build();
    Sponsor expiring = Scenarios.skilledWorkerSponsor().expiresOn(LocalDate.of(2023, 12, 31)).grant(old);
    UserProfile other = SponsorScenario.defaultFirstUser().withForenames("Ada").withSurname("Byron")
        .withEmail("ada.byron@othersponsor.co.uk");
    Scenarios.skilledWorkerSponsor().licenceNumber("ZX7Q2MM47").expiresOn(LocalDate.of(2024, 3, 31))
        .firstUser(other, io.github.sponsorsdk.sms.core.user.KeyPersonnelRole.AUTHORISING_OFFICER).grant(old);
    SessionToken t = expiring.signIn();
    old.createLevel2User(t, UserGuidesTest.johnSmith().withEmail("john.smith@sponsororg.com")).orElseThrow();
    old.clock().advanceTo(LocalDate.of(2023, 10, 2));
    List<Email> notices = old.outbox().ofKind(EmailKind.LICENCE_EXPIRY);
    assertThat(notices).extracting(Email::to).containsExactly("floyd.rose@sponsororg.com");
    assertThat(notices.get(0).about()).contains(expiring.level1());
    assertThat(notices.get(0).subject()).isEqualTo("Your sponsor licence expires on 2023-12-31");
  }

  @Test
  void resetEmptiesEverythingAndRestoreBringsBackExactlyTheSnapshot() {
    Sponsor a = first();
    SessionToken t = a.signIn();
    SmsSnapshot granted = sms.snapshot();
    int mailsAtGrant = sms.outbox().size();
    created(t, "P1");
    sms.clock().advance(java.time.Duration.ofHours(1));
    assertThat(sms.certificates(a.licenceNumber())).hasSize(1);

    sms.restore(granted);
    assertThat(sms.snapshot()).isEqualTo(granted);
    assertThat(sms.certificates(a.licenceNumber())).isEmpty();
    assertThat(sms.outbox().size()).isEqualTo(mailsAtGrant);
    assertThat(sms.clock().instant()).isEqualTo(granted.at());

    sms.reset();
    assertThat(sms.licences()).isEmpty();
    assertThat(sms.users(a.licenceNumber())).isEmpty();
    assertThat(sms.outbox().size()).isZero();
    assertThat(sms.events()).isEmpty();
    assertThat(sms.auditTrail().size()).isZero();
    assertThat(sms.calls()).isEmpty();
    assertThat(sms.session(a.level1())).isEmpty();
  }
}
