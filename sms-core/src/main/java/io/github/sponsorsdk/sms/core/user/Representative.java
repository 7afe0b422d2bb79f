package io.github.sponsorsdk.sms.core.user;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Marks a person as the licence's representative: a UK-based regulated immigration adviser acting for the sponsor
 * (docs/sources.md#secondary-people). Present on a {@link SmsUser} or {@link KeyPerson} exactly when the SMS shows
 * "Representative: Y".
 *
 * <p>The SMS user screens show "Representative reference number" beside the Y/N flag (Manual 1, Guide 4, step 4);
 * its format is not published, so it is kept as up to 50 letters, digits, spaces, {@code /} and {@code -}. The firm
 * is optional because the SMS user screen does not show it.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableRepresentative.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRepresentative.class)
@JsonDeserialize(as = ImmutableRepresentative.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRepresentative.class)
public abstract class Representative implements WithRepresentative {

  /** An optional text, when present, holds at least one non-space character. */
  static final String NOT_BLANK = "(?s).*\\S.*";

  /**
   * The SMS "Representative reference number", when known.
   *
   * @return the representative's reference number, when they have one
   */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, 
      message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = 50)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = "[A-Za-z0-9/ -]+", 
      message = "may hold only letters, digits, spaces, / and -")
  public abstract Optional<String> referenceNumber();

  /**
   * The adviser's firm, when known.
   *
   * @return the firm the representative works for, when any
   */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, 
      message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = 250)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = UserProfile.PRINTABLE_LATIN_1, 
      message = UserProfile.PRINTABLE_MESSAGE)
  public abstract Optional<String> firm();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Representative}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableRepresentative.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
