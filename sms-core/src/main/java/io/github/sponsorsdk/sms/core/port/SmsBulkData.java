package io.github.sponsorsdk.sms.core.port;

/** Bulk Data Transfer of CAS (SMS Manual 7): upload a file of CAS records, download its results. */
public interface SmsBulkData {

  /**
   * Uploads a BDT CAS file; records that pass validation become CAS (CREATED), the others are rejected.
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
