package io.github.sponsorsdk.sms.testkit.audit;

import io.github.sponsorsdk.sms.testkit.fault.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One call of the port, whatever its outcome (WireMock's request journal): which operation, when, and whether it
 * was allowed, refused (with the reason codes) or failed (an injected outage or an exception). Unlike the audit
 * trail, refused and failed calls are here too. Never holds an argument: arguments may be passwords.
 */
public final class CallRecord {
  /** How a call ended. */
  public enum OutcomeKind {
    /** The operation went ahead. */
    ALLOWED,
    /** The operation was refused; nothing changed. */
    REFUSED,
    /** The operation failed (an injected outage): nothing changed. */
    FAILED
  }

  private final long sequence;
  private final Instant at;
  private final Operation operation;
  private final OutcomeKind outcome;
  private final List<String> codes;

  /**
   * A call of the port.
   *
   * @param sequence the call's number, from 1
   * @param at when the call started
   * @param operation the operation called
   * @param outcome how it ended
   * @param codes the qualified reason codes of its decision
   */
  public CallRecord(long sequence, Instant at, Operation operation, OutcomeKind outcome, List<String> codes) {
    this.sequence = sequence;
    this.at = Objects.requireNonNull(at);
    this.operation = Objects.requireNonNull(operation);
    this.outcome = Objects.requireNonNull(outcome);
    this.codes = List.copyOf(codes);
  }

  /** {@return the call's number: 1, 2, 3 ... in call order} */
  public long sequence() {
    return sequence;
  }

  /** {@return when the call started} */
  public Instant at() {
    return at;
  }

  /** {@return the operation called} */
  public Operation operation() {
    return operation;
  }

  /** {@return how the call ended} */
  public OutcomeKind outcome() {
    return outcome;
  }

  /**
   * {@return the reason codes of the answer (refusals, warnings, information), or the exception's class for a failure}
   */
  public List<String> codes() {
    return codes;
  }

  @Override
  public String toString() {
    return "Call#" + sequence + "{" + operation + " " + outcome + " " + codes + " at " + at + "}";
  }
}
