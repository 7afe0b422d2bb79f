package io.github.sponsorsdk.sms.xml.records;

/**
 * One record of a Bulk Data Transfer file: the unit a reader hands out, a writer takes and a validator judges.
 * The set is closed; switch over it with {@code instanceof} patterns.
 */
public sealed interface BdtRecord
    permits CasRecord, GraduateNotification, StudentActivityReport, FeeUpdate, CasExportRecord {

  /** {@return how a person reads the record in a report: the ApplicantID of a CAS upload, else the CAS number} */
  String reference();
}
