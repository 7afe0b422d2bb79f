package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * "Request renewal of annual CoS/CAS allocation" or "Request CoS/CAS allocation increase" for one route: how many
 * certificates and why. The justification limit (2,000) is the SDK's choice; the SMS publishes none.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableAllocationRequest.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAllocationRequest.class)
@JsonDeserialize(as = ImmutableAllocationRequest.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAllocationRequest.class)
public abstract class AllocationRequest implements WithAllocationRequest {

  /** {@return the route whose allocation is to be renewed or increased} */
  public abstract Route route();

  /** {@return renewal: the number for the new year; increase: the extra number} */
  @Positive
  public abstract int number();

  /**
   * {@return why the sponsor needs the certificates, in its own words (at most 2,000 characters, the SDK's limit)}
   */
  @NotBlank
  @Size(max = 2000)
  public abstract String justification();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code AllocationRequest}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableAllocationRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
