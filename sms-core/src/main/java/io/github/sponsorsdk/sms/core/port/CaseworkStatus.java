package io.github.sponsorsdk.sms.core.port;

/**
 * Where a request to the Home Office stands, as "View recent and outstanding requests" shows it (Manual 2): pending
 * ("outstanding"), approved ("Accepted", also for a request fulfilled at once), refused, rejected (not considered),
 * or withdrawn by the sponsor (docs/sources.md#secondary-functions).
 */
public enum CaseworkStatus {
  /** Awaiting a Home Office decision; the sponsor may withdraw it. */
  PENDING,
  /** Granted ("Accepted"), or fulfilled at once. */
  APPROVED,
  /** Refused: the reasons are written to the Authorising Officer. */
  REFUSED,
  /** Rejected (not considered): the reasons are written to the Authorising Officer. */
  REJECTED,
  /** Withdrawn by the sponsor. */
  WITHDRAWN;

  /** {@return true once decided or withdrawn: nothing leaves these statuses} */
  public boolean isDecided() {
    return this != PENDING;
  }
}
