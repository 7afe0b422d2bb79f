package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.event.EventKind;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the reporting-duties catalogue ({@link DutyCatalogue}): for an {@link EventKind}, who must do what,
 * through which channel, by when, counted from where, what is excluded, and the source. A reviewer can hold each
 * row against the guidance.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableDutyRule.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDutyRule.class)
@JsonDeserialize(as = ImmutableDutyRule.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDutyRule.class)
public abstract class DutyRule implements WithDutyRule {

  /**
   * {@return the stable row id: the domain notes' row ({@code "W2"}), with a suffix for a second duty ({@code "O3.A"})}
   */
  @Pattern(regexp = "[WSO][0-9]{1,2}(\\.[A-Z])?")
  public abstract String id();

  /** {@return the kind of event that triggers the duty} */
  public abstract EventKind eventKind();

  /** {@return what the sponsor must do, in a line} */
  @NotBlank
  public abstract String title();

  /** {@return who must report} */
  public abstract ReportingParty party();

  /** {@return where the report is made (SMS, email, form)} */
  public abstract ReportingChannel channel();

  /**
   * {@return the deadline} Where {@link #deadlineParameter()} is present the sources disagree and the deadline in force
   * is that parameter's value in {@link ReportingParameters}; this field then holds the documented default.
   */
  public abstract Deadline deadline();

  /** {@return the name of the {@link ReportingParameters} parameter that sets the deadline, where it is a parameter} */
  public abstract Optional<String> deadlineParameter();

  /** {@return when the deadline's clock starts} */
  public abstract ClockStart clockStart();

  /** {@return what looks like this event but is not reportable, each with its reason} */
  public abstract List<String> notReportable();

  /** {@return the source of the row} */
  public abstract Citation citation();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code DutyRule}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableDutyRule.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  @Override
  public String toString() {
    return id() + " " + title() + " (" + deadline() + ", " + channel() + ")";
  }
}
