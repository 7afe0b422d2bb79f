package io.github.sponsorsdk.sms.core.event;

/** The permitted reasons for absence without pay or on reduced pay beyond 4 weeks in a calendar year (Immigration Rules, Part Suitability SUI 36.1). */
public enum UnpaidLeaveException {
  /** Statutory maternity leave. */
  MATERNITY,
  /** Statutory paternity leave. */
  PATERNITY,
  /** Statutory shared parental leave. */
  SHARED_PARENTAL,
  /** Statutory neonatal care leave. */
  NEONATAL_CARE,
  /** Statutory parental leave. */
  PARENTAL,
  /** Statutory adoption leave. */
  ADOPTION,
  /** Sick leave. */
  SICK_LEAVE,
  /** Assisting with a national or international humanitarian or environmental crisis, with the sponsor's agreement. */
  HUMANITARIAN_OR_ENVIRONMENTAL_CRISIS,
  /** Taking part in legally organised industrial action. */
  INDUSTRIAL_ACTION,
  /** Jury service. */
  JURY_SERVICE,
  /** Attending court as a witness. */
  COURT_WITNESS
}
