package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import java.util.List;

/**
 * The certificate functions beside {@link SmsCertificates}: delete an unassigned draft ("Delete an unassigned
 * CoS/CAS", Manuals 4 and 8; editing a draft is {@link SmsCertificates#update}) and print a certificate ("Printing
 * CoS", Manual 10; "Printing CAS", Manual 6) and bulk fee updates of CAS (Manual 1, "Access to SMS"; Manual 5).
 * A Level 2 user acts only on certificates they own.
 */
public interface SmsCertificateDrafts {

  /**
   * Deletes a saved, unassigned (CREATED) certificate; it used no allocation. The deleted certificate is
   * returned; it can no longer be viewed. Refused once assigned.
   *
   * @param session the signed-in user's session
   * @param number the certificate number
   * @return the outcome: allowed with the result, or refused with every reason
   */
  SmsResult<Certificate> delete(SessionToken session, CertificateNumber number);

  /**
   * {@return a printable summary of a certificate (blocked, like viewing, while the licence is suspended or dormant)}
   *
   * @param session the signed-in user's session
   * @param number the certificate number
   */
  SmsResult<CertificatePrint> print(SessionToken session, CertificateNumber number);

  /**
   * {@return a bulk fee update: one answer per line, in order, each line atomic on its own (the BDT "Update (fee)"
   * records, through the screen). Blocked while the licence is suspended or dormant}
   *
   * @param session the signed-in user's session
   * @param updates the lines, in order
   */
  List<SmsResult<Certificate>> updateFees(SessionToken session, List<CasFeeUpdate> updates);
}
