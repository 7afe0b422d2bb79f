package io.github.sponsorsdk.sms.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** One table of the store: rows in insertion order. Only read or written under the store's lock. */
public final class Table<K, V> {
  final String name;
  final Map<K, V> rows = new LinkedHashMap<>();

  public Table(String name) {
    this.name = name;
  }

  public int size() {
    return rows.size();
  }

  @Override
  public String toString() {
    return "Table[" + name + ", " + rows.size() + " rows]";
  }
}
