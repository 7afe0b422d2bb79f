package io.github.sponsorsdk.sms.rules.derivation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.Located;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something wrong with one input record, found while deriving events: which list, which position (counted from 0,
 * as a list index: these are the caller's lists, not lines of a file), which worker, and why (a {@link Reason} with
 * a {@link DerivationReasonCode}, its parameters and citation). A {@link Severity#REFUSAL} means the record was not
 * used (and says what was derived without it); a warning means it was used after a correction (sorted). The
 * counterpart of sms-core's {@code Finding} for records in memory rather than in a file; both are {@link Located}
 * (code, severity, message and {@code is(code)} read from the reason).
 *
 * <pre>{@code
 * for (RecordFinding f : derived.findings()) {
 *   if (f.is(DerivationReasonCode.UNKNOWN_WORKER)) { ... records.attendance().get(f.index()) ... }
 * }
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableRecordFinding.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRecordFinding.class)
@JsonDeserialize(as = ImmutableRecordFinding.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRecordFinding.class)
public abstract class RecordFinding implements Located, WithRecordFinding {

  /** {@return the list the record is in} */
  public abstract RecordKind kind();

  /** {@return the record's position in its list, from 0} */
  public abstract int index();

  /** {@return the worker reference the record names, when it names one} */
  public abstract Optional<String> worker();

  /** {@return why} */
  @Override
  public abstract Reason reason();

  /**
   * {@return a finding}
   *
   * @param kind the kind of record list
   * @param index the record's position in its list, from 0
   * @param worker the worker's reference, when known
   * @param reason what is wrong
   */
  public static RecordFinding of(RecordKind kind, int index, Optional<String> worker, Reason reason) {
    return builder().kind(kind).index(index).worker(worker).reason(reason).build();
  }

  /** {@code "ATTENDANCE[12] EMP-1 REFUSAL derivation.OVERLAPPING_RECORD: ..."}. */
  @Override
  public String toString() {
    return kind() + "[" + index() + "]" + worker().map(w -> " " + w).orElse("") + " " + reason().severity() + " "
        + reason().code() + ": " + reason().message();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code RecordFinding}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableRecordFinding.Builder {
    Builder() {}
  }
}
