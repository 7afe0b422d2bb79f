package io.github.sponsorsdk.sms.rules.certificate;

/** What can happen to an application for a defined CoS awaiting a decision, and who makes it happen. */
public enum DefinedCosEvent {
  /** The Home Office grants it ("decisions typically take one working day", otb.legal). */
  GRANT(DefinedCosStatus.GRANTED, Actor.HOME_OFFICE),
  /** The Home Office refuses it. */
  REFUSE(DefinedCosStatus.REFUSED, Actor.HOME_OFFICE),
  /** The Home Office rejects it (for example as incomplete). */
  REJECT(DefinedCosStatus.REJECTED, Actor.HOME_OFFICE),
  /** The sponsor withdraws it while it awaits a decision (Level 1 users only see defined CoS). */
  WITHDRAW(DefinedCosStatus.WITHDRAWN, Actor.LEVEL_1_USER);

  private final DefinedCosStatus to;
  private final Actor actor;

  DefinedCosEvent(DefinedCosStatus to, Actor actor) {
    this.to = to;
    this.actor = actor;
  }

  /** {@return the status the event leads to} */
  public DefinedCosStatus to() {
    return to;
  }

  /** {@return the only actor who may cause the event} */
  public Actor actor() {
    return actor;
  }
}
