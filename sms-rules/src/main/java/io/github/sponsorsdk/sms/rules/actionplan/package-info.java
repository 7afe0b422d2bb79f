/**
 * Action plans: what follows a B-rating. The Home Office issues a time-limited action plan; the sponsor pays for it
 * (or declines) in the SMS ("Action plan details: Make a payment or decline to make a payment for an action plan;
 * View completed action plan payments", Manual 3), within 10 working days; at its end the sponsor is upgraded to A,
 * given a second action plan, or revoked.
 *
 * <pre>{@code
 * ActionPlanRules rules = ActionPlanRules.defaults();
 * WorkingDayCalendar england = UkWorkingDayCalendars.of(UkNation.ENGLAND_AND_WALES);
 * ActionPlan plan = rules.issue(LocalDate.of(2025, 4, 14), england);   // fee £1,579, pay by 2025-04-30
 * ActionPlanOutcome paid = rules.apply(plan, ActionPlanEvent.PAY, LocalDate.of(2025, 4, 30));
 * ActionPlanOutcome done = rules.apply(paid.plan().orElseThrow(), ActionPlanEvent.COMPLETED_UPGRADE,
 *     LocalDate.of(2025, 7, 14));
 * done.ratingAfter();   // Optional[A]
 * }</pre>
 */
@SmsStyle
package io.github.sponsorsdk.sms.rules.actionplan;

import io.github.sponsorsdk.sms.core.value.SmsStyle;
