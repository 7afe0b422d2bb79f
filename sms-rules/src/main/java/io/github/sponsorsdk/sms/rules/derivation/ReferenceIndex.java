package io.github.sponsorsdk.sms.rules.derivation;

/**
 * Worker references to positions, for one derivation: an open-addressing table of the references and their int
 * positions (no boxing, no node per entry), built once per call over the workers. A derivation looks up a worker once
 * per row or per change of worker in the records, so this is on the per-worker path, not the per-day one.
 */
final class ReferenceIndex {
  private final String[] keys;
  private final int[] values;
  private final int mask;

  /** An index for up to {@code capacity} references. */
  ReferenceIndex(int capacity) {
    int size = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
    keys = new String[size];
    values = new int[size];
    mask = size - 1;
  }

  /** Adds {@code key} at {@code value} unless present; returns the position already held, or -1 when added. */
  int putIfAbsent(String key, int value) {
    int i = spread(key.hashCode()) & mask;
    for (String k = keys[i]; k != null; k = keys[i]) {
      if (k.equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    return -1;
  }

  /** The position of {@code key}, or -1. */
  int get(String key) {
    int i = spread(key.hashCode()) & mask;
    for (String k = keys[i]; k != null; k = keys[i]) {
      if (k.equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
