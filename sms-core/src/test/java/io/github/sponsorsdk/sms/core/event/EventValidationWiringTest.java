package io.github.sponsorsdk.sms.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event type runs its Bean Validation constraints from {@code @Value.Check}, so an invalid event fails when it
 * is built or copied, naming the field (issue 18: in 22 event classes the check could be unwired with no test
 * failing). The types are found by walking the sealed hierarchy under {@link ReportableEvent}, so a new event type is
 * covered without editing this test (and fails here until {@link SampleEvents} has an example of it).
 *
 * <p>Every event carries the caller's optional {@code reference}, constrained to 1..64 characters: the empty string
 * and 65 characters are the invalid edges, 1 and 64 the valid ones.
 */
class EventValidationWiringTest {

  static Stream<Class<?>> eventTypes() {
    List<Class<?>> out = new ArrayList<>();
    walk(ReportableEvent.class, out);
    assertThat(out).as("concrete event types found by scanning").hasSizeGreaterThanOrEqualTo(EventKind.values().length);
    return out.stream();
  }

  private static void walk(Class<?> type, List<Class<?>> out) {
    if (type.isSealed()) {
      for (Class<?> sub : type.getPermittedSubclasses()) {
        walk(sub, out);
      }
    } else if (Modifier.isAbstract(type.getModifiers())) {
      out.add(type); // a non-sealed abstract value type; its generated Immutable* class is the implementation
    }
  }

  static ReportableEvent sampleOf(Class<?> type) {
    return SampleEvents.all().stream().filter(type::isInstance).findFirst()
        .orElseThrow(() -> new AssertionError("SampleEvents has no example of " + type.getSimpleName()));
  }

  static Object withReference(ReportableEvent event, String reference) throws Throwable {
    Method with = event.getClass().getMethod("withReference", String.class);
    try {
      return with.invoke(event, reference);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void anInvalidEventFailsNamingTheField(Class<?> type) {
    ReportableEvent sample = sampleOf(type);
    for (String bad : List.of("", "r".repeat(65))) {
      assertThatThrownBy(() -> withReference(sample, bad)).as("%s with reference of %d characters",
          type.getSimpleName(), bad.length())
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.valueType()).isEqualTo(type.getSimpleName());
            assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                .contains(org.assertj.core.groups.Tuple.tuple("reference", "Size"));
          });
    }
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void theValidEdgesAreAccepted(Class<?> type) throws Throwable {
    ReportableEvent sample = sampleOf(type);
    for (String good : List.of("r", "r".repeat(64))) {
      assertThat(((ReportableEvent) withReference(sample, good)).reference()).contains(good);
    }
  }
}
