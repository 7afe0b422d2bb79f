package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The SMS's acknowledgement of a report of worker, student or sponsor activity: what was reported, by whom, on
 * which day. Sponsors keep it as evidence that they reported in time (the SMS itself keeps no history they can see).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableActivityReport.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableActivityReport.class)
@JsonDeserialize(as = ImmutableActivityReport.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableActivityReport.class)
public abstract class ActivityReport implements WithActivityReport {

  /** {@return the implementation's reference for the report: the evidence a sponsor keeps that it reported} */
  @NotBlank
  public abstract String reference();

  /** {@return what was reported: the event, as the sponsor described it} */
  public abstract ReportableEvent event();

  /** {@return the user who filed the report} */
  public abstract SmsUserId reportedBy();

  /** {@return the day the SMS received the report: the day held against the duty's deadline} */
  public abstract LocalDate reportedOn();

  /**
   * {@return the sponsor's notes sent with the report: the {@code Notes} of a BDT student activity report record (at most
   * 2,000 characters, as that file's schema allows); empty for a report made with
   * {@link SmsReporting#reportActivity}, whose event carries everything it reports}
   */
  @Size(min = 1, max = 2000, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> notes();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ActivityReport}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableActivityReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
