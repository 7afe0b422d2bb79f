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

  /**
   * Saves a new certificate, unassigned (uses no allocation).
   *
   * @param session the signed-in user's session
   * @param draft what the sponsor typed
   * @return the saved certificate (status CREATED), or the refusal
   */
  SmsResult<Certificate> create(SessionToken session, CertificateDraft draft);

  /**
   * Assigns a saved certificate: one unit of the route's allocation is used.
   *
   * @param session the signed-in user's session
   * @param number the saved certificate
   * @return the assigned certificate, or the refusal (e.g. no allocation left)
   */
  SmsResult<Certificate> assign(SessionToken session, CertificateNumber number);

  /**
   * Replaces the content of a saved (CREATED) certificate with {@code draft}'s: the online correction that makes a
   * CAS uploaded "not ready to go" ready, or an edit before assignment. The route and the CoS type (defined or
   * undefined) cannot change; the number, owner and creation date stay. Refused once the certificate is assigned.
   *
   * @param session the signed-in user's session
   * @param number the saved certificate
   * @param draft the new content
   * @return the updated certificate, or the refusal (nothing changes)
   */
  SmsResult<Certificate> update(SessionToken session, CertificateNumber number, CertificateDraft draft);

  /**
   * Views one certificate.
   *
   * @param session the signed-in user's session
   * @param number the certificate
   * @return the certificate, or the refusal (e.g. a Level 2 user who does not own it)
   */
  SmsResult<Certificate> view(SessionToken session, CertificateNumber number);

  /**
   * Searches by passport or certificate number; a Level 2 user finds only the certificates they own.
   *
   * @param session the signed-in user's session
   * @param search the criteria
   * @return the certificates found (possibly none), or the refusal
   */
  SmsResult<List<Certificate>> search(SessionToken session, CertificateSearch search);

  /**
   * Withdraws an assigned certificate.
   *
   * @param session the signed-in user's session
   * @param number the assigned certificate
   * @return the withdrawn certificate, or the refusal
   */
  SmsResult<Certificate> withdraw(SessionToken session, CertificateNumber number);

  /**
   * Makes another user of the licence the owner.
   *
   * @param session the signed-in user's session
   * @param number the certificate
   * @param newOwner the user to own it
   * @return the certificate with its new owner, or the refusal
   */
  SmsResult<Certificate> transferOwnership(SessionToken session, CertificateNumber number, SmsUserId newOwner);

  /**
   * Adds a dated sponsor note to a certificate (e.g. a changed start date before the migrant applies).
   *
   * @param session the signed-in user's session
   * @param number the certificate
   * @param text the note
   * @return the certificate with the note, or the refusal
   */
  SmsResult<Certificate> addSponsorNote(SessionToken session, CertificateNumber number, String text);

  /**
   * Saves a batch of new certificates; each stands on its own.
   *
   * @param session the signed-in user's session
   * @param drafts what the sponsor typed, one per certificate
   * @return one answer per draft, in order
   */
  List<SmsResult<Certificate>> createAll(SessionToken session, List<CertificateDraft> drafts);

  /**
   * Assigns a batch of saved certificates; each assignment stands on its own and uses one unit of allocation.
   *
   * @param session the signed-in user's session
   * @param numbers the certificates
   * @return one answer per number, in order
   */
  List<SmsResult<Certificate>> assignAll(SessionToken session, List<CertificateNumber> numbers);

  /**
   * Views a batch of certificates: one answer per number, in order.
   *
   * @param session the signed-in user's session
   * @param numbers the certificates
   * @return one answer per number, in order
   */
  default List<SmsResult<Certificate>> viewAll(SessionToken session, List<CertificateNumber> numbers) {
    List<SmsResult<Certificate>> out = new ArrayList<>(numbers.size());
    numbers.forEach(n -> out.add(view(session, n)));
    return out;
  }

  /**
   * Withdraws a batch of certificates: one answer per number, in order; each withdrawal stands on its own.
   *
   * @param session the signed-in user's session
   * @param numbers the certificates
   * @return one answer per number, in order
   */
  default List<SmsResult<Certificate>> withdrawAll(SessionToken session, List<CertificateNumber> numbers) {
    List<SmsResult<Certificate>> out = new ArrayList<>(numbers.size());
    numbers.forEach(n -> out.add(withdraw(session, n)));
    return out;
  }

  /**
   * Transfers a batch of certificates to {@code newOwner}: one answer per number, in order.
   *
   * @param session the signed-in user's session
   * @param numbers the certificates
   * @param newOwner the user to own them
   * @return one answer per number, in order
   */
  default List<SmsResult<Certificate>> transferOwnershipAll(SessionToken session, List<CertificateNumber> numbers,
      SmsUserId newOwner) {
    List<SmsResult<Certificate>> out = new ArrayList<>(numbers.size());
    numbers.forEach(n -> out.add(transferOwnership(session, n, newOwner)));
    return out;
  }
}
