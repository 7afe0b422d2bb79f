package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;

/**
 * The working days of each nation for one batch: the caller's overrides, else the SDK's calendar, built on first
 * use (a batch of one nation never builds the others; the first build of a calendar is the costly part of a cold
 * start). A late build from two threads is a benign race: both store equal, immutable calendars.
 */
final class NationDays {
  private static final UkNation[] NATIONS = UkNation.values();
  private final WorkingDays[] days;

  NationDays(WorkingDays[] overrides) {
    days = overrides.clone();
  }

  /** The working days of the nation with {@code ordinal}. */
  WorkingDays get(int ordinal) {
    WorkingDays d = days[ordinal];
    if (d == null) {
      d = WorkingDays.of(UkWorkingDayCalendars.of(NATIONS[ordinal]));
      days[ordinal] = d;
    }
    return d;
  }

  /** The working days of {@code nation}. */
  WorkingDays get(UkNation nation) {
    return get(nation.ordinal());
  }
}
