package io.github.sponsorsdk.sms.rules.reporting;

/** How a duty is discharged. */
public enum ReportingChannel {
  /** A report through the Sponsorship Management System (worker or student activity, licence changes). */
  SMS,
  /** An email to a Home Office inbox (offshore workers' arrivals and departures). */
  EMAIL,
  /** To the police, not the Home Office (information about terrorism or crime). */
  POLICE,
  /** A sponsor note on the CoS, not a report (changes before the worker has applied). */
  SPONSOR_NOTE,
  /** An application for a sponsor licence (a new owner after a transfer). */
  LICENCE_APPLICATION,
  /** A written response to a Home Office notice. */
  RESPONSE_TO_NOTICE,
  /** A fee payment (the action plan fee). */
  PAYMENT
}
