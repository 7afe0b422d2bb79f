package io.github.sponsorsdk.sms.rules.calendar;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A caller's correction to a working-day calendar's data: a bank holiday added (a newly proclaimed one-off day) or
 * removed (a day moved away by proclamation), with the citation that justifies it.
 *
 * <p>Overrides apply to weekdays only: Saturdays and Sundays are never working days, so an override on one would
 * mean nothing and is rejected. Adding a day that is already a bank holiday, or removing one that is already a
 * working day, is allowed and changes nothing, so a caller can apply a list of proclamations whatever version of
 * the underlying data it runs on.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCalendarOverride.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCalendarOverride.class)
@JsonDeserialize(as = ImmutableCalendarOverride.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCalendarOverride.class)
public abstract class CalendarOverride implements WithCalendarOverride {

  /** Whether the override adds or removes a bank holiday. */
  public enum Kind {
    /** The day becomes a bank holiday (not a working day). */
    ADD_HOLIDAY,
    /** The day stops being a bank holiday (becomes a working day). */
    REMOVE_HOLIDAY
  }

  /** {@return the day affected; a Monday to Friday} */
  public abstract LocalDate date();

  /** {@return added or removed} */
  public abstract Kind kind();

  /** {@return the source of the change, e.g. the proclamation} */
  public abstract Citation citation();

  /**
   * {@return an added bank holiday on {@code date}}
   *
   * @param date the day
   * @param citation the proclamation or notice
   */
  public static CalendarOverride addHoliday(LocalDate date, Citation citation) {
    return ImmutableCalendarOverride.builder().date(date).kind(Kind.ADD_HOLIDAY).citation(citation).build();
  }

  /**
   * {@return a removed bank holiday on {@code date}}
   *
   * @param date the day
   * @param citation the proclamation or notice
   */
  public static CalendarOverride removeHoliday(LocalDate date, Citation citation) {
    return ImmutableCalendarOverride.builder().date(date).kind(Kind.REMOVE_HOLIDAY).citation(citation).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CalendarOverride}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCalendarOverride.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
    DayOfWeek dow = date().getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
      throw new InvalidValueException("CalendarOverride", java.util.List.of(Violation.of("date", date().toString(),
          "Weekday", "is a " + dow + ": weekends are never working days, so a holiday override on one means nothing")));
    }
  }

  @Override
  public String toString() {
    return (kind() == Kind.ADD_HOLIDAY ? "+" : "-") + date() + " [" + citation() + "]";
  }
}
