package io.github.sponsorsdk.sms.testkit.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;

/**
 * A password as the fake stores it: a salted PBKDF2 hash, never the password. Snapshots hold this (as a real SMS
 * database would), never a password; {@link #toString()} shows neither salt nor hash.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableStoredPassword.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableStoredPassword.class)
@JsonDeserialize(as = ImmutableStoredPassword.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableStoredPassword.class)
public abstract class StoredPassword implements WithStoredPassword {

  /** {@return the JDK algorithm name, {@code PBKDF2WithHmacSHA256}} */
  @NotBlank
  public abstract String algorithm();

  /** {@return the PBKDF2 iterations the hash was made with} */
  @Positive
  public abstract int iterations();

  /** {@return base64 of the 16-byte random salt} */
  @NotBlank
  public abstract String salt();

  /** {@return base64 of the 256-bit derived key} */
  @NotBlank
  public abstract String hash();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code StoredPassword}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableStoredPassword.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  @Override
  public String toString() {
    return "StoredPassword[" + algorithm() + ", " + iterations() + " iterations, ****]";
  }
}
