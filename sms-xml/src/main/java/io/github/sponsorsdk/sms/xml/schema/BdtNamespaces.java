package io.github.sponsorsdk.sms.xml.schema;

/**
 * Every XML namespace URI of the Bulk Data Transfer files, spelled once.
 *
 * <p>The first three are the Home Office's own (schema v2.1 and the 2021 graduate-notification example, see
 * {@code docs/sources.md#bdt-structure}). The Home Office namespaces of the fee-update, student-activity and
 * export files were never published where we could find them, so those files use project URNs under
 * {@code urn:io.github.sponsorsdk:bdt:reconstructed:}: a reader will never mistake them for official ones, and if the
 * real URIs surface only this class changes.
 */
public final class BdtNamespaces {
  private BdtNamespaces() {}

  /** Common types and every child element of the CAS upload ({@code BulkDataCommon-v2.1.xsd}). */
  public static final String CAS_COMMON = "http://homeoffice.gov.uk/immigration/migrant/cas/bulk-cas-common-200910";
  /** The CAS upload root element ({@code BulkDataCASUpload-General-v2.1.xsd}). */
  public static final String CAS_UPLOAD = "http://homeoffice.gov.uk/immigration/migrant/cas/bulk-cas-upload-200910";
  /** Graduate notifications, from the official example "13. Graduate Notifications.xml" (2021). */
  public static final String GRADUATE_REPORTING =
      "http://homeoffice.gov.uk/immigration/migrant/cas/bulk-cas-reporting-graduated-202102";
  /** Reconstructed: student activity report. */
  public static final String STUDENT_ACTIVITY_REPORT = "urn:io.github.sponsorsdk:bdt:reconstructed:student-activity-report";
  /** Reconstructed: bulk fee update. */
  public static final String FEE_UPDATE = "urn:io.github.sponsorsdk:bdt:reconstructed:fee-update";
  /** Reconstructed: SMS export / result file. */
  public static final String CAS_EXPORT = "urn:io.github.sponsorsdk:bdt:reconstructed:cas-export";
  /** XML Schema instance (for {@code xsi:nil} on {@code AccomodationProvided}). */
  public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
}
