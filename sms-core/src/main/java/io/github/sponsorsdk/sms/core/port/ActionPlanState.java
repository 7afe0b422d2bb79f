package io.github.sponsorsdk.sms.core.port;

/**
 * Where an action plan stands, as the port reports it. The constants are those of the sms-rules
 * {@code ActionPlanStatus} (a test holds the two equal); the SMS's own status names were not read.
 */
public enum ActionPlanState {
  /** Issued; the sponsor has 10 working days to pay. */
  AWAITING_PAYMENT,
  /** Paid: the plan runs. */
  IN_PROGRESS,
  /** The sponsor declined to pay: the licence is revoked. */
  DECLINED,
  /** Not paid within the deadline: the licence is revoked. */
  PAYMENT_DEADLINE_MISSED,
  /** Completed, and the sponsor upgraded to an A-rating. */
  COMPLETED_UPGRADED,
  /** Completed with a second B-rating: a further plan follows. */
  COMPLETED_FURTHER_PLAN,
  /** Ended in revocation. */
  REVOKED;

  /** {@return true for the states nothing leaves} */
  public boolean isFinal() {
    return this != AWAITING_PAYMENT && this != IN_PROGRESS;
  }
}
