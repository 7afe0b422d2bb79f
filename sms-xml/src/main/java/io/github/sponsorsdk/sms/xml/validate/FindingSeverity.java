package io.github.sponsorsdk.sms.xml.validate;

/**
 * The SMS's two outcomes for a problem in a bulk upload (schema v2.1 documentation: "If not supplied when required a
 * warning will be generated, CAS will not be ready to go and will require correction online").
 */
public enum FindingSeverity {
  /** The record (or, outside a record, the file) is rejected. */
  ERROR,
  /** The CAS is created but not "ready to go": it needs correcting online before it can be assigned. */
  WARNING
}
