package io.github.sponsorsdk.sms.rules.derivation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.event.WorkerEvent;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.reporting.Report;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link EventDerivation#events} derived: the worker events, in worker order and then date order within each
 * derivation (absences, leave, pay, start delays, end of employment); the reports the records show were already made
 * (salary reports on the SMS), ready for the duties engine; and a finding for every record that was wrong. Records
 * without findings were all used.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDerivedEvents.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDerivedEvents.class)
@JsonDeserialize(as = ImmutableDerivedEvents.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDerivedEvents.class)
public abstract class DerivedEvents implements WithDerivedEvents {

  /** {@return the derived events; pass them to {@code ReportingDuties.duties}} */
  public abstract List<WorkerEvent> events();

  /**
   * Reports already made, as the records show (a pay record's {@code reportedOnSms}).
   *
   * @return the reports already made, as the records show (a pay record's {@code reportedOnSms})
   */
  public abstract List<Report> reports();

  /** {@return one finding per wrong record} */
  public abstract List<RecordFinding> findings();

  /** {@return true when no record was refused (warnings allowed)} */
  public boolean isComplete() {
    return findings().stream().noneMatch(f -> f.reason().severity() == Severity.REFUSAL);
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code DerivedEvents}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDerivedEvents.Builder {
    Builder() {}
  }
}
