package io.github.sponsorsdk.sms.testkit.event;

/**
 * Receives events after the change that caused them has committed, in commit order, on the thread that made the
 * change (or advanced the clock), outside the fake's lock: a listener may call the fake.
 */
@FunctionalInterface
public interface SmsEventListener {
  void on(SmsEvent event);
}
