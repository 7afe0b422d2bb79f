package io.github.sponsorsdk.sms.testkit.event;

/**
 * Receives events after the change that caused them has committed, on the thread that made the change (or advanced
 * the clock), outside the fake's lock: a listener may call the fake. One thread's events arrive in commit order;
 * events of concurrent callers may interleave ({@code InMemorySms.events()} keeps the global commit order, and each
 * event's {@code sequence} gives it).
 */
@FunctionalInterface
public interface SmsEventListener {
  /**
   * Called after each change commits, once per event, in order.
   *
   * @param event the event
   */
  void on(SmsEvent event);
}
