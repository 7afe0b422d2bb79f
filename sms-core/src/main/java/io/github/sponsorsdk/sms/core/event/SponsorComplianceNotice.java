package io.github.sponsorsdk.sms.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * O6: the Home Office sent a downgrade or suspension notice, to which the sponsor may respond.
 * docs/sources.md#sponsor-reporting-duties,
 * row O6.
 */
@Value.Immutable
@SmsStyle
@JsonTypeName(SponsorComplianceNotice.TYPE)
@JsonSerialize(as = ImmutableSponsorComplianceNotice.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSponsorComplianceNotice.class)
@JsonDeserialize(as = ImmutableSponsorComplianceNotice.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSponsorComplianceNotice.class)
public non-sealed abstract class SponsorComplianceNotice implements SponsorEvent, WithSponsorComplianceNotice {

  /** The stable JSON type name. */
  public static final String TYPE = "sponsor.compliance-notice";

  /** The date of the notice. */
  @Override
  public abstract LocalDate occurredOn();

  /** {@return downgrade or suspension} */
  public abstract ComplianceNoticeKind notice();

  @Override
  @Size(min = 1, max = 64, payload = Unwrapping.Unwrap.class)
  public abstract Optional<String> reference();

  @Override
  public final EventKind kind() {
    return EventKind.SPONSOR_COMPLIANCE_NOTICE;
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SponsorComplianceNotice}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSponsorComplianceNotice.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    EventChecks.check(this, "SponsorComplianceNotice");
  }
}
