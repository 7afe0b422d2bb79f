package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import java.util.ArrayList;
import java.util.List;

/**
 * CoS (Workers menu) and CAS (Students menu). A Level 2 user sees and acts only on certificates they own; for any
 * other certificate the answer is the SMS's "No CAS were found for the search criteria given." (Manual 1,
 * Troubleshooting). Batch operations answer per item, in order; each item is atomic on its own.
 */
public interface SmsCertificates {

  /** Saves a new certificate, unassigned (uses no allocation). */
  SmsResult<Certificate> create(SessionToken session, CertificateDraft draft);

  /** Assigns a saved certificate: one unit of the route's allocation is used. */
  SmsResult<Certificate> assign(SessionToken session, CertificateNumber number);

  /**
   * Replaces the content of a saved (CREATED) certificate with {@code draft}'s: the online correction that makes a
   * CAS uploaded "not ready to go" ready, or an edit before assignment. The route and the CoS type (defined or
   * undefined) cannot change; the number, owner and creation date stay. Refused once the certificate is assigned.
   */
  SmsResult<Certificate> update(SessionToken session, CertificateNumber number, CertificateDraft draft);

  SmsResult<Certificate> view(SessionToken session, CertificateNumber number);

  SmsResult<List<Certificate>> search(SessionToken session, CertificateSearch search);

  /** Withdraws an assigned certificate. */
  SmsResult<Certificate> withdraw(SessionToken session, CertificateNumber number);

  /** Makes another user of the licence the owner. */
  SmsResult<Certificate> transferOwnership(SessionToken session, CertificateNumber number, SmsUserId newOwner);

  SmsResult<Certificate> addSponsorNote(SessionToken session, CertificateNumber number, String text);

  List<SmsResult<Certificate>> createAll(SessionToken session, List<CertificateDraft> drafts);

  List<SmsResult<Certificate>> assignAll(SessionToken session, List<CertificateNumber> numbers);

  /** Views a batch of certificates: one answer per number, in order. */
  default List<SmsResult<Certificate>> viewAll(SessionToken session, List<CertificateNumber> numbers) {
    List<SmsResult<Certificate>> out = new ArrayList<>(numbers.size());
    numbers.forEach(n -> out.add(view(session, n)));
    return out;
  }

  /** Withdraws a batch of certificates: one answer per number, in order; each withdrawal stands on its own. */
  default List<SmsResult<Certificate>> withdrawAll(SessionToken session, List<CertificateNumber> numbers) {
    List<SmsResult<Certificate>> out = new ArrayList<>(numbers.size());
    numbers.forEach(n -> out.add(withdraw(session, n)));
    return out;
  }

  /** Transfers a batch of certificates to {@code newOwner}: one answer per number, in order. */
  default List<SmsResult<Certificate>> transferOwnershipAll(SessionToken session, List<CertificateNumber> numbers,
      SmsUserId newOwner) {
    List<SmsResult<Certificate>> out = new ArrayList<>(numbers.size());
    numbers.forEach(n -> out.add(transferOwnership(session, n, newOwner)));
    return out;
  }
}
