package io.github.sponsorsdk.sms.core.port;

/** Bulk Data Transfer of CAS (SMS Manual 7): upload a file of CAS records, download its results. */
public interface SmsBulkData {

  /** Uploads a BDT CAS file; records that pass validation become CAS (CREATED), the others are rejected. */
  SmsResult<BulkUpload> uploadBdt(SessionToken session, byte[] file);

  /** The results of an earlier upload. */
  SmsResult<BulkUpload> bulkUploadResults(SessionToken session, String reference);
}
