package io.github.sponsorsdk.sms.core.certificate;

/**
 * Whether a CoS is defined or undefined (docs/sources.md#sms-manual-12; SMS Manual 12).
 *
 * <p>Defined CoS are for Skilled Worker applicants applying for entry clearance, applied for per vacancy and granted
 * by the Home Office for "the specific job and salary details shown" (Immigration Rules SW 5.1(b)). Undefined CoS are
 * for every other worker application and come from the sponsor's annual allocation. A CAS has no such type.
 */
public enum CosType {
  /** Granted per vacancy; Skilled Worker entry clearance only; B-rated sponsors cannot apply for or assign them. */
  DEFINED,
  /** Drawn from the annual allocation. */
  UNDEFINED
}
