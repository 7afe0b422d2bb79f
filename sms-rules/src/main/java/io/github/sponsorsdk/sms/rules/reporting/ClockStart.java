package io.github.sponsorsdk.sms.rules.reporting;

/** Where a duty's reporting clock starts: the day counted as day 0 (see {@link DayCounting}). */
public enum ClockStart {
  /** The day of the event ({@code occurredOn}). */
  EVENT_DAY,
  /** W1: the end of the 28-day start window (window start + 28 days). */
  END_OF_START_WINDOW,
  /** W2: the tenth working day of the unauthorised absence. */
  TENTH_WORKING_DAY_OF_ABSENCE,
  /** W3: the day the 4-week total of unpaid or reduced-pay absence in the calendar year was exceeded. */
  FOUR_WEEK_TOTAL_EXCEEDED,
  /** S1: the end of the enrolment period, late enrolment included. */
  END_OF_ENROLMENT_PERIOD,
  /** S2: the tenth consecutive missed expected contact. */
  TENTH_MISSED_CONTACT,
  /** The day the sponsor learned of it (breach, criminality, living arrangement). */
  DAY_OF_KNOWLEDGE,
  /** The date of a Home Office notice (downgrade, suspension, action plan). */
  DATE_OF_NOTICE,
  /** O8: three months before the allocation expires (the window opens). */
  RENEWAL_WINDOW_OPENS,
  /** Nothing to count: the row is never reported. */
  NONE
}
