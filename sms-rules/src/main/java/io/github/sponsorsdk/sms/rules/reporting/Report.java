package io.github.sponsorsdk.sms.rules.reporting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A report the sponsor has made: which event, which duty row (by default the event kind's main row, e.g.
 * {@code "W2"}; {@code "O3.A"} for a new owner's application) and on which day. Passed to the engine, it turns the
 * matching duty {@link DutyStatus#REPORTED}. Matching is by event equality and row id.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableReport.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReport.class)
@JsonDeserialize(as = ImmutableReport.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReport.class)
public abstract class Report implements WithReport {

  /** {@return the event reported} */
  public abstract ReportableEvent event();

  /** {@return the id of the catalogue row the report answers} */
  @Value.Default
  @Pattern(regexp = "[WSO][0-9]{1,2}(\\.[A-Z])?")
  public String dutyId() {
    return event().kind().code();
  }

  /** {@return the day of the report} */
  public abstract LocalDate reportedOn();

  /**
   * {@return a report of {@code event}'s main duty made on {@code reportedOn}}
   *
   * @param event the event reported
   * @param reportedOn the day of the report
   */
  public static Report of(ReportableEvent event, LocalDate reportedOn) {
    return ImmutableReport.builder().event(event).reportedOn(reportedOn).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Report}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
