package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.event.EventKind;
import java.util.Optional;

/**
 * Where a duty's reporting clock starts: the day counted as day 0 (see {@link DayCounting}). A catalogue row names
 * one; the engine computes it from the event and the parameters in force on the event day. A clock start that reads
 * one kind's data (the tenth day of an absence, the end of the start window) may only be named by a row of that
 * kind ({@link #eventKind()}), which {@link DutyCatalogue} checks.
 */
public enum ClockStart {
  /** The day of the event ({@code occurredOn}). */
  EVENT_DAY(null),
  /**
   * W1: the end of the start window: window start (the latest of the four dates, {@code occurredOn}) plus
   * {@code reporting.startDelay.windowDays} days.
   */
  END_OF_START_WINDOW(EventKind.WORKER_START_DELAYED),
  /**
   * W2: the tenth (in general the {@code reporting.unauthorisedAbsence.workingDays}-th) working day of the
   * unauthorised absence: as given by the event (the worker's own pattern, e.g. a shift worker's), else counted on the
   * governing nation's calendar from the first day of absence.
   */
  TENTH_WORKING_DAY_OF_ABSENCE(EventKind.WORKER_UNAUTHORISED_ABSENCE),
  /** W3: the day the 4-week total of unpaid or reduced-pay absence in the calendar year was exceeded. */
  FOUR_WEEK_TOTAL_EXCEEDED(EventKind.WORKER_UNPAID_LEAVE),
  /** S1: the end of the enrolment period, late enrolment included ({@code occurredOn}). */
  END_OF_ENROLMENT_PERIOD(EventKind.STUDENT_DID_NOT_ENROL),
  /** S2: the tenth consecutive missed expected contact ({@code occurredOn}). */
  TENTH_MISSED_CONTACT(EventKind.STUDENT_MISSED_CONTACTS),
  /** The day the sponsor learned of it (breach, criminality, living arrangement): {@code occurredOn}. */
  DAY_OF_KNOWLEDGE(null),
  /** The date of a Home Office notice (downgrade, suspension, action plan): {@code occurredOn}. */
  DATE_OF_NOTICE(null),
  /**
   * O8: the day the renewal window opens, {@code reporting.allocationRenewal.windowMonths} months before the
   * allocation expires ({@code occurredOn}).
   */
  RENEWAL_WINDOW_OPENS(EventKind.SPONSOR_ALLOCATION_EXPIRING),
  /** Nothing is counted (the row is a sponsor note, not a report); the event day is recorded. */
  NONE(null);

  private final EventKind eventKind;

  ClockStart(EventKind eventKind) {
    this.eventKind = eventKind;
  }

  /** {@return the only event kind whose rows may use this clock start; empty when any kind may} */
  public Optional<EventKind> eventKind() {
    return Optional.ofNullable(eventKind);
  }
}
