package io.github.sponsorsdk.sms.rules.tracking;

/**
 * The status of a request on "View recent and outstanding requests". "Accepted" is the SMS's word (the Home Office
 * e-mail of 23 March 2023); refused, rejected and withdrawn are named by the sources (a 2012 UKBA notice; Manual 2's
 * "view and withdraw"); the name of the pending status was not read (UNCERTAIN: the SDK says "Outstanding", after the
 * screen's title).
 */
public enum RequestStatus {
  /** Awaiting a Home Office decision; the sponsor may withdraw it. */
  OUTSTANDING,
  /** Granted (or fulfilled immediately). */
  ACCEPTED,
  /** Refused: the reasons are written to the Authorising Officer. */
  REFUSED,
  /** Rejected (not considered): the reasons are written to the Authorising Officer. */
  REJECTED,
  /** Withdrawn by the sponsor. */
  WITHDRAWN;

  /** {@return true once decided or withdrawn: nothing leaves these statuses} */
  public boolean isFinal() {
    return this != OUTSTANDING;
  }
}
