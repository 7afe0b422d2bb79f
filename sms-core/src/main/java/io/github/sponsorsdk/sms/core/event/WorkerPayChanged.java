package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * W4: the worker's pay changed from the level on the CoS. A reduction is reportable; an increase is not, except
 * for a pre-registration nurse or midwife who has completed registration (Skilled Worker guidance SK9).
 *
 * <p>{@link #previousAnnualSalary()} is the level the change is measured against: the salary on the CoS, as updated
 * by any later salary report made on the SMS (Skilled Worker guidance SK7.19, 8 April 2026, as quoted by Lewis
 * Silkin; docs/sources.md#pay-baseline). A cut back to exactly that level is not a reduction, so it is not an event
 * of this kind (the two salaries must differ). {@code sms-rules}' event derivation builds these events from pay
 * records.
 *
 * <p>Sources: Workers guidance Part 3 as quoted by secondary sources (docs/sources.md#reporting-duties, row W4);
 * Immigration Rules Part
 * Suitability SUI 37.1 and 37.3.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(WorkerPayChanged.TYPE)
@JsonSerialize(as = ImmutableWorkerPayChanged.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWorkerPayChanged.class)
@JsonDeserialize(as = ImmutableWorkerPayChanged.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkerPayChanged.class)
public non-sealed abstract class WorkerPayChanged implements WorkerEvent, WithWorkerPayChanged {

  /** The stable JSON type name. */
  public static final String TYPE = "worker.pay-changed";

  /** The worker's Certificate of Sponsorship. */
  @Override
  public abstract CosNumber cos();

  /** The day the new pay took effect. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return gross annual salary before the change} */
  public abstract Money previousAnnualSalary();

  /** {@return gross annual salary after the change; must differ from {@link #previousAnnualSalary()}} */
  public abstract Money newAnnualSalary();

  /**
   * {@return the permitted reason for a reduction (Immigration Rules, Part Suitability SUI 37.3), where one applies} A
   * permitted reduction is still reportable; without one the reduction may be a ground for cancellation
   * (SUI 37.1). Only meaningful for a reduction.
   */
  public abstract Optional<PayReductionReason> reductionReason();

  /** {@return true when the worker is a pre-registration nurse or midwife whose pay rose on completing registration} */
  @Value.Default
  public boolean nurseOrMidwifeRegistrationCompleted() {
    return false;
  }

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.WORKER_PAY_CHANGED;
  }

  /** {@return true when the new salary is lower than the previous one} */
  @JsonIgnore
  public boolean isReduction() {
    return newAnnualSalary().isLessThan(previousAnnualSalary());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WorkerPayChanged}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWorkerPayChanged.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    if (reductionReason().isPresent() && !isReduction()) {
      v.add(Violation.of("reductionReason", reductionReason().get().name(), "Reduction",
          "is only for a reduction: newAnnualSalary is not below previousAnnualSalary"));
    }
    if (newAnnualSalary().compareTo(previousAnnualSalary()) == 0) {
      v.add(Violation.of("newAnnualSalary", newAnnualSalary().toString(), "Changed",
          "must differ from previousAnnualSalary: an unchanged salary is not a pay change"));
    }
    EventChecks.check(this, "WorkerPayChanged", v);
  }
}
