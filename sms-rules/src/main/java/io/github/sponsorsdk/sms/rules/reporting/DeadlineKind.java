package io.github.sponsorsdk.sms.rules.reporting;

/** The shapes a reporting deadline takes in the guidance. */
public enum DeadlineKind {
  /** N working days in the given nation, counted from the clock start (see {@link DayCounting}). */
  WORKING_DAYS,
  /** N calendar days from the clock start; a due date falling on a non-working day moves back to the working day before. */
  CALENDAR_DAYS,
  /** "As soon as reasonably practicable": no date; due at once, never computed as overdue. */
  AS_SOON_AS_REASONABLY_PRACTICABLE,
  /** By the last working day before the event date (e.g. an allocation renewal before expiry). */
  LAST_WORKING_DAY_BEFORE_EVENT,
  /** The sources state no deadline; due, with no date. */
  UNSPECIFIED
}
