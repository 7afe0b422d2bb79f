package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.identifier.CasNumber;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of one record of a Bulk Data Transfer upload: its number (counted from 1, as a person counts), its
 * ApplicantID where the record has one, what became of it, the CAS it created or was recorded against, and the
 * findings located in it (the errors that rejected it, the warnings that leave a CAS not ready to go).
 *
 * <p>Invariants: a {@code CREATED}, {@code CREATED_NOT_READY_TO_GO} or {@code RECORDED} outcome names its CAS, a
 * {@code REJECTED} one names none; a {@code CREATED_NOT_READY_TO_GO} or {@code REJECTED} outcome has at least one
 * finding saying why.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableRecordOutcome.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRecordOutcome.class)
@JsonDeserialize(as = ImmutableRecordOutcome.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRecordOutcome.class)
public abstract class RecordOutcome implements WithRecordOutcome {

  /** {@return the record's number in the file, counted from 1} */
  @Positive
  public abstract long recordNumber();

  /** {@return the record's ApplicantID, where it has one (a CAS upload record)} */
  public abstract Optional<String> applicantId();

  /** {@return what became of the record} */
  public abstract RecordOutcomeKind kind();

  /** {@return the CAS created, or the CAS a graduate notification or fee update was recorded against} */
  public abstract Optional<CasNumber> cas();

  /** {@return the findings located in this record, in file order} */
  public abstract List<Finding> findings();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code RecordOutcome}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableRecordOutcome.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    boolean rejected = kind() == RecordOutcomeKind.REJECTED;
    if (rejected == cas().isPresent()) {
      v.add(Violation.of("cas", cas().map(CasNumber::toString).orElse("none"), "CasPerKind",
          rejected ? "a rejected record names no CAS" : "a " + kind() + " record names its CAS"));
    }
    if ((rejected || kind() == RecordOutcomeKind.CREATED_NOT_READY_TO_GO) && findings().isEmpty()) {
      v.add(Violation.of("findings", "[]", "ReasonGiven", "a " + kind() + " record says why"));
    }
    ValueValidation.requireNone("RecordOutcome", v);
  }
}
