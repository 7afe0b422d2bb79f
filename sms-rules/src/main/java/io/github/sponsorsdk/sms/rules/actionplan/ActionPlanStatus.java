package io.github.sponsorsdk.sms.rules.actionplan;

/** Where an action plan stands. The SMS's own status names were not read (Manual 3's steps): these are the SDK's. */
public enum ActionPlanStatus {
  /** Issued by the Home Office; the sponsor has 10 working days to pay. */
  AWAITING_PAYMENT,
  /** Paid: the plan runs (about 3 months). */
  IN_PROGRESS,
  /** The sponsor declined to pay: the licence is revoked. */
  DECLINED,
  /** Not paid within the deadline: the licence is revoked. */
  PAYMENT_DEADLINE_MISSED,
  /** Completed and the sponsor upgraded to an A-rating. */
  COMPLETED_UPGRADED,
  /** Completed with a second B-rating: a further paid action plan follows. */
  COMPLETED_FURTHER_PLAN,
  /** Ended in revocation. */
  REVOKED;

  /** {@return true for the statuses nothing leaves} */
  public boolean isFinal() {
    return this != AWAITING_PAYMENT && this != IN_PROGRESS;
  }
}
