package io.github.sponsorsdk.sms.rules.actionplan;

/** What can happen to an action plan, and who makes it happen. */
public enum ActionPlanEvent {
  /** The sponsor pays ("Make a payment ... for an action plan"): only while awaiting payment, by the deadline. */
  PAY,
  /** The sponsor declines to pay ("decline to make a payment for an action plan"). */
  DECLINE,
  /** The payment deadline passes unpaid (time). */
  DEADLINE_PASSED,
  /** The Home Office ends a paid plan by upgrading the sponsor to A. */
  COMPLETED_UPGRADE,
  /** The Home Office ends a paid plan with a second B-rating and a further plan. */
  COMPLETED_FURTHER_PLAN,
  /** The Home Office ends a paid plan by revoking the licence. */
  REVOKE
}
