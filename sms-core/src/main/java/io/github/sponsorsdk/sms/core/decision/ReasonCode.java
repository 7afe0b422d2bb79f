package io.github.sponsorsdk.sms.core.decision;

/**
 * A stable, machine-readable reason code. Each rule engine declares its codes as an enum implementing this
 * interface; callers branch on codes, never on messages.
 */
public interface ReasonCode {
  /** The code as it appears in {@link Reason#code()}: the enum constant's name. */
  String name();
}
