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

  /** {@return the port's user management under test} */
  SmsUserManagement users();

  /** {@return the port's certificate operations under test} */
  SmsCertificates certificates();

  /** {@return the port's licence services under test} */
  SmsLicenceServices licence();

  /** {@return the port's Bulk Data Transfer: files uploaded and their results} */
  SmsBulkData bulkData();

  /**
   * {@return a new A-rated Skilled Worker sponsor with {@code cos} undefined CoS for the current year, and a session of
   * its Level 1 user, ready to work (password changed, board messages read)}
   *
   * @param cos how many undefined CoS to allocate
   */
  SessionToken newSkilledWorkerSponsor(int cos);

  /**
   * {@return a new Student sponsor (track record) with {@code cas} CAS for the current year, and a session of its
   * Level 1 user, ready to work; its licence number is the one in its {@link SmsLicenceServices#licenceSummary}, which
   * the contract writes into the BDT files it uploads}
   *
   * @param cas how many CAS to allocate
   */
  SessionToken newStudentSponsor(int cas);

  /**
   * Signs in a user created through the port (the emailed password changed as Guide 1 requires).
   *
   * @param userId the user
   * @return the user's session
   */
  SessionToken signIn(SmsUserId userId);

  /**
   * {@return a Skilled Worker CoS draft with every field needed to assign it}
   *
   * @param passportNumber the migrant's passport number
   */
  CertificateDraft readyDraft(String passportNumber);
}
