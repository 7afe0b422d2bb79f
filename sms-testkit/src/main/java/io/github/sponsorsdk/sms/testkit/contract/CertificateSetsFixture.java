package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.core.port.CertificateDraft;
import io.github.sponsorsdk.sms.core.port.SessionToken;
import io.github.sponsorsdk.sms.core.port.SmsCertificateBatches;
import io.github.sponsorsdk.sms.core.port.SmsCreativeWorkerGroups;

/**
 * What {@link SmsCertificateSetsContract} needs besides {@link SponsorFixture}: batches and exports (Manuals 4, 6, 8,
 * 10), Creative Worker groups (Manual 11), and a Creative Worker sponsor.
 */
public interface CertificateSetsFixture extends SponsorFixture {

  /** {@return batches of CoS/CAS and exports under test} */
  SmsCertificateBatches batches();

  /** {@return Creative Worker groups of CoS under test} */
  SmsCreativeWorkerGroups groups();

  /**
   * {@return a new A-rated sponsor licensed in Temporary Work - Creative Worker with {@code cos} undefined CoS for the
   * current year, and a session of its Level 1 user, ready to work}
   *
   * @param cos how many CoS to allocate
   */
  SessionToken newCreativeWorkerSponsor(int cos);

  /**
   * {@return a Creative Worker CoS draft with every field needed to assign it}
   *
   * @param passportNumber the migrant's passport number
   */
  CertificateDraft creativeWorkerDraft(String passportNumber);
}
