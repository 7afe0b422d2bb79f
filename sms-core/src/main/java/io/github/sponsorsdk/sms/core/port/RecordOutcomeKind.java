package io.github.sponsorsdk.sms.core.port;

/**
 * What became of one record of a Bulk Data Transfer file. The SMS's upload results say, per record, whether a CAS
 * was created, created but "not ready to go" (warnings: it "will require correction online" before it can be
 * assigned, BDT schema v2.1 documentation, docs/sources.md#bdt-types), or rejected with errors.
 */
public enum RecordOutcomeKind {
  /** A CAS was created and has every field assignment needs. */
  CREATED,
  /** A CAS was created but cannot be assigned until its missing fields are supplied (the SMS's "not ready to go"). */
  CREATED_NOT_READY_TO_GO,
  /** A graduate notification or fee update was accepted and recorded against its CAS. */
  RECORDED,
  /** Nothing was created or changed: the record's errors are its reasons. */
  REJECTED
}
