package io.github.sponsorsdk.sms.rules.derivation;

import io.github.sponsorsdk.sms.core.event.UnpaidLeaveException;
import java.util.Optional;

/**
 * Why a worker was on leave, as an HR system records it, mapped to the permitted exceptions of the Immigration
 * Rules (Part Suitability SUI 36.1). The reasons that are <em>not</em> exceptions (time off for dependants,
 * compassionate leave, trade-union duties, carer's leave, sabbaticals, unpaid holiday) count towards the 4 weeks when
 * unpaid (decision 0460). Whether an exception was in force on a day is a dated parameter
 * ({@code reporting.unpaidLeave.exceptions}: jury service from July 2023, neonatal care leave from 9 April 2025).
 */
public enum LeaveReason {
  /** Statutory maternity leave. */
  MATERNITY(UnpaidLeaveException.MATERNITY),
  /** Statutory paternity leave. */
  PATERNITY(UnpaidLeaveException.PATERNITY),
  /** Statutory shared parental leave. */
  SHARED_PARENTAL(UnpaidLeaveException.SHARED_PARENTAL),
  /** Statutory neonatal care leave. */
  NEONATAL_CARE(UnpaidLeaveException.NEONATAL_CARE),
  /** Statutory (unpaid) parental leave. */
  PARENTAL(UnpaidLeaveException.PARENTAL),
  /** Statutory adoption leave. */
  ADOPTION(UnpaidLeaveException.ADOPTION),
  /** Sick leave. */
  SICKNESS(UnpaidLeaveException.SICK_LEAVE),
  /** Assisting with a humanitarian or environmental crisis, with the sponsor's agreement. */
  HUMANITARIAN_OR_ENVIRONMENTAL_CRISIS(UnpaidLeaveException.HUMANITARIAN_OR_ENVIRONMENTAL_CRISIS),
  /** Legally organised industrial action (an exception, not unauthorised absence; decision 0460). */
  INDUSTRIAL_ACTION(UnpaidLeaveException.INDUSTRIAL_ACTION),
  /** Jury service. */
  JURY_SERVICE(UnpaidLeaveException.JURY_SERVICE),
  /** Attending court as a witness. */
  COURT_WITNESS(UnpaidLeaveException.COURT_WITNESS),
  /** Time off for dependants (emergencies): not an exception. */
  TIME_OFF_FOR_DEPENDANTS(null),
  /** Compassionate or bereavement leave: not an exception. */
  COMPASSIONATE(null),
  /** Trade-union duties: not an exception (normally paid). */
  TRADE_UNION_DUTIES(null),
  /** Carer's leave: not an exception. */
  CARERS_LEAVE(null),
  /** A sabbatical or career break: not an exception. */
  SABBATICAL(null),
  /** Unpaid holiday: not an exception. */
  UNPAID_HOLIDAY(null),
  /** Any other reason: not an exception. */
  OTHER(null);

  private final UnpaidLeaveException exception;

  LeaveReason(UnpaidLeaveException exception) {
    this.exception = exception;
  }

  /** {@return the permitted exception this reason is, if it is one} */
  public Optional<UnpaidLeaveException> exception() {
    return Optional.ofNullable(exception);
  }
}
