package io.github.sponsorsdk.sms.testkit.server.internal;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import io.github.sponsorsdk.sms.testkit.event.SmsEvent;
import java.util.List;
import java.util.stream.Collectors;

/** Long poll over the fake's events: a listener wakes waiting requests when an event is delivered. */
public final class EventFeed {
  /** The longest a request may wait, so that a client's time-out never cuts an answer short. */
  public static final long MAX_WAIT_MS = 30_000;
  private final InMemorySms sms;
  private final Object signal = new Object();

  public EventFeed(InMemorySms sms) {
    this.sms = sms;
    sms.addListener(event -> {
      synchronized (signal) {
        signal.notifyAll();
      }
    });
  }

  /** Events numbered above {@code after}; waits up to {@code waitMs} for the first one when there is none yet. */
  public List<SmsEvent> after(long after, long waitMs) throws InterruptedException {
    long deadline = System.nanoTime() + waitMs * 1_000_000L;
    synchronized (signal) {
      while (true) {
        List<SmsEvent> list = sms.events().stream().filter(e -> e.sequence() > after).collect(Collectors.toList());
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (!list.isEmpty() || left <= 0) {
          return list;
        }
        signal.wait(left);
      }
    }
  }
}
