package io.github.sponsorsdk.sms.core.decision;

/** How a {@link Reason} bears on its {@link Decision}. */
public enum Severity {
  /** The action is refused, or the input rejected, because of this reason. */
  REFUSAL,
  /** Allowed, but something the sponsor should act on (the SMS's "not ready to go" kind of finding). */
  WARNING,
  /** Why the outcome is what it is: which rule or exception applied. Never blocks. */
  INFO
}
