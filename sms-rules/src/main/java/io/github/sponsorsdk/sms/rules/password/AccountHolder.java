package io.github.sponsorsdk.sms.rules.password;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whose password it is: what the password must not contain. Manual 1 (Guide 1, step 2) says a password must "not
 * contain your user name or User ID".
 *
 * <p>"User name" is read as the person's name as SMS holds it ("Given name" and "Family name" on the Manage Level 1 and
 * 2 users screen, Guide 3), not the user ID, which the rule lists separately. See {@link PasswordCheck} for how names
 * are matched.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableAccountHolder.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAccountHolder.class)
@JsonDeserialize(as = ImmutableAccountHolder.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAccountHolder.class)
public abstract class AccountHolder implements WithAccountHolder {

  /** {@return the SMS user ID, e.g. {@code kkNqt5v4} (Manual 1 examples are 8 to 10 letters and digits)} */
  @NotBlank
  public abstract String userId();

  /** {@return "Given name" as SMS holds it (Manage Level 1 and 2 users screen); may hold several words} */
  public abstract Optional<String> givenName();

  /** {@return "Family name" as SMS holds it} */
  public abstract Optional<String> familyName();

  /**
   * {@return the holder whose user ID and names a password must not contain (Manual 1, "User ID and password")}
   *
   * @param userId the user ID
   * @param givenName the given name
   * @param familyName the family name
   */
  public static AccountHolder of(String userId, String givenName, String familyName) {
    return builder().userId(userId).givenName(givenName).familyName(familyName).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code AccountHolder}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableAccountHolder.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
