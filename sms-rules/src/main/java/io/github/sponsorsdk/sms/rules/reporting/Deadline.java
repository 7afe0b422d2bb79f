package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.List;
import org.immutables.value.Value;

/**
 * A reporting deadline as the guidance states it: "10 working days", "28 days", "as soon as reasonably practicable".
 * {@link #days()} is positive for {@link DeadlineKind#WORKING_DAYS} and {@link DeadlineKind#CALENDAR_DAYS} and zero
 * otherwise.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDeadline.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDeadline.class)
@JsonDeserialize(as = ImmutableDeadline.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDeadline.class)
public abstract class Deadline implements WithDeadline {

  /** {@return how the deadline is counted} */
  public abstract DeadlineKind kind();

  /** {@return the number of days, for the two counted kinds; zero otherwise} */
  @Value.Default
  public int days() {
    return 0;
  }

  /** {@return true when the deadline yields a due date} */
  @JsonIgnore
  public boolean hasDate() {
    return kind() == DeadlineKind.WORKING_DAYS || kind() == DeadlineKind.CALENDAR_DAYS
        || kind() == DeadlineKind.LAST_WORKING_DAY_BEFORE_EVENT;
  }

  /**
   * {@return {@code n} working days after the clock starts, the day itself not counted}
   *
   * @param n the working days
   */
  public static Deadline workingDays(int n) {
    return ImmutableDeadline.builder().kind(DeadlineKind.WORKING_DAYS).days(n).build();
  }

  /**
   * {@return {@code n} calendar days after the clock starts}
   *
   * @param n the days
   */
  public static Deadline calendarDays(int n) {
    return ImmutableDeadline.builder().kind(DeadlineKind.CALENDAR_DAYS).days(n).build();
  }

  /** {@return "as soon as reasonably practicable": no date, the duty is due at once} */
  public static Deadline asSoonAsReasonablyPracticable() {
    return ImmutableDeadline.builder().kind(DeadlineKind.AS_SOON_AS_REASONABLY_PRACTICABLE).build();
  }

  /** {@return the last working day before the event} */
  public static Deadline lastWorkingDayBeforeEvent() {
    return ImmutableDeadline.builder().kind(DeadlineKind.LAST_WORKING_DAY_BEFORE_EVENT).build();
  }

  /** {@return no deadline published} */
  public static Deadline unspecified() {
    return ImmutableDeadline.builder().kind(DeadlineKind.UNSPECIFIED).build();
  }

  @Value.Check
  void check() {
    boolean counted = kind() == DeadlineKind.WORKING_DAYS || kind() == DeadlineKind.CALENDAR_DAYS;
    if (counted && (days() < 1 || days() > 366)) {
      throw new InvalidValueException("Deadline", List.of(Violation.of("days", String.valueOf(days()), "Range",
          "must be 1 to 366 for " + kind())));
    }
    if (!counted && days() != 0) {
      throw new InvalidValueException("Deadline", List.of(Violation.of("days", String.valueOf(days()), "Zero",
          "must be 0 for " + kind())));
    }
  }

  /** {@code "10 working days"}, {@code "28 calendar days"}, {@code "as soon as reasonably practicable"}. */
  @Override
  public String toString() {
    switch (kind()) {
      case WORKING_DAYS:
        return days() + " working days";
      case CALENDAR_DAYS:
        return days() + " calendar days";
      case AS_SOON_AS_REASONABLY_PRACTICABLE:
        return "as soon as reasonably practicable";
      case LAST_WORKING_DAY_BEFORE_EVENT:
        return "by the last working day before the event date";
      default:
        return "no deadline stated";
    }
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Deadline}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDeadline.Builder {
    Builder() {}
  }
}
