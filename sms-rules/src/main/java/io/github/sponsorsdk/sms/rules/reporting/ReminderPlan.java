package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * When a host wants reminders before a duty's due date (or its "as soon as reasonably practicable" horizon):
 * a number of working days before it, in the duty's own nation. Not a rule of the guidance: the host's choice.
 * {@link #standard()} reminds 5 working days and 1 working day before.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableReminderPlan.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReminderPlan.class)
@JsonDeserialize(as = ImmutableReminderPlan.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReminderPlan.class)
public abstract class ReminderPlan implements WithReminderPlan {

  /** {@return working days before the due date or horizon, each 1 to 366, no repeats} */
  public abstract List<Integer> workingDaysBefore();

  /** {@return reminders 5 and 1 working days before} */
  public static ReminderPlan standard() {
    return of(5, 1);
  }

  /**
   * {@return reminders {@code days} working days before (none: only the due-day and overdue notices)}
   *
   * @param days working days before the due date, one reminder each
   */
  public static ReminderPlan of(int... days) {
    Builder b = builder();
    for (int d : days) {
      b.addWorkingDaysBefore(d);
    }
    return b.build();
  }

  /** Every violation at once: range and repeats. */
  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int d : workingDaysBefore()) {
      if (d < 1 || d > 366) {
        v.add(Violation.of("workingDaysBefore", String.valueOf(d), "Range", "must be 1 to 366"));
      }
      if (!seen.add(d)) {
        v.add(Violation.of("workingDaysBefore", String.valueOf(d), "Unique", "must not repeat"));
      }
    }
    if (!v.isEmpty()) {
      throw new InvalidValueException("ReminderPlan", v);
    }
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ReminderPlan}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableReminderPlan.Builder {
    Builder() {}
  }
}
