package io.github.sponsorsdk.sms.core.job;

/**
 * Where the worker works: at the work addresses, partly at home, or at home. <b>An SDK field, not an SMS field</b>:
 * no source names a CoS field for hybrid or home working (docs/sources.md#secondary-cos-form). What the sources do
 * name is the main work address and the other regular work addresses on the CoS, and a duty to report a change of the
 * "normal work location (as recorded on their CoS)", including working from home on a permanent or full-time basis;
 * the SMS-faithful place for the detail is a sponsor note. The field lets an HR system keep the fact next to the
 * addresses it qualifies.
 */
public enum WorkingArrangement {
  /** At the main work address and the additional work addresses. */
  ON_SITE,
  /** Partly at a work address, partly at home. */
  HYBRID,
  /** At home, permanently or full time. */
  REMOTE
}
