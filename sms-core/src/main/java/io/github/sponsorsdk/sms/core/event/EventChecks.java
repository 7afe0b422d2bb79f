package io.github.sponsorsdk.sms.core.event;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Constraint checks shared by the event types: Bean Validation plus cross-field rules, reported together. */
final class EventChecks {
  private EventChecks() {}

  /** Throws one {@link InvalidValueException} listing the Bean Validation violations and {@code extra}. */
  static void check(Object value, String type, List<Violation> extra) {
    List<Violation> all = new ArrayList<>(ValueValidation.violations(value));
    all.addAll(extra);
    if (!all.isEmpty()) {
      throw new InvalidValueException(type, all);
    }
  }

  static void check(Object value, String type) {
    check(value, type, List.of());
  }

  /** A violation when {@code later} is present and not after {@code earlier}. */
  static void requireAfter(List<Violation> out, String path, Optional<LocalDate> later, LocalDate earlier,
      String earlierName) {
    later.filter(d -> !d.isAfter(earlier)).ifPresent(d ->
        out.add(Violation.of(path, d.toString(), "After", "must be after " + earlierName + " " + earlier)));
  }
}
