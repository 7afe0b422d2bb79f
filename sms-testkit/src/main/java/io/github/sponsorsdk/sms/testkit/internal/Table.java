package io.github.sponsorsdk.sms.testkit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One table of the store: rows in insertion order, each with the version of the commit that wrote it.
 *
 * <p>Readers never lock: a point read is one {@link ConcurrentHashMap} look-up, and a scan walks an append-only log
 * of keys published through a volatile size. Writers hold the store's lock ({@link Store}); each commit gives the
 * rows it writes a new version and bumps the table's version, so a transaction can check at commit that nothing it
 * read has changed since (decision record 0630).
 *
 * @param <K> the key
 * @param <V> the row's value (immutable)
 */
public final class Table<K, V> {
  final String name;
  final Function<V, K> keyOf;
  final ConcurrentHashMap<K, Row<V>> rows = new ConcurrentHashMap<>();
  private volatile Object[] log = new Object[16];
  private volatile int logSize;
  private int dead;
  /** Bumped by every commit that writes this table: a scan is still valid while it is unchanged. */
  volatile long version;

  /** A row: the value, the version of the commit that wrote it, its position in the key log. */
  static final class Row<V> {
    final V value;
    final long version;
    final int position;

    Row(V value, long version, int position) {
      this.value = value;
      this.version = version;
      this.position = position;
    }
  }

  Table(String name, Function<V, K> keyOf) {
    this.name = name;
    this.keyOf = keyOf;
  }

  /** The table's name, as in the registry and in messages. */
  public String name() {
    return name;
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  Row<V> row(K key) {
    return rows.get(key);
  }

  /** The value of every row in insertion order; lock-free. */
  List<V> scan() {
    int n = logSize;
    Object[] keys = log;
    List<V> out = new ArrayList<>(Math.min(n, rows.size() + 16));
    for (int i = 0; i < n; i++) {
      @SuppressWarnings("unchecked")
      K key = (K) keys[i];
      Row<V> r = rows.get(key);
      if (r != null && r.position == i) {
        out.add(r.value);
      }
    }
    return out;
  }

  /** Writes or replaces a row; under the store's lock. */
  void put(K key, V value, long commit) {
    Row<V> old = rows.get(key);
    int position = old != null ? old.position : append(key);
    rows.put(key, new Row<>(value, commit, position));
  }

  /** Deletes a row; under the store's lock. */
  void delete(K key, long commit) {
    if (rows.remove(key) != null) {
      dead++;
      if (dead > 64 && dead > rows.size()) {
        compact(commit);
      }
    }
  }

  private int append(K key) {
    int n = logSize;
    Object[] keys = log;
    if (n == keys.length) {
      keys = Arrays.copyOf(keys, n * 2);
      log = keys;
    }
    keys[n] = key;
    logSize = n + 1;
    return n;
  }

  /** Drops deleted keys from the log; rows get their new positions (a concurrent scan fails validation). */
  private void compact(long commit) {
    int n = logSize;
    Object[] keys = log;
    Object[] fresh = new Object[Math.max(16, rows.size() * 2)];
    int m = 0;
    for (int i = 0; i < n; i++) {
      @SuppressWarnings("unchecked")
      K key = (K) keys[i];
      Row<V> r = rows.get(key);
      if (r != null && r.position == i) {
        fresh[m] = key;
        rows.put(key, new Row<>(r.value, r.version, m));
        m++;
      }
    }
    log = fresh;
    logSize = m;
    dead = 0;
    version = commit;
  }

  /** Empties the table; under the store's lock. */
  void clear(long commit) {
    rows.clear();
    log = new Object[16];
    logSize = 0;
    dead = 0;
    version = commit;
  }

  /** Replaces every row by {@code entries}, in order; under the store's lock, after validation. */
  void load(List<Map.Entry<K, V>> entries, long commit) {
    clear(commit);
    for (Map.Entry<K, V> e : entries) {
      put(e.getKey(), e.getValue(), commit);
    }
  }

  @Override
  public String toString() {
    return "Table[" + name + ", " + rows.size() + " rows]";
  }
}
