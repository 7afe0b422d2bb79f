package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Premium customer's Home Office contact, as "View your Premium customer service contact details" shows it
 * (Manual 1, Guide 3, step 1): the licence manager (and, where assigned, a senior account manager).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutablePremiumContact.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutablePremiumContact.class)
@JsonDeserialize(as = ImmutablePremiumContact.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePremiumContact.class)
public abstract class PremiumContact implements WithPremiumContact {

  /** {@return which contact this is} */
  public abstract PremiumContactRole role();

  /** {@return the contact's name} */
  @NotBlank
  public abstract String name();

  /** {@return the contact's e-mail address} */
  @Email
  @NotBlank
  public abstract String email();

  /** {@return the contact's telephone number, where given} */
  public abstract Optional<String> phone();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PremiumContact}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutablePremiumContact.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
