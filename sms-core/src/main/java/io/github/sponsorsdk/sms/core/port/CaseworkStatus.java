package io.github.sponsorsdk.sms.core.port;

/** Where a request to the Home Office stands. */
public enum CaseworkStatus {
  /** Sent and awaiting a caseworker: the SMS shows it as pending. */
  PENDING,
  /** The Home Office granted the request. */
  APPROVED,
  /** The Home Office refused the request. */
  REFUSED;

  /** {@return true once a caseworker has approved or refused the request} */
  public boolean isDecided() {
    return this != PENDING;
  }
}
