package io.github.sponsorsdk.sms.testkit.contract;

import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.port.SmsCertificateDrafts;
import io.github.sponsorsdk.sms.core.port.SmsKeyPersonnel;
import io.github.sponsorsdk.sms.core.port.SmsLicenceApplications;
import io.github.sponsorsdk.sms.core.port.SmsRequestTracking;

/**
 * What {@link SmsFunctionsContract} needs besides {@link SponsorFixture}: the port areas of Manuals 2, 3, 4, 6, 8 and
 * 10 that issue 11 added, and the main organisation address the SMS holds for the sponsors
 * {@link #newSkilledWorkerSponsor(int)} creates (a real SMS holds it from the licence application).
 */
public interface FunctionsFixture extends SponsorFixture {

  /** {@return licence renewal, Premium customer service, Student Sponsor status, action plans (Manual 3)} */
  SmsLicenceApplications applications();

  /** {@return "View and withdraw recent and outstanding requests" (Manual 2), defined CoS applications (Manual 12)} */
  SmsRequestTracking tracking();

  /** {@return key personnel, organisation details, PAYE references (Manual 2)} */
  SmsKeyPersonnel keyPersonnel();

  /** {@return delete and print certificates (Manuals 4, 6, 8, 10)} */
  SmsCertificateDrafts drafts();

  /** {@return the main organisation address the SMS holds for the sponsors {@link #newSkilledWorkerSponsor} creates} */
  Address organisationAddress();
}
