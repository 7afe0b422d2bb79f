package io.github.sponsorsdk.sms.testkit.junit;

/**
 * What the extension checks after each test when asked (WireMock's {@code failOnUnmatchedRequests}): a test whose
 * assertions passed still fails when the fake saw something the test did not expect.
 */
public enum AfterEachCheck {
  /**
   * A port call ended {@code FAILED} during the test: it threw (a {@code null} argument, a value the fake could not
   * build, misuse). Refusals and injected faults are answers, not failures, and do not count.
   */
  FAILED_CALLS,
  /** A listener threw while receiving an event during the test. */
  LISTENER_FAILURES,
  /** At the end of the test, a reporting duty of a recorded occurrence is overdue. */
  OVERDUE_DUTIES
}
