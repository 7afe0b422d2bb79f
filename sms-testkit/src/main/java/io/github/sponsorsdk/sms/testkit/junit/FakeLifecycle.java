package io.github.sponsorsdk.sms.testkit.junit;

/** How long a fake lives under {@link SmsExtension}. */
public enum FakeLifecycle {
  /** A fresh fake for every test: state, clock, outbox, faults, journal. */
  PER_TEST,
  /** One fake for every test of the class (state carries over; {@code InMemorySms.reset()} empties it). */
  PER_CLASS
}
