package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SponsorLicenceNumber;
import io.github.sponsorsdk.sms.core.port.ActivityReport;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import org.immutables.value.Value;

/** A report received through the port, with the licence it was made for. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableReportRecord.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReportRecord.class)
@JsonDeserialize(as = ImmutableReportRecord.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReportRecord.class)
public abstract class ReportRecord implements WithReportRecord {

  /** {@return the licence the report belongs to} */
  public abstract SponsorLicenceNumber licence();

  /** {@return the acknowledgement the sponsor received} */
  public abstract ActivityReport report();

  /**
   * {@return a record}
   *
   * @param licence the licence
   * @param report the acknowledgement
   */
  public static ReportRecord of(SponsorLicenceNumber licence, ActivityReport report) {
    return builder().licence(licence).report(report).build();
  }

  // No Bean Validation of its own: the record declares no constraint, and the values it holds were validated when
  // they were built (the fake rebuilds records on every change, so a no-op validation would cost on every call).

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ReportRecord}: one setter per attribute. */
  public static final class Builder extends ImmutableReportRecord.Builder {
    Builder() {}
  }
}
