package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request the sponsor sent to the Home Office for assessment, and its outcome once decided. The SMS shows such
 * requests as pending until a caseworker acts; {@link #reference()} is the implementation's own reference.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCaseworkRequest.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCaseworkRequest.class)
@JsonDeserialize(as = ImmutableCaseworkRequest.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCaseworkRequest.class)
public abstract class CaseworkRequest implements WithCaseworkRequest {

  /** {@return the implementation's reference for the request} */
  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9-]{1,40}", message = "must be 1 to 40 letters, digits or '-'")
  public abstract String reference();

  /** {@return what was asked of the Home Office} */
  public abstract CaseworkKind kind();

  /** {@return where the request stands: pending until a caseworker acts} */
  public abstract CaseworkStatus status();

  /** {@return the user who sent the request} */
  public abstract SmsUserId submittedBy();

  /** {@return the day the request was sent} */
  public abstract LocalDate submittedOn();

  /** {@return the day a caseworker decided, once the request is decided} */
  public abstract Optional<LocalDate> decidedOn();

  /**
   * {@return how the sponsor learns the outcome, once there is one: since 30 July 2012 most approvals are not
   * notified (the sponsor checks the tracking screen), refusals and rejections are e-mailed to the Authorising
   * Officer}
   */
  public abstract Optional<CaseworkNotice> notice();

  /** {@return what was asked, in one line (no personal data beyond what the sponsor typed)} */
  @NotBlank
  public abstract String summary();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CaseworkRequest}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCaseworkRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
