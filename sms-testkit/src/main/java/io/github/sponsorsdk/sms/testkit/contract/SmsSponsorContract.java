package io.github.sponsorsdk.sms.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.certificate.CertificateStatus;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.port.CertificateSearch;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsResult;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the sponsor-side port beyond access: users (Guides 3 and 4), licence summary, and CoS (Manual 1,
 * "Access to SMS" and Troubleshooting). Runnable against any implementation: extend it and return a fresh
 * {@link SponsorFixture}. Asserts the SMS's own wording where Manual 1 quotes it.
 */
public abstract class SmsSponsorContract {

  /** Manual 1, Troubleshooting. */
  public static final String INSUFFICIENT = "The assignment could not be processed due to there being insufficient "
      + "remaining CoS in your allocation";
  /** Manual 1, Troubleshooting. */
  public static final String NOT_FOUND = "No CAS were found for the search criteria given.";

  /** The fixture of the current test, from {@link #fixture()}. */
  protected SponsorFixture fx;

  /** {@return a fresh fixture for each test: the implementation under test} */
  protected abstract SponsorFixture fixture();

  @BeforeEach
  void freshFixture() {
    fx = fixture();
  }

  /**
   * {@return the messages of {@code r}'s reasons, to assert on wording}
   *
   * @param r a result
   */
  protected static List<String> messages(SmsResult<?> r) {
    return r.decision().reasons().stream().map(Reason::message).collect(Collectors.toList());
  }

  /**
   * {@return a Level 2 user's details}
   *
   * @param name the user's surname
   */
  protected static UserProfile level2Profile(String name) {
    return UserProfile.builder().title("Ms").forenames(name).surname("Smith")
        .email(name.toLowerCase() + "@sponsororg.com").position("Recruiter")
        .workAddress(Address.builder().line1("1 High Street").townOrCity("Leeds").postcode(UkPostcode.of("LS1 1AA"))
            .build())
        .settledWorker(true).build();
  }

  /**
   * {@return the number of a new, assigned Skilled Worker CoS}
   *
   * @param t the session
   * @param passport the migrant's passport number
   */
  protected CertificateNumber assigned(SessionToken t, String passport) {
    Certificate c = fx.certificates().create(t, fx.readyDraft(passport)).orElseThrow();
    SmsResult<Certificate> r = fx.certificates().assign(t, c.number().orElseThrow());
    assertTrue(r.isAllowed(), r.decision()::toString);
    assertEquals(CertificateStatus.ASSIGNED, r.orElseThrow().status());
    return c.number().orElseThrow();
  }

  @Test
  void assignmentsUseTheAllocationUntilNoneRemains() {
    SessionToken t = fx.newSkilledWorkerSponsor(2);
    assigned(t, "P1");
    assigned(t, "P2");
    Certificate third = fx.certificates().create(t, fx.readyDraft("P3")).orElseThrow();
    SmsResult<Certificate> r = fx.certificates().assign(t, third.number().orElseThrow());
    assertTrue(r.isRefused());
    assertTrue(messages(r).contains(INSUFFICIENT), r.decision()::toString);
    assertEquals(CertificateStatus.CREATED, fx.certificates().view(t, third.number().orElseThrow()).orElseThrow()
        .status());
  }

  @Test
  void aLevel2UserSeesOnlyTheirOwnCertificates() {
    SessionToken l1 = fx.newSkilledWorkerSponsor(5);
    SmsUser ann = fx.users().createLevel2User(l1, level2Profile("Ann")).orElseThrow();
    SmsUser bob = fx.users().createLevel2User(l1, level2Profile("Bob")).orElseThrow();
    assertEquals(UserLevel.LEVEL_2, ann.level());
    assertEquals(UserStatus.ACTIVE, ann.status());
    SessionToken a = fx.signIn(ann.userId());
    SessionToken b = fx.signIn(bob.userId());
    CertificateNumber mine = assigned(a, "ANN1");
    assertTrue(fx.certificates().view(a, mine).isAllowed());
    assertTrue(fx.certificates().view(l1, mine).isAllowed());
    assertTrue(messages(fx.certificates().view(b, mine)).contains(NOT_FOUND));
    assertTrue(messages(fx.certificates().search(b, CertificateSearch.byPassport("ANN1"))).contains(NOT_FOUND));
    assertEquals(1, fx.certificates().search(l1, CertificateSearch.byPassport("ANN1")).orElseThrow().size());
  }

  @Test
  void level2UsersHaveNoLicenceSummaryNorUserManagement() {
    SessionToken l1 = fx.newSkilledWorkerSponsor(1);
    SmsUser ann = fx.users().createLevel2User(l1, level2Profile("Ann")).orElseThrow();
    SessionToken a = fx.signIn(ann.userId());
    assertTrue(fx.licence().licenceSummary(l1).isAllowed());
    assertTrue(fx.licence().licenceSummary(a).isRefused());
    assertTrue(fx.users().users(a).isRefused());
    assertTrue(fx.users().createLevel2User(a, level2Profile("Cat")).isRefused());
  }

  @Test
  void deactivationIsPermanentAndNeverOfOneself() {
    SessionToken l1 = fx.newSkilledWorkerSponsor(1);
    SmsUser ann = fx.users().createLevel2User(l1, level2Profile("Ann")).orElseThrow();
    SmsUser me = fx.users().users(l1).orElseThrow().stream().filter(u -> u.level() == UserLevel.LEVEL_1)
        .findFirst().orElseThrow();
    assertTrue(fx.users().deactivateUser(l1, me.userId()).isRefused());
    assertEquals(UserStatus.DEACTIVATED_BY_SPONSOR,
        fx.users().deactivateUser(l1, ann.userId()).orElseThrow().status());
    assertTrue(fx.users().deactivateUser(l1, ann.userId()).isRefused());
  }
}
