package io.github.sponsorsdk.sms.core.value;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A value could not be built: thrown at the boundary, once, listing every violation found.
 *
 * <p>Nothing half-built escapes: the value does not exist when this is thrown. The message names the value type,
 * and for each violation the field path, the rejected value (masked where {@link Sensitive}) and the rule.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the value type that failed. */
  private final String valueType;
  private final transient List<Violation> violations;

  /**
   * An exception for the value type {@code valueType} with every violation found.
   *
   * @param valueType the simple name of the value type
   * @param violations every violation, at least one
   */
  public InvalidValueException(String valueType, List<Violation> violations) {
    super(render(valueType, violations));
    this.valueType = valueType;
    this.violations = List.copyOf(violations);
  }

  /**
   * Used by the generated builders when required attributes are missing. The message Immutables passes reads
   * "Cannot build X, some of required attributes are not set [a, b]".
   *
   * @param message Immutables' message
   * @param missingAttributes the names of the attributes not set
   */
  public InvalidValueException(String message, String... missingAttributes) {
    this(typeFrom(message), Arrays.stream(missingAttributes)
        .map(a -> Violation.of(a, "null", "Required", "is required"))
        .collect(Collectors.toList()));
  }

  /**
   * Used by the generated code. Immutables passes either "Cannot build X, some of required attributes are not set
   * [a, b]" (missing attributes) or the name of an attribute given {@code null}.
   *
   * @param message Immutables' message
   */
  public InvalidValueException(String message) {
    this(typeFrom(message), violationsFrom(message));
  }

  private static List<Violation> violationsFrom(String message) {
    String text = message == null ? "value" : message;
    int open = text.lastIndexOf('[');
    if (text.startsWith("Cannot build ") && open > 0 && text.endsWith("]")) {
      return Arrays.stream(text.substring(open + 1, text.length() - 1).split(",\\s*"))
          .map(a -> Violation.of(a, "null", "Required", "is required"))
          .collect(Collectors.toList());
    }
    return List.of(Violation.of(text, "null", "NotNull", "must not be null"));
  }

  /** {@return the simple name of the value type that failed} */
  public String valueType() {
    return valueType;
  }

  /** {@return every violation, in a stable order (by path, then rule)} */
  public List<Violation> violations() {
    return violations;
  }

  private static String typeFrom(String message) {
    if (message != null && message.startsWith("Cannot build ")) {
      int comma = message.indexOf(',');
      return comma > 0 ? message.substring("Cannot build ".length(), comma) : message;
    }
    return "value";
  }

  private static String render(String type, List<Violation> violations) {
    return "Invalid " + type + ": " + violations.size() + (violations.size() == 1 ? " violation" : " violations")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; ", " [", "]"));
  }
}
