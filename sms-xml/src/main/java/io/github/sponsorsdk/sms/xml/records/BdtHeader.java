package io.github.sponsorsdk.sms.xml.records;

/** The once-per-file header: {@link UploadHeader} for CAS uploads, {@link BatchHeader} for the other kinds. */
public sealed interface BdtHeader permits UploadHeader, BatchHeader {
  /** {@return the file's own identifier ({@code BulkUploadFileId}, {@code BulkReportingId}, ...)} */
  String fileId();
}
