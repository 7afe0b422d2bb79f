package io.github.sponsorsdk.sms.core.port;

/** Where a request to the Home Office stands. */
public enum CaseworkStatus {
  PENDING,
  APPROVED,
  REFUSED;

  public boolean isDecided() {
    return this != PENDING;
  }
}
