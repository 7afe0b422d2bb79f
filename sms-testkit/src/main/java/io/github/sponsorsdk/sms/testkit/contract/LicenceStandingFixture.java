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

  /** The SMS's day now. */
  LocalDate today();

  /** The SMS's time now, in London. */
  java.time.ZonedDateTime now();

  /**
   * A new A-rated Skilled Worker sponsor whose licence still needs renewal and expires on {@code expiry}, and a
   * session of its Level 1 user.
   */
  SessionToken newSponsorExpiringOn(LocalDate expiry);

  /** The first Level 1 user of the latest sponsor and the password it signs in with. */
  PortFixture.Account level1OfLatestSponsor();

  /** The Home Office suspends the latest sponsor's licence. */
  void suspendLatest();

  /** The Home Office revokes the latest sponsor's licence. */
  void revokeLatest();

  /** The latest sponsor's licence is surrendered. */
  void surrenderLatest();

  /**
   * A new GBM UK Expansion Worker sponsor with a provisional rating whose Authorising Officer (its Level 1 user) is
   * called {@code forenames surname}, and a session of that user.
   */
  SessionToken newProvisionalSponsor(String forenames, String surname);

  /** A UK Expansion Worker CoS draft, ready to assign, naming {@code forenames surname}. */
  CertificateDraft expansionWorkerDraft(String passportNumber, String forenames, String surname);

  /** The Home Office refuses the outstanding request for {@code requested} as a Level 1 user, saying why. */
  void refuseLevel1Request(SmsUserId requested, String reason);

  /** The e-mail address (or postal addressee) of the latest sponsor's Authorising Officer. */
  String authorisingOfficerAddress();

  /** Every message sent to {@code address} so far, each as its subject and body. */
  List<String> mailTo(String address);
}
