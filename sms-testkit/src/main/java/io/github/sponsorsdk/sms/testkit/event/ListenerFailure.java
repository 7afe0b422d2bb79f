package io.github.sponsorsdk.sms.testkit.event;

import java.util.Objects;

/**
 * A listener threw while receiving an event. The change had committed and the call's answer stands; the other
 * listeners still received the event. Kept by the fake ({@code InMemorySms.listenerFailures()}) and checked by the
 * JUnit extension's after-each check when asked.
 */
public final class ListenerFailure {
  private final SmsEvent event;
  private final String listener;
  private final Throwable failure;

  /**
   * A failure.
   *
   * @param event the event being delivered
   * @param listener the listener's {@code toString()}
   * @param failure what it threw
   */
  public ListenerFailure(SmsEvent event, String listener, Throwable failure) {
    this.event = Objects.requireNonNull(event);
    this.listener = Objects.requireNonNull(listener);
    this.failure = Objects.requireNonNull(failure);
  }

  /** {@return the event being delivered} */
  public SmsEvent event() {
    return event;
  }

  /** {@return the listener, as its {@code toString()} describes it} */
  public String listener() {
    return listener;
  }

  /** {@return what the listener threw ({@code AssertionError}s included)} */
  public Throwable failure() {
    return failure;
  }

  @Override
  public String toString() {
    return "listener " + listener + " threw " + failure + " on event #" + event.sequence() + " " + event.kind();
  }
}
