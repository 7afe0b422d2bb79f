package io.github.sponsorsdk.sms.core.user;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * The reason a person gives for having no National Insurance number. The SMS takes it as free text ("exemption
 * details") and sends the request to casework, which "may" ask for evidence (SMS Manual 1, Guide 4). No list of
 * accepted reasons is published, so the reason is text: 1 to 1000 printable Latin-1 characters (the SDK's limit).
 */
@Value.Immutable(builder = false)
@SmsStyle
@JsonSerialize(as = ImmutableNinoExemptionReason.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableNinoExemptionReason.class)
@JsonDeserialize(as = ImmutableNinoExemptionReason.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableNinoExemptionReason.class)
public non-sealed abstract class NinoExemptionReason implements NinoDeclaration, WithNinoExemptionReason {

  /** {@return the reason, as the person gave it} */
  @NotBlank
  @Size(max = 1000)
  @Pattern(regexp = UserProfile.PRINTABLE_LATIN_1_MULTILINE, message = UserProfile.PRINTABLE_MESSAGE)
  @Value.Parameter
  public abstract String reason();

  /**
   * {@return the reason {@code reason}}
   *
   * @param reason the reason as the person gave it
   * @throws io.github.sponsorsdk.sms.core.value.InvalidValueException when blank, too long or outside Latin-1
   */
  public static NinoExemptionReason of(String reason) {
    return ImmutableNinoExemptionReason.of(reason);
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
