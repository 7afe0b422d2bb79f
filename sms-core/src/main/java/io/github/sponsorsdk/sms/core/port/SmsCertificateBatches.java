package io.github.sponsorsdk.sms.core.port;

import io.github.sponsorsdk.sms.core.identifier.CertificateNumber;
import io.github.sponsorsdk.sms.core.route.CertificateKind;
import java.util.List;

/**
 * Batches of CoS and CAS ("Create and assign batches of CoS/CAS", Manuals 8 and 4; "Managing batches", Manuals 10
 * and 6) and exporting certificates ("Print and export CAS", Manual 6). A batch is a named set of saved certificates
 * of one kind that the SMS keeps: the sponsor creates it, adds saved certificates (made with
 * {@link SmsCertificates#create}) or removes them, lists and views it, assigns it in one act and exports it.
 *
 * <p>Acts on the certificates of a batch answer per item, numbered from 1 ({@link ItemOutcome}); each item is
 * decided as the single function decides it (assigning uses one unit of the route's allocation per certificate,
 * until none remains), and a refused item changes nothing. A refused call (no such batch, not permitted) changes
 * nothing at all. A Level 2 user sees and acts only on the batches and certificates they own. Blocked, like the
 * single functions, while the licence is suspended or dormant (Manual 1, Access to SMS: "creating, assigning,
 * exporting and viewing single or batches of CAS/CoS").
 */
public interface SmsCertificateBatches {

  /**
   * Creates an empty batch.
   *
   * @param session the signed-in user's session
   * @param name the batch's name, unique among the licence's batches (compared without case or surrounding spaces)
   * @param kind CoS or CAS
   * @return the new batch, or the refusal
   */
  SmsResult<CertificateBatch> createBatch(SessionToken session, String name, CertificateKind kind);

  /**
   * {@return the licence's batches the user may see (a Level 2 user: their own), oldest first}
   *
   * @param session the signed-in user's session
   */
  SmsResult<List<CertificateBatch>> batches(SessionToken session);

  /**
   * {@return one batch}
   *
   * @param session the signed-in user's session
   * @param reference the batch's reference
   */
  SmsResult<CertificateBatch> batch(SessionToken session, String reference);

  /**
   * Adds saved (unassigned) certificates of the batch's kind to it; each certificate is in at most one batch.
   *
   * @param session the signed-in user's session
   * @param reference the batch's reference
   * @param numbers the certificates, in order
   * @return the batch and one outcome per certificate, or the refusal of the whole call
   */
  SmsResult<BatchOutcome> addToBatch(SessionToken session, String reference, List<CertificateNumber> numbers);

  /**
   * Removes certificates from the batch (they stay as they are, outside any batch).
   *
   * @param session the signed-in user's session
   * @param reference the batch's reference
   * @param numbers the certificates, in order
   * @return the batch and one outcome per certificate, or the refusal of the whole call
   */
  SmsResult<BatchOutcome> removeFromBatch(SessionToken session, String reference, List<CertificateNumber> numbers);

  /**
   * Assigns every certificate of the batch that is still saved, in the batch's order, each as
   * {@link SmsCertificates#assign} would (one unit of allocation each): items numbered from 1 in the batch's order;
   * certificates already assigned are reported refused by the lifecycle and left as they are.
   *
   * @param session the signed-in user's session
   * @param reference the batch's reference
   * @return the batch and one outcome per certificate, or the refusal of the whole call
   */
  SmsResult<BatchOutcome> assignBatch(SessionToken session, String reference);

  /**
   * Exports certificates as a table (CSV through {@link CertificateExport#csv()}).
   *
   * @param session the signed-in user's session
   * @param numbers the certificates, in order (at least one)
   * @return the export, or the refusal with the reasons of every certificate that may not be exported
   */
  SmsResult<CertificateExport> export(SessionToken session, List<CertificateNumber> numbers);

  /**
   * Exports a batch's certificates, in the batch's order.
   *
   * @param session the signed-in user's session
   * @param reference the batch's reference
   * @return the export, or the refusal
   */
  SmsResult<CertificateExport> exportBatch(SessionToken session, String reference);
}
