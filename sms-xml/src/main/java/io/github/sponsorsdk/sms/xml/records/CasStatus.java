package io.github.sponsorsdk.sms.xml.records;

/** {@code CASStatusType} (schema v2.1), used by the export/result file. */
public enum CasStatus {
  ASSIGNED,
  USED,
  WITHDRAWN,
  CANCELLED,
  EXPIRED,
  OBSOLETE
}
