package io.github.sponsorsdk.sms.rules.derivation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.event.SponsorshipEndReason;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sponsored worker as the payroll knows them: the payroll reference the other records use, the CoS, the nation of
 * the normal place of work (its bank holidays count), the working pattern, the CoS salary, the four dates of the
 * start window, and the employment's start and end. Only {@link #reference()}, {@link #cos()} and {@link #nation()}
 * are required; each derivation uses what it needs and says, by a finding, what was missing.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableWorkerRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableWorkerRecord.class)
@JsonDeserialize(as = ImmutableWorkerRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkerRecord.class)
public abstract class WorkerRecord implements WithWorkerRecord {

  /** {@return the payroll's own key for the worker (not a name), echoed as every derived event's {@code reference}} */
  @Size(min = 1, max = 64)
  public abstract String reference();

  /** {@return the worker's Certificate of Sponsorship} */
  public abstract CosNumber cos();

  /** {@return the nation of the worker's normal place of work (the main work address on the CoS)} */
  public abstract UkNation nation();

  /** {@return the worker's normal pattern; empty: Monday to Friday less the nation's bank holidays} */
  public abstract Optional<WorkPattern> pattern();

  /** {@return the gross annual salary stated on the CoS: the level pay reductions are measured against} */
  public abstract Optional<Money> cosAnnualSalary();

  /** {@return (a) The start date on the CoS, including changes reported before permission was granted} */
  public abstract Optional<LocalDate> cosStartDate();

  /** {@return (b) The "valid from" date on the entry clearance vignette} */
  public abstract Optional<LocalDate> entryClearanceValidFrom();

  /** {@return (c) The date permission to enter was granted (Creative Worker concession)} */
  public abstract Optional<LocalDate> permissionGrantedOn();

  /** {@return (d) The date the worker was told of the grant} */
  public abstract Optional<LocalDate> grantNotifiedOn();

  /** {@return the day the worker started; empty: the first WORKED attendance record, if any} */
  public abstract Optional<LocalDate> startedOn();

  /** {@return the end date on the CoS} */
  public abstract Optional<LocalDate> cosEndDate();

  /** {@return the last day of employment, when it has ended or an end is agreed} */
  public abstract Optional<LocalDate> employmentEndedOn();

  /** {@return why employment ended} Default when an end is given without one: {@link SponsorshipEndReason#OTHER}. */
  public abstract Optional<SponsorshipEndReason> endReason();

  /** {@return days a week of the normal pattern (5 without one)} */
  @JsonIgnore
  public int workingDaysPerWeek() {
    return pattern().map(WorkPattern::daysPerWeek).orElse(5);
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code WorkerRecord}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableWorkerRecord.Builder {
    Builder() {}
  }

  /** Bean Validation, every violation at once. */
  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
