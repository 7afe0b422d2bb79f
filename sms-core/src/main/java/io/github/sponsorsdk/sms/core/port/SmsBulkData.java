package io.github.sponsorsdk.sms.core.port;

/** Bulk Data Transfer of CAS (SMS Manual 7): upload a file of CAS records, download its results. */
public interface SmsBulkData {

  /**
   * Uploads a BDT file: CAS upload records that pass validation become CAS (CREATED, or not ready to go), graduate
   * notifications and fee updates are recorded against their CAS, student activity report records are reported
   * activity (through the rules of {@link SmsReporting#reportActivity}); the others are rejected. Each record's
   * outcome is numbered from 1.
   *
   * @param session the signed-in user's session
   * @param file the BDT XML file, as bytes
   * @return the upload's results, with every finding
   */
  SmsResult<BulkUpload> uploadBdt(SessionToken session, byte[] file);

  /**
   * {@return the results of an earlier upload}
   *
   * @param session the signed-in user's session
   * @param reference the upload's reference
   */
  SmsResult<BulkUpload> bulkUploadResults(SessionToken session, String reference);
}
