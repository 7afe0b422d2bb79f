package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.event.EventKind;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the reporting-duties catalogue ({@link DutyCatalogue}), and the single place that duty's rule lives:
 * for an {@link EventKind}, who must do what, through which channel, by when ({@link #deadline()}, which computes its
 * own due date), counted from where ({@link #clockStart()}), what is not reportable ({@link #exclusions()}), what the
 * duty's reasons add ({@link #remarks()}), from when the duty is in force, how firmly its sources hold
 * ({@link #confidence()}) and the source. The engine reads nothing else: change a row (with
 * {@link DutyCatalogue#withRow(DutyRule)}) and the due dates move.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDutyRule.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDutyRule.class)
@JsonDeserialize(as = ImmutableDutyRule.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDutyRule.class)
public abstract class DutyRule implements WithDutyRule {

  /**
   * {@return the stable row id: the event kind's row ({@code "W2"}), with a suffix for a second duty ({@code "O3.A"})}
   */
  @Pattern(regexp = "[WSO][0-9]{1,2}(\\.[A-Z])?")
  public abstract String id();

  /** {@return the kind of event that triggers the duty} */
  public abstract EventKind eventKind();

  /** {@return what the sponsor must do, in a line} */
  @NotBlank
  public abstract String title();

  /** {@return who discharges the duty} */
  public abstract ReportingParty party();

  /** {@return how the duty is discharged} */
  public abstract ReportingChannel channel();

  /**
   * {@return the deadline} Where {@link #deadlineParameter()} is present the sources disagree and the deadline in force
   * is that parameter's value in {@link ReportingParameters}; this field then holds the documented default.
   */
  public abstract Deadline deadline();

  /** {@return the name of the {@link ReportingParameters} parameter that sets the deadline, where it is a parameter} */
  public abstract Optional<String> deadlineParameter();

  /** {@return day 0 of the reporting clock} */
  public abstract ClockStart clockStart();

  /** {@return the cases that are not reportable, tried in order; the first that holds decides} */
  public abstract List<Exclusion> exclusions();

  /** {@return what the reasons of a reportable duty add, tried in order; the first that holds is shown} */
  public abstract List<Remark> remarks();

  /** {@return the first event day on which the duty exists; events before it are not reportable} Empty: always. */
  public abstract Optional<LocalDate> inForceFrom();

  /** {@return how firmly the row rests on its sources; carried into every duty it produces} */
  public abstract Confidence confidence();

  /** {@return the source of the row} */
  public abstract Citation citation();

  /** {@return what looks like this event but is not reportable, in words: the exclusions and the in-force date} */
  @JsonIgnore
  public List<String> notReportable() {
    List<String> out = new ArrayList<>();
    for (Exclusion x : exclusions()) {
      out.add(x.description());
    }
    inForceFrom().ifPresent(d -> out.add("Events before " + d + ", when the duty came into force"));
    return out;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code DutyRule}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDutyRule.Builder {
    Builder() {}
  }

  /** Every violation at once: the clock start, exclusions, remarks and deadline parameter must fit the row. */
  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    clockStart().eventKind().filter(k -> k != eventKind()).ifPresent(k -> v.add(Violation.of("clockStart",
        clockStart().name(), "EventKind", "applies only to " + k + " rows")));
    for (Exclusion x : exclusions()) {
      if (x.eventKind() != eventKind()) {
        v.add(Violation.of("exclusions", x.name(), "EventKind", "applies only to " + x.eventKind() + " rows"));
      }
    }
    for (Remark r : remarks()) {
      if (r.eventKind() != eventKind()) {
        v.add(Violation.of("remarks", r.name(), "EventKind", "applies only to " + r.eventKind() + " rows"));
      }
    }
    deadlineParameter().filter(p -> !p.equals(ReportingParameters.BREACH_OF_CONDITIONS_DEADLINE)
        && !p.equals(ReportingParameters.NEW_OWNER_APPLICATION_DEADLINE)).ifPresent(p -> v.add(Violation.of(
            "deadlineParameter", p, "DeadlineParameter", "must name a deadline parameter: "
                + ReportingParameters.BREACH_OF_CONDITIONS_DEADLINE + " or "
                + ReportingParameters.NEW_OWNER_APPLICATION_DEADLINE)));
    if (!v.isEmpty()) {
      throw new InvalidValueException("DutyRule", v);
    }
  }

  /** {@code "W2 Report an absence ... (10 working days, SMS)"}. */
  @Override
  public String toString() {
    return id() + " " + title() + " (" + deadline() + ", " + channel() + ")";
  }
}
