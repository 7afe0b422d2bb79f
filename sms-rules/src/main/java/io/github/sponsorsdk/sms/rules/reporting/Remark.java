package io.github.sponsorsdk.sms.rules.reporting;

import io.github.sponsorsdk.sms.core.event.EventKind;
import java.util.Optional;

/**
 * What a reportable duty's reasons add about the case: a permitted exception applies, the reduction is a permitted
 * one, a rule in force only for a time applied. A catalogue row lists its remarks in order; the first that holds
 * becomes the duty's explanation (before its status reason). Remarks never change whether a duty is reportable:
 * {@link Exclusion}s do.
 */
public enum Remark {
  /** W3: the stated exception was not yet a permitted reason on the event date; none applies. */
  UNPAID_LEAVE_EXCEPTION_NOT_IN_FORCE(EventKind.WORKER_UNPAID_LEAVE, DutyReason.UNPAID_LEAVE_EXCEPTION_NOT_IN_FORCE,
      ReportingParameters.UNPAID_LEAVE_EXCEPTIONS),
  /** W3: a permitted exception covers the days beyond the limit: report; sponsorship may continue. */
  UNPAID_LEAVE_EXCEPTION_APPLIES(EventKind.WORKER_UNPAID_LEAVE, DutyReason.UNPAID_LEAVE_EXCEPTION_APPLIES,
      ReportingParameters.UNPAID_LEAVE_EXCEPTIONS),
  /** W3: the days without a permitted reason alone exceed the limit: report, and normally stop sponsoring (W6). */
  UNPAID_LEAVE_NO_EXCEPTION(EventKind.WORKER_UNPAID_LEAVE, DutyReason.UNPAID_LEAVE_NO_EXCEPTION,
      ReportingParameters.UNPAID_LEAVE_WEEKS),
  /** W4: an increase for a pre-registration nurse or midwife on registration is reportable. */
  NURSE_OR_MIDWIFE_REGISTRATION(EventKind.WORKER_PAY_CHANGED, DutyReason.NURSE_OR_MIDWIFE_REGISTRATION, null),
  /** W4: a reduction for a reason permitted on the event date. */
  PAY_REDUCTION_PERMITTED(EventKind.WORKER_PAY_CHANGED, DutyReason.PAY_REDUCTION_PERMITTED,
      ReportingParameters.PERMITTED_PAY_REDUCTIONS),
  /** W4: a reduction with no permitted reason on the event date. */
  PAY_REDUCTION_NOT_PERMITTED(EventKind.WORKER_PAY_CHANGED, DutyReason.PAY_REDUCTION_NOT_PERMITTED,
      ReportingParameters.PERMITTED_PAY_REDUCTIONS),
  /** W5: hybrid working patterns were reportable on the event date (31 March 2023 to 4 March 2024). */
  HYBRID_WORKING_REPORTABLE(EventKind.WORKER_EMPLOYMENT_CHANGED, DutyReason.HYBRID_WORKING_REPORTABLE,
      ReportingParameters.HYBRID_WORKING_REPORTABLE);

  private final EventKind eventKind;
  private final DutyReason reason;
  private final String parameter;

  Remark(EventKind eventKind, DutyReason reason, String parameter) {
    this.eventKind = eventKind;
    this.reason = reason;
    this.parameter = parameter;
  }

  /** {@return the event kind whose data the remark reads; only rows of this kind may list it} */
  public EventKind eventKind() {
    return eventKind;
  }

  /** {@return the reason code of the explanation it adds} */
  public DutyReason reason() {
    return reason;
  }

  /** {@return the {@link ReportingParameters} parameter the remark reads, if any (its version in force is cited)} */
  public Optional<String> parameter() {
    return Optional.ofNullable(parameter);
  }
}
