package io.github.sponsorsdk.sms.testkit.audit;

import io.github.sponsorsdk.sms.testkit.fault.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal of port calls: a ring buffer of the last {@link #capacity()} calls (default
 * {@link #DEFAULT_CAPACITY}), so that a long-running fake does not grow with every call; counts are kept for every
 * call since the last {@link #clear()}. Thread-safe.
 */
public final class CallJournal {
  /** The default number of calls kept: enough for any single test, small beside a suite's heap (about 1 MB). */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final CallRecord[] ring;
  private long sequence;
  private final long[] counts = new long[CallRecord.OutcomeKind.values().length];

  /**
   * A journal keeping the last {@code capacity} calls.
   *
   * @param capacity at least 1
   */
  public CallJournal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("the journal keeps at least one call: " + capacity);
    }
    this.ring = new CallRecord[capacity];
  }

  /** {@return how many calls the journal keeps} */
  public int capacity() {
    return ring.length;
  }

  /**
   * Records a call.
   *
   * @param at the SMS clock
   * @param operation the operation
   * @param outcome how it ended
   * @param codes reason codes or the exception class
   * @return the record
   */
  public synchronized CallRecord record(Instant at, Operation operation, CallRecord.OutcomeKind outcome,
      List<String> codes) {
    CallRecord r = new CallRecord(++sequence, at, operation, outcome, codes);
    ring[(int) ((sequence - 1) % ring.length)] = r;
    counts[outcome.ordinal()]++;
    return r;
  }

  /** {@return the calls kept, oldest first} */
  public synchronized List<CallRecord> calls() {
    int kept = (int) Math.min(sequence, ring.length);
    List<CallRecord> out = new ArrayList<>(kept);
    for (long s = sequence - kept + 1; s <= sequence; s++) {
      out.add(ring[(int) ((s - 1) % ring.length)]);
    }
    return out;
  }

  /**
   * {@return how many calls ended this way since the last {@link #clear()}, including those no longer kept}
   *
   * @param outcome how the calls ended
   */
  public synchronized long count(CallRecord.OutcomeKind outcome) {
    return counts[outcome.ordinal()];
  }

  /** {@return the number of calls since the last {@link #clear()}} */
  public synchronized long total() {
    return sequence;
  }

  /** Forgets every call. */
  public synchronized void clear() {
    java.util.Arrays.fill(ring, null);
    java.util.Arrays.fill(counts, 0);
    sequence = 0;
  }
}
