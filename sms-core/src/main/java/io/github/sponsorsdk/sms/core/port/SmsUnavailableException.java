package io.github.sponsorsdk.sms.core.port;

/**
 * The SMS did not answer: an outage, a time-out, a maintenance window. Not a business refusal (those are
 * {@link io.github.sponsorsdk.sms.core.decision.Decision}s); the call changed nothing and may be retried.
 */
public class SmsUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An unavailable SMS.
   *
   * @param message what failed
   */
  public SmsUnavailableException(String message) {
    super(message);
  }
}
