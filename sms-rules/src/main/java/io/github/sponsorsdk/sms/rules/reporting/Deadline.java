package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reporting deadline as the guidance states it ("10 working days", "28 days", "as soon as reasonably
 * practicable"), as a value that computes its own due date, in the manner of Strata's {@code DaysAdjustment}: N days
 * on a calendar from a start, then adjusted. {@link #days()} is 1 to 366 for {@link DeadlineKind#WORKING_DAYS} and
 * {@link DeadlineKind#CALENDAR_DAYS} and zero otherwise.
 *
 * <h2>Counting ({@link #dueDate})</h2>
 * <ul>
 *   <li>N working days: with {@link DayCounting#EVENT_DAY_IS_DAY_ZERO} (default) the N-th working day strictly
 *       after the clock start (the start is never counted; from a weekend or bank holiday day 1 is the next working
 *       day); with {@link DayCounting#EVENT_DAY_IS_DAY_ONE} the clock start is day 1 when it is a working day.
 *   <li>N calendar days: clock start + N (+ N - 1 when the start is day 1), moved back to the previous working day
 *       when that is a weekend or bank holiday (the earlier day is the safe advice), never before the clock start.
 *   <li>Last working day before the event (allocation renewal): the working day before the event date.
 *   <li>"As soon as reasonably practicable" and "no deadline stated": no due date.
 * </ul>
 *
 * <pre>{@code
 * WorkingDays ew = WorkingDays.of(UkWorkingDayCalendars.of(UkNation.ENGLAND_AND_WALES));
 * Deadline.workingDays(10).dueDate(LocalDate.of(2025, 8, 22), ew, DayCounting.EVENT_DAY_IS_DAY_ZERO);
 * // Optional[2025-09-08]: Friday before the August bank holiday
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDeadline.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDeadline.class)
@JsonDeserialize(as = ImmutableDeadline.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDeadline.class)
public abstract class Deadline implements WithDeadline {

  /** "No date" in the epoch-day form. */
  static final long NO_DAY = Long.MIN_VALUE;

  /** {@return the shape of the deadline} */
  public abstract DeadlineKind kind();

  /** {@return the number of days, for the two counted kinds; zero otherwise} */
  @Value.Default
  public int days() {
    return 0;
  }

  /** {@return true when the deadline yields a due date} */
  @JsonIgnore
  public boolean hasDate() {
    return isCounted() || kind() == DeadlineKind.LAST_WORKING_DAY_BEFORE_EVENT;
  }

  /** {@return true for a number of working or calendar days} */
  @JsonIgnore
  public boolean isCounted() {
    return kind() == DeadlineKind.WORKING_DAYS || kind() == DeadlineKind.CALENDAR_DAYS;
  }

  /**
   * {@return {@code n} working days (1 to 366)}
   *
   * @param n the working days, the clock-start day not counted unless the day counting says so
   */
  public static Deadline workingDays(int n) {
    return ImmutableDeadline.builder().kind(DeadlineKind.WORKING_DAYS).days(n).build();
  }

  /**
   * {@return {@code n} calendar days (1 to 366)}
   *
   * @param n the calendar days
   */
  public static Deadline calendarDays(int n) {
    return ImmutableDeadline.builder().kind(DeadlineKind.CALENDAR_DAYS).days(n).build();
  }

  /** {@return "As soon as reasonably practicable": no date} */
  public static Deadline asSoonAsReasonablyPracticable() {
    return ImmutableDeadline.builder().kind(DeadlineKind.AS_SOON_AS_REASONABLY_PRACTICABLE).build();
  }

  /** {@return by the last working day before the event date} */
  public static Deadline lastWorkingDayBeforeEvent() {
    return ImmutableDeadline.builder().kind(DeadlineKind.LAST_WORKING_DAY_BEFORE_EVENT).build();
  }

  /** {@return the sources state no deadline} */
  public static Deadline unspecified() {
    return ImmutableDeadline.builder().kind(DeadlineKind.UNSPECIFIED).build();
  }

  /**
   * The due date for a clock started on {@code clockStart}, on {@code days}' calendar, where the event day is the
   * clock start (every kind but {@link DeadlineKind#LAST_WORKING_DAY_BEFORE_EVENT}, which needs
   * {@link #dueDate(LocalDate, LocalDate, WorkingDays, DayCounting)}).
   *
   * @param clockStart day 0 of the clock
   * @param days the working days of the worker's nation
   * @param counting whether the clock-start day counts
   * @return the due date; empty when the kind gives none
   * @throws DateTimeException when a date needed is outside the calendar's range
   */
  public Optional<LocalDate> dueDate(LocalDate clockStart, WorkingDays days, DayCounting counting) {
    return dueDate(clockStart, clockStart, days, counting);
  }

  /**
   * The due date for a clock started on {@code clockStart} for an event on {@code eventDay}.
   *
   * @return the due date; empty when the kind gives none
   * @throws DateTimeException when a date needed is outside the calendar's range
   * @param clockStart day 0 of the clock
   * @param eventDay the day of the event
   * @param days the working days of the worker's nation
   * @param counting whether the clock-start day counts
   */
  public Optional<LocalDate> dueDate(LocalDate clockStart, LocalDate eventDay, WorkingDays days,
      DayCounting counting) {
    long due = dueEpochDay(clockStart.toEpochDay(), eventDay.toEpochDay(), Objects.requireNonNull(days, "days"),
        Objects.requireNonNull(counting, "counting") == DayCounting.EVENT_DAY_IS_DAY_ZERO);
    return due == NO_DAY ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(due));
  }

  /** {@link #dueDate} on epoch days, allocation-free: the engine's hot path. {@link #NO_DAY} when none. */
  long dueEpochDay(long clockStart, long eventDay, WorkingDays days, boolean dayZero) {
    int n = days();
    switch (kind()) {
      case WORKING_DAYS:
        return dayZero ? days.plusWorkingDays(clockStart, n)
            : n == 1 ? days.nextOrSame(clockStart) : days.plusWorkingDays(days.nextOrSame(clockStart), n - 1);
      case CALENDAR_DAYS: {
        long end = plusDays(clockStart, dayZero ? n : n - 1L);
        long due = days.previousOrSame(end);
        return due < clockStart ? days.nextOrSame(clockStart) : due;
      }
      case LAST_WORKING_DAY_BEFORE_EVENT: {
        long due = days.previous(eventDay);
        return due < clockStart ? days.nextOrSame(clockStart) : due;
      }
      default:
        return NO_DAY;
    }
  }

  /** {@code epochDay + n} as {@link LocalDate#plusDays} computes it: a {@link DateTimeException} beyond its range. */
  static long plusDays(long epochDay, long n) {
    long d = epochDay + n;
    if (d < LocalDate.MIN.toEpochDay() || d > LocalDate.MAX.toEpochDay()) {
      throw new DateTimeException("Epoch day " + d + " is beyond LocalDate's range");
    }
    return d;
  }

  /** 1 to 366 days for the counted kinds, 0 for the others. */
  @Value.Check
  void check() {
    if (isCounted() && (days() < 1 || days() > 366)) {
      throw new InvalidValueException("Deadline", List.of(Violation.of("days", String.valueOf(days()), "Range",
          "must be 1 to 366 for " + kind())));
    }
    if (!isCounted() && days() != 0) {
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
