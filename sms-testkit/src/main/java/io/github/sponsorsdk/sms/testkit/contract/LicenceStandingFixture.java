package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link SmsLicenceStandingContract} needs besides {@link SponsorFixture}: licences whose standing changes
 * (expiry on the clock, the Home Office's suspension, revocation, surrender), a provisionally rated sponsor, the
 * Home Office's decision on a Level 1 request, and the mail the SMS sends. An adapter to a real SMS provides these
 * through its own test accounts and mailboxes.
 */
public interface LicenceStandingFixture extends SponsorFixture {

  /** {@return the SMS's day now} */
  LocalDate today();

  /** {@return the SMS's time now, in London} */
  java.time.ZonedDateTime now();

  /**
   * {@return a new A-rated Skilled Worker sponsor whose licence still needs renewal and expires on {@code expiry}, and
   * a session of its Level 1 user}
   *
   * @param expiry the expiry
   */
  SessionToken newSponsorExpiringOn(LocalDate expiry);

  /** {@return the first Level 1 user of the latest sponsor and the password it signs in with} */
  PortFixture.Account level1OfLatestSponsor();

  /** The Home Office suspends the latest sponsor's licence. */
  void suspendLatest();

  /** The Home Office revokes the latest sponsor's licence. */
  void revokeLatest();

  /** The latest sponsor's licence is surrendered. */
  void surrenderLatest();

  /**
   * {@return a new GBM UK Expansion Worker sponsor with a provisional rating whose Authorising Officer (its Level 1
   * user) is called {@code forenames surname}, and a session of that user}
   *
   * @param forenames the forenames
   * @param surname the surname
   */
  SessionToken newProvisionalSponsor(String forenames, String surname);

  /**
   * {@return a UK Expansion Worker CoS draft, ready to assign, naming {@code forenames surname}}
   *
   * @param passportNumber the passport number
   * @param forenames the forenames
   * @param surname the surname
   */
  CertificateDraft expansionWorkerDraft(String passportNumber, String forenames, String surname);

  /**
   * The Home Office refuses the outstanding request for {@code requested} as a Level 1 user, saying why.
   *
   * @param requested the requested
   * @param reason why
   */
  void refuseLevel1Request(SmsUserId requested, String reason);

  /** {@return the e-mail address (or postal addressee) of the latest sponsor's Authorising Officer} */
  String authorisingOfficerAddress();

  /**
   * {@return every message sent to {@code address} so far, each as its subject and body}
   *
   * @param address the address
   */
  List<String> mailTo(String address);
}
