package io.github.sponsorsdk.sms.xml.internal;

/**
 * The leaf values of one record as read, whether or not the record could be mapped to a typed value: what the field
 * rules judge in a record that failed the schema.
 */
public final class RecordValues {
  private RecordValues() {}

  /** One leaf element's text, with its parent element's name and its path below the root. */
  public record Value(String parent, String element, String path, String text) {}
}
