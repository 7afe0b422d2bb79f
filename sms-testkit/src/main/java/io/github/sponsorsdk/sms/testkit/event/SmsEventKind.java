package io.github.sponsorsdk.sms.testkit.event;

/** What happened, for host systems listening to the fake SMS. */
public enum SmsEventKind {
  /** An account was locked after failed log-ins. */
  ACCOUNT_LOCKED,
  /** A lock ran out (on a clock advance). */
  ACCOUNT_UNLOCKED,
  /** A session ended after inactivity (on a clock advance). */
  SESSION_TIMED_OUT,
  /** A user's status changed (approved, refused, deactivated). */
  USER_STATUS_CHANGED,
  /**
   * A licence's status or rating changed (details {@code from}, {@code to}; {@code reason} {@code EXPIRED} when
   * the clock reached the expiry date).
   */
  LICENCE_STATUS_CHANGED,
  /** A licence that needs no renewal reached its recorded expiry date: the extended date applies (on a clock advance). */
  LICENCE_EXPIRY_EXTENDED,
  /** A certificate's status changed. */
  CERTIFICATE_STATUS_CHANGED,
  /** A certificate expired unused (on a clock advance). */
  CERTIFICATE_EXPIRED,
  /** An allocation year ended (on a clock advance). */
  ALLOCATION_EXPIRED,
  /** The SMS renewed an allocation automatically (on a clock advance; details {@code route}, {@code granted}). */
  ALLOCATION_RENEWED,
  /** A reporting duty fell due. */
  DUTY_DUE,
  /** A reporting duty is overdue (on a clock advance). */
  DUTY_OVERDUE,
  /** A casework request was decided. */
  CASEWORK_DECIDED,
  /** A board message was posted. */
  MESSAGE_POSTED,
  /** Sponsor UK: a submission changed status (details {@code from}, {@code to}, {@code action}). */
  SUBMISSION_STATUS_CHANGED,
  /** Sponsor UK: a licence route moved from the SMS to Sponsor UK. */
  ROUTE_MIGRATED,
  /** An action plan moved (details {@code reference}, {@code from}, {@code to}). */
  ACTION_PLAN_CHANGED,
  /**
   * A licence went longer than a monthly-access period without a log-in (details {@code code}, the qualified reason
   * code, {@code message}, {@code citation}, {@code lastLogIn}); raised once per code until the next log-in.
   */
  ACCESS_WARNING
}
