package io.github.sponsorsdk.sms.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two messages Immutables' generated code hands to the exception (its {@code @Value.Style} names this class as
 * the builder's and the factories' exception) become the same list of violations a validated value gives: the
 * value's type, each missing attribute named with the rule {@code Required}, or the attribute given {@code null}.
 */
class InvalidValueExceptionTest {

  static final String MISSING = "Cannot build Allocation, some of required attributes are not set [route, granted]";

  @Test
  void missingAttributesNamedByTheBuilderAreEachARequiredViolation() {
    for (InvalidValueException e : List.of(new InvalidValueException(MISSING, "route", "granted"),
        new InvalidValueException(MISSING))) {
      assertThat(e.valueType()).isEqualTo("Allocation");
      assertThat(e.violations()).extracting(Violation::path, Violation::rejectedValue, Violation::rule)
          .containsExactly(tuple("route", "null", "Required"), tuple("granted", "null", "Required"));
      assertThat(e.getMessage()).startsWith("Invalid Allocation: 2 violations [route: 'null' is required");
    }
  }

  @Test
  void anAttributeGivenNullIsANotNullViolation() {
    InvalidValueException e = new InvalidValueException("route");
    assertThat(e.valueType()).isEqualTo("value");
    assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactly(tuple("route", "NotNull"));
    assertThat(e.getMessage()).isEqualTo("Invalid value: 1 violation [route: 'null' must not be null (NotNull)]");
  }
}
