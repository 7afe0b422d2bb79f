package io.github.sponsorsdk.sms.xml.io;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import org.immutables.value.Value;

/**
 * What a reader accepts before it stops with {@link BdtReadException.Problem#LIMIT_EXCEEDED}: file size, record
 * count, text length of one element, element nesting depth. The defaults are generous for a real upload (the
 * deepest BDT element is 5 levels down, the longest text field 2,000 characters) and small enough that a hostile
 * file cannot exhaust memory.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableReadOptions.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReadOptions.class)
@JsonDeserialize(as = ImmutableReadOptions.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReadOptions.class)
public abstract class ReadOptions implements WithReadOptions {
  /**
   * {@return bytes read from the input; default 8 GiB} Sized so that the record limit is reached first: 2,000,000
   * records of the size of the largest official example (3,100 to 3,700 bytes each, indented as the examples are)
   * take under 7.5 GB; with the old 4 GiB default a file of official-sized records stopped at about 1.19 million
   * records. (The project's own generated records, unindented, take about 2,830 bytes: 1,000,000 of them are 2.83 GB.)
   */
  @Value.Default
  public long maxFileBytes() {
    return 8L << 30;
  }

  /**
   * Records in one file; default 2,000,000.
   *
   * @return records in one file; default 2,000,000
   */
  @Value.Default
  public long maxRecords() {
    return 2_000_000L;
  }

  /** {@return characters of one element's text; default 10,000 (five times the longest field)} */
  @Value.Default
  public int maxTextLength() {
    return 10_000;
  }

  /** {@return element nesting depth, root = 1; default 16} */
  @Value.Default
  public int maxDepth() {
    return 16;
  }

  /** {@return the default limits: 8 GiB, 2,000,000 records, 10,000 characters per field, depth 16} */
  public static ReadOptions defaults() {
    return ImmutableReadOptions.builder().build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ReadOptions}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableReadOptions.Builder {
    Builder() {}
  }

  /** Every limit positive, depth at least 2. */
  @Value.Check
  void check() {
    if (maxFileBytes() < 1 || maxRecords() < 1 || maxTextLength() < 1 || maxDepth() < 2) {
      throw new io.github.sponsorsdk.sms.core.value.InvalidValueException("ReadOptions", java.util.List.of(
          io.github.sponsorsdk.sms.core.value.Violation.of("limits", toString(), "Positive",
              "every limit must be positive and maxDepth at least 2")));
    }
  }
}
