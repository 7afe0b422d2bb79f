package io.github.sponsorsdk.sms.rules.certificate;

/**
 * The named sets of certificates the SMS keeps for a sponsor (decision record 0660).
 */
public enum CertificateSetKind {
  /** A batch of CoS or of CAS: "Create and assign batches" (Manuals 4 and 8), "Manage batches" (Manuals 6, 10). */
  BATCH,
  /** A group of Creative Worker CoS (Manual 11: "Groups of CoS are only available to sponsors licensed in Temporary
   * Work - Creative Worker"). */
  CREATIVE_WORKER_GROUP
}
