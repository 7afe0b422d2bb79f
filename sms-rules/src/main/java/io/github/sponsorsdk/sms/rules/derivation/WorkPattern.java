package io.github.sponsorsdk.sms.rules.derivation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A worker's normal working pattern: the days of the week worked and whether bank holidays on them are worked. The
 * 4-week limit of unpaid leave is 4 &times; {@link #daysPerWeek()} of these days (20 for 5 days a week, 12 for 3;
 * Workers guidance Part 2 S4 as quoted by narasolicitors). A roster that varies week to week is given day by day with
 * {@link AttendanceStatus#NOT_SCHEDULED} records on rest days; its {@code daysPerWeek} is then the usual number.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableWorkPattern.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWorkPattern.class)
@JsonDeserialize(as = ImmutableWorkPattern.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkPattern.class)
public abstract class WorkPattern implements WithWorkPattern {

  /** {@return the days worked; 1 to 7 of them} */
  public abstract Set<DayOfWeek> days();

  /** {@return whether bank holidays on those days are worked} Default: not worked. */
  @Value.Default
  public BankHolidayWork bankHolidays() {
    return BankHolidayWork.NOT_WORKED;
  }

  /** {@return days a week} */
  @JsonIgnore
  public int daysPerWeek() {
    return days().size();
  }

  /** {@return Monday to Friday, bank holidays off} */
  public static WorkPattern mondayToFriday() {
    return of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), BankHolidayWork.NOT_WORKED);
  }

  /**
   * {@return a pattern of {@code days}}
   *
   * @param days the days of the week the worker works
   * @param bankHolidays whether the worker works on bank holidays
   */
  public static WorkPattern of(Set<DayOfWeek> days, BankHolidayWork bankHolidays) {
    return builder().days(days).bankHolidays(bankHolidays).build();
  }

  /** At least one day. */
  @Value.Check
  void check() {
    if (days().isEmpty()) {
      throw new InvalidValueException("WorkPattern", List.of(Violation.of("days", "[]", "NotEmpty",
          "must name at least one day")));
    }
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WorkPattern}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWorkPattern.Builder {
    Builder() {}
  }
}
