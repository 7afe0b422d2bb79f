package io.github.sponsorsdk.sms.xml.records;

/** {@code CASStatusType} (schema v2.1), used by the export/result file. */
public enum CasStatus {
  /** Assigned to the student. */
  ASSIGNED,
  /** Used in a visa application. */
  USED,
  /** Withdrawn by the sponsor. */
  WITHDRAWN,
  /** Cancelled by the Home Office. */
  CANCELLED,
  /** Not used in a visa application within its validity. */
  EXPIRED,
  /** Made obsolete. */
  OBSOLETE
}
