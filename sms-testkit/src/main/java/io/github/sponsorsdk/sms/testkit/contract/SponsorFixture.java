package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsBulkData;
import io.github.sponsorsdk.sms.core.port.SmsCertificates;
import io.github.sponsorsdk.sms.core.port.SmsLicenceServices;
import io.github.sponsorsdk.sms.core.port.SmsUserManagement;

/** What {@link SmsSponsorContract} needs besides {@link PortFixture}: the other port areas and a ready sponsor. */
public interface SponsorFixture extends PortFixture {

  SmsUserManagement users();

  SmsCertificates certificates();

  SmsLicenceServices licence();

  /** Bulk Data Transfer: CAS files uploaded and their results. */
  SmsBulkData bulkData();

  /**
   * A new A-rated Skilled Worker sponsor with {@code cos} undefined CoS for the current year, and a session of its
   * Level 1 user, ready to work (password changed, board messages read).
   */
  SessionToken newSkilledWorkerSponsor(int cos);

  /**
   * A new Student sponsor (track record) with {@code cas} CAS for the current year, and a session of its Level 1
   * user, ready to work; its licence number is the one in its {@link SmsLicenceServices#licenceSummary}, which the
   * contract writes into the BDT files it uploads.
   */
  SessionToken newStudentSponsor(int cas);

  /** Signs in a user created through the port (the emailed password changed as Guide 1 requires). */
  SessionToken signIn(SmsUserId userId);

  /** A Skilled Worker CoS draft with every field needed to assign it. */
  CertificateDraft readyDraft(String passportNumber);
}
