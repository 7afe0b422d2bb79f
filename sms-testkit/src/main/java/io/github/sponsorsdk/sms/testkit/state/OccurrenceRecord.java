package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * Something that happened in the sponsor's world (a worker's absence, a change of address), declared by the test or
 * host system so that the fake can track the reporting duty it creates. The real SMS learns of it only when it is
 * reported; the fake knows earlier so that it can raise "due" and "overdue" events.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableOccurrenceRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableOccurrenceRecord.class)
@JsonDeserialize(as = ImmutableOccurrenceRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOccurrenceRecord.class)
public abstract class OccurrenceRecord implements WithOccurrenceRecord {

  /** {@return the occurrence's id} */
  @NotBlank
  public abstract String id();

  /** {@return the sponsor it happened to} */
  public abstract SponsorLicenceNumber licence();

  /** {@return whose working days count (the nation of the place of work or study)} */
  public abstract UkNation nation();

  /** {@return what happened} */
  public abstract ReportableEvent event();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code OccurrenceRecord}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableOccurrenceRecord.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
