package io.github.sponsorsdk.sms.xml.records;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects every violation of one value's invariants, then throws one {@link InvalidValueException} listing them all.
 *
 * <p>The invariants are the schema's facets as {@link BdtField} states them (lengths, patterns, numeric ranges and
 * fraction digits), except the character range (ISO 8859-1 printable, address characters): that is an encoding
 * concern, checked by the writer, which can refuse or transliterate and name the record and field. Hand-written
 * rather than Bean Validation because a reader builds about a dozen values per record and runs at file speed. The
 * values of personal-data fields are hidden in the violations ({@link BdtField#masked}), so an exception message
 * that reaches a log holds no name or passport number.
 */
final class Check {
  private final String type;
  private List<Violation> violations;

  Check(String type) {
    this.type = type;
  }

  /**
   * The facets of {@code field} on {@code value}: for text, the length and any pattern; for a code, its pattern
   * (which fixes its length).
   */
  Check field(String path, BdtField field, String value) {
    return field(path, -1, field, value);
  }

  /**
   * The facets of {@code field} on {@code value}, the value at {@code index} of a repeated field (-1: not repeated).
   * The path of a violation ({@code addressLines[1]}) is built only when there is one: this runs for every field of
   * every record a reader maps.
   */
  private Check field(String path, int index, BdtField field, String value) {
    if (field.valueType() == BdtField.ValueType.TEXT
        && (value.length() < field.minLength() || value.length() > field.maxLength())) {
      add(at(path, index), field.masked(value), "Length", "must be " + field.minLength() + " to "
          + field.maxLength() + " characters long, is " + value.length());
    }
    if (field.pattern().isPresent() && !matches(field, value)) {
      add(at(path, index), field.masked(value), "Pattern", "must be " + field.patternDescription());
    }
    return this;
  }

  /**
   * A repeated text field ({@code AddressLine}): 1 to {@link BdtField#maxOccurs()} values, each with the field's
   * facets ({@code path[0]}, {@code path[1]}...).
   */
  Check lines(String path, BdtField field, List<String> values) {
    if (values.isEmpty() || values.size() > field.maxOccurs()) {
      add(path, values.toString(), "Size", "must hold 1 to " + field.maxOccurs() + " lines");
    }
    for (int i = 0; i < values.size(); i++) {
      field(path, i, field, values.get(i));
    }
    return this;
  }

  private static String at(String path, int index) {
    return index < 0 ? path : path + "[" + index + "]";
  }

  Check field(String path, BdtField field, Optional<String> value) {
    // no lambda: a reader builds a dozen values per record, and a capturing lambda is an object each time
    return value.isPresent() ? field(path, field, value.get()) : this;
  }

  /** The numeric facets of {@code field}: range and fraction digits. */
  Check number(String path, BdtField field, BigDecimal value) {
    boolean low = field.minInclusive().isPresent() && value.compareTo(field.minInclusive().get()) < 0;
    boolean high = field.maxInclusive().isPresent() && value.compareTo(field.maxInclusive().get()) > 0
        || field.maxExclusive().isPresent() && value.compareTo(field.maxExclusive().get()) >= 0;
    // stripTrailingZeros only lowers the scale, so a value within the digits as written needs no stripped copy
    boolean digits = field.fractionDigits().isPresent() && value.scale() > field.fractionDigits().getAsInt()
        && value.stripTrailingZeros().scale() > field.fractionDigits().getAsInt();
    if (low || high || digits) {
      add(path, value.toPlainString(), "Range", "must be " + range(field));
    }
    return this;
  }

  Check number(String path, BdtField field, Optional<BigDecimal> value) {
    return value.isPresent() ? number(path, field, value.get()) : this;
  }

  void done() {
    if (violations != null) {
      throw new InvalidValueException(type, violations);
    }
  }

  /** The range of a number field in words, e.g. "0 to 168.0 with at most 1 decimal". */
  static String range(BdtField field) {
    StringBuilder b = new StringBuilder();
    field.minInclusive().ifPresent(m -> b.append(m.toPlainString()).append(" to "));
    field.maxInclusive().ifPresent(m -> b.append(m.toPlainString()));
    field.maxExclusive().ifPresent(m -> b.append("below ").append(m.toPlainString()));
    field.fractionDigits().ifPresent(d -> b.append(" with at most ").append(d).append(d == 1 ? " decimal"
        : " decimals"));
    return b.toString();
  }

  /** Three capital letters, the commonest pattern, tested without the regex engine. */
  private static boolean matches(BdtField field, String value) {
    if (field == BdtField.COUNTRY || field == BdtField.COUNTRY_OF_BIRTH
        || (field == BdtField.NATIONALITY && value.length() == 3)) {
      return value.length() == 3 && upper(value.charAt(0)) && upper(value.charAt(1)) && upper(value.charAt(2));
    }
    return field.pattern().orElseThrow().matcher(value).matches();
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private void add(String path, String value, String rule, String message) {
    if (violations == null) {
      violations = new ArrayList<>(2);
    }
    violations.add(Violation.of(path, value, rule, message));
  }
}
