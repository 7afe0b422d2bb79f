package io.github.sponsorsdk.sms.testkit.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sponsorsdk.sms.testkit.fault.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One call of the port, whatever its outcome (WireMock's request journal): which operation, when, and whether it
 * was allowed, refused (with the reason codes), struck by an injected fault, or failed (an exception: a null
 * argument, a value the fake could not build, a bug). Unlike the audit trail, refused and failed calls are here too.
 * Never holds an argument: arguments may be passwords.
 */
@JsonPropertyOrder({"sequence", "at", "operation", "outcome", "codes"})
public final class CallRecord {
  /** How a call ended. */
  public enum OutcomeKind {
    /** The SMS allowed the call. */
    ALLOWED,
    /** The SMS refused the call (with reasons). */
    REFUSED,
    /** A fault injected through {@code InMemorySms.faults()} struck (an outage): what the test asked for. */
    FAULT,
    /** The call threw: a null argument, an invalid value, misuse of the fake, a bug. */
    FAILED
  }

  private final long sequence;
  private final Instant at;
  private final Operation operation;
  private final OutcomeKind outcome;
  private final List<String> codes;

  /**
   * A journal entry.
   *
   * @param sequence 1, 2, 3 ... in the order calls ended
   * @param at the SMS clock when the call ended
   * @param operation the port operation
   * @param outcome how it ended
   * @param codes the answer's reason codes, or the exception's simple class name
   */
  public CallRecord(long sequence, Instant at, Operation operation, OutcomeKind outcome, List<String> codes) {
    this.sequence = sequence;
    this.at = Objects.requireNonNull(at);
    this.operation = Objects.requireNonNull(operation);
    this.outcome = Objects.requireNonNull(outcome);
    this.codes = List.copyOf(codes);
  }

  /** {@return the number: 1, 2, 3 ... in the order calls ended} */
  @JsonProperty(value = "sequence", required = true)
  public long sequence() {
    return sequence;
  }

  /** {@return the SMS clock when the call ended} */
  @JsonProperty(value = "at", required = true)
  public Instant at() {
    return at;
  }

  /** {@return the port operation called} */
  @JsonProperty(value = "operation", required = true)
  public Operation operation() {
    return operation;
  }

  /** {@return how the call ended} */
  @JsonProperty(value = "outcome", required = true)
  public OutcomeKind outcome() {
    return outcome;
  }

  /**
   * {@return the reason codes of the answer (refusals, warnings, information), or the exception's class for a failure}
   */
  @JsonProperty(value = "codes", required = true)
  public List<String> codes() {
    return codes;
  }

  @Override
  public String toString() {
    return "Call#" + sequence + "{" + operation + " " + outcome + " " + codes + " at " + at + "}";
  }
}
