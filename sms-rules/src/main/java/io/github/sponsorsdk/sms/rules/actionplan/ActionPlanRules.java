package io.github.sponsorsdk.sms.rules.actionplan;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Action plans after a B-rating: issue (fee and last day to pay, in working days on the sponsor's calendar), pay or
 * decline in the SMS, and the Home Office's outcome, which changes the rating or revokes the licence.
 *
 * <pre>
 *  AWAITING_PAYMENT --PAY (by payBy)--> IN_PROGRESS --COMPLETED_UPGRADE--> COMPLETED_UPGRADED   (rating A)
 *        |                                   |-----COMPLETED_FURTHER_PLAN--> COMPLETED_FURTHER_PLAN (rating B)
 *        |--DECLINE--> DECLINED (revoked)    +-----REVOKE--> REVOKED (revoked)
 *        +--DEADLINE_PASSED (after payBy)--> PAYMENT_DEADLINE_MISSED (revoked)
 * </pre>
 *
 * <p>Sources: the SMS functions are Manual 3's ("Make a payment or decline to make a payment for an action plan");
 * the fee, the 10 working days and the three endings come from secondary sources quoting the guidance
 * (docs/sources.md#secondary-licence). A refused event changes nothing (the outcome holds no plan).
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link ActionPlanParameters#defaults()} (fee £1,476, £1,579 from 9 April 2025; 10 working days);
 * {@code of(ActionPlanParameters)} takes others; {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code issue} (a new plan), {@code decideIssue} (its explanation), {@code apply(plan, event, on)} (an {@code ActionPlanOutcome});
 * queries {@code fee}, {@code payBy}. See the package documentation for an example.
 */
public final class ActionPlanRules {

  private final ActionPlanParameters parameters;

  private ActionPlanRules(ActionPlanParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the rules with {@link ActionPlanParameters#defaults()}} */
  public static ActionPlanRules defaults() {
    return new ActionPlanRules(ActionPlanParameters.defaults());
  }

  /**
   * The rules with {@code parameters}.
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   * @return the rules
   */
  public static ActionPlanRules of(ActionPlanParameters parameters) {
    return new ActionPlanRules(parameters);
  }

  /** {@return the parameters this engine reads} */
  public ActionPlanParameters parameters() {
    return parameters;
  }

  /**
   * {@return the fee of a plan issued on {@code issuedOn}}
   *
   * @param issuedOn the day the plan is issued
   */
  public Money fee(LocalDate issuedOn) {
    return parameters.fee().on(issuedOn);
  }

  /**
   * {@return the last day to pay for a plan issued on {@code issuedOn}: N working days later on {@code calendar}}
   *
   * @param issuedOn the day the plan is issued
   * @param calendar the working days of the sponsor's nation
   */
  public LocalDate payBy(LocalDate issuedOn, WorkingDayCalendar calendar) {
    return calendar.plusWorkingDays(issuedOn, parameters.paymentWorkingDays().on(issuedOn));
  }

  /**
   * {@return a plan issued on {@code issuedOn}, awaiting payment, with its fee and last day to pay}
   *
   * @param issuedOn the day the plan is issued
   * @param calendar the working days of the sponsor's nation
   */
  public ActionPlan issue(LocalDate issuedOn, WorkingDayCalendar calendar) {
    return ActionPlan.builder().issuedOn(issuedOn).fee(fee(issuedOn)).payBy(payBy(issuedOn, calendar))
        .status(ActionPlanStatus.AWAITING_PAYMENT).build();
  }

  /**
   * {@return the decision on issuing {@code plan}: always allowed, its reason giving the fee and the last day to pay}
   *
   * @param plan the plan issued
   */
  public Decision decideIssue(ActionPlan plan) {
    return Decision.of(ActionPlanReasonCode.ISSUED.reason(Map.of("fee", plan.fee(), "payBy", plan.payBy())));
  }

  /**
   * Applies {@code event} to {@code plan} on {@code on}; refused events hold no plan and change nothing.
   *
   * @param plan the plan
   * @param event a payment, a decline, a missed deadline or the Home Office's outcome
   * @param on the day of the event
   * @return the new plan and licence status when allowed; the refusal otherwise
   */
  public ActionPlanOutcome apply(ActionPlan plan, ActionPlanEvent event, LocalDate on) {
    ActionPlanOutcome.Builder out = ActionPlanOutcome.builder();
    ActionPlanStatus from = plan.status();
    boolean awaiting = from == ActionPlanStatus.AWAITING_PAYMENT;
    boolean running = from == ActionPlanStatus.IN_PROGRESS;
    switch (event) {
      case PAY:
        if (awaiting && on.isAfter(plan.payBy())) {
          return out.decision(Decision.of(ActionPlanReasonCode.PAYMENT_DEADLINE_PASSED.reason(
              Map.of("payBy", plan.payBy())))).build();
        }
        if (awaiting) {
          return out.decision(Decision.of(ActionPlanReasonCode.PAID.reason(Map.of("fee", plan.fee()))))
              .plan(plan.withStatus(ActionPlanStatus.IN_PROGRESS)).build();
        }
        break;
      case DECLINE:
        if (awaiting) {
          return out.decision(Decision.of(ActionPlanReasonCode.DECLINED.reason()))
              .plan(plan.withStatus(ActionPlanStatus.DECLINED)).licenceStatusAfter(LicenceStatus.REVOKED).build();
        }
        break;
      case DEADLINE_PASSED:
        if (awaiting && on.isAfter(plan.payBy())) {
          return out.decision(Decision.of(ActionPlanReasonCode.PAYMENT_DEADLINE_PASSED.reason(
                  Map.of("payBy", plan.payBy())).withSeverity(io.github.sponsorsdk.sms.core.decision.Severity.INFO)))
              .plan(plan.withStatus(ActionPlanStatus.PAYMENT_DEADLINE_MISSED))
              .licenceStatusAfter(LicenceStatus.REVOKED).build();
        }
        break;
      case COMPLETED_UPGRADE:
        if (running) {
          return out.decision(Decision.of(ActionPlanReasonCode.UPGRADED.reason()))
              .plan(plan.withStatus(ActionPlanStatus.COMPLETED_UPGRADED)).ratingAfter(Rating.A).build();
        }
        break;
      case COMPLETED_FURTHER_PLAN:
        if (running) {
          return out.decision(Decision.of(ActionPlanReasonCode.FURTHER_PLAN.reason()))
              .plan(plan.withStatus(ActionPlanStatus.COMPLETED_FURTHER_PLAN)).ratingAfter(Rating.B).build();
        }
        break;
      case REVOKE:
        if (running) {
          return out.decision(Decision.of(ActionPlanReasonCode.REVOKED.reason()))
              .plan(plan.withStatus(ActionPlanStatus.REVOKED)).licenceStatusAfter(LicenceStatus.REVOKED).build();
        }
        break;
      default:
        break;
    }
    return out.decision(Decision.of(ActionPlanReasonCode.NOT_IN_STATUS.reason(Map.of("event", event,
        "status", from)))).build();
  }
}
