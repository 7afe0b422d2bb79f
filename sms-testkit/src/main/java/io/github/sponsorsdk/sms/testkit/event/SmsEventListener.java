package io.github.sponsorsdk.sms.testkit.event;

/**
 * Receives events after the change that caused them has committed, outside the fake's lock, in commit order for the
 * whole fake ({@link SmsEvent#sequence()} increases by one from event to event). One thread delivers at a time: the
 * thread that made the change, or another caller's thread that was already delivering. A listener may call the fake;
 * the events of that call are delivered after the listener returns. A listener that throws is recorded in
 * {@code InMemorySms.listenerFailures()}; it changes neither the call's answer nor what the other listeners receive.
 */
@FunctionalInterface
public interface SmsEventListener {
  /**
   * One event.
   *
   * @param event the event
   */
  void on(SmsEvent event);
}
