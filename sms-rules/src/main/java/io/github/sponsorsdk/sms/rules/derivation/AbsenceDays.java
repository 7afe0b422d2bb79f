package io.github.sponsorsdk.sms.rules.derivation;

/**
 * Whose working days count when absences are counted (the run of an unauthorised absence, the 4 weeks of unpaid
 * leave). The unpaid-leave rule is counted "according to the sponsored worker's normal working pattern" (Workers
 * guidance Part 2 S4, quoted by narasolicitors); for unauthorised absence the guidance says only "consecutive working
 * days", so the SDK counts it the same way by analogy (decision 0460).
 */
public enum AbsenceDays {
  /**
   * Default. The worker's {@link WorkPattern} when the worker record gives one (a shift worker's days, bank holidays
   * worked or not), and rest days marked {@link AttendanceStatus#NOT_SCHEDULED}; else the nation's calendar (Monday to
   * Friday less the bank holidays of the worker's nation).
   */
  WORKER_PATTERN_ELSE_NATION,
  /** Always the nation's calendar, whatever the worker's pattern (a conservative reading for office workers). */
  NATION_CALENDAR
}
