package io.github.sponsorsdk.sms.core.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sponsorsdk.sms.core.value.Sensitive;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A UK National Insurance number (NINO), e.g. {@code QQ123456C}; mandatory for Level 1 users from 19 June 2023
 * (SMS Manual 1, "Access to SMS").
 *
 * <p>Format from HMRC's National Insurance Manual (NIM39110): two prefix letters, six digits and a suffix letter A
 * to D. The first letter is not D, F, I, Q, U or V; the second is not D, F, I, O, Q, U or V; the prefixes BG, GB, KN,
 * NK, NT, TN and ZZ are never issued. {@code QQ} is HMRC's example prefix: it fails the first-letter rule, so
 * examples in this SDK use {@code AB123456C}. Spaces are ignored and letters upper-cased.
 *
 * <p>Personal data: {@link #toString()} and validation errors mask it; only {@link #value()} and JSON carry it.
 */
@Value.Immutable(builder = false)
@SmsStyle
public abstract class NationalInsuranceNumber implements WithNationalInsuranceNumber {

  /**
   * The HMRC format: two prefix letters (never BG, GB, KN, NK, NT, TN or ZZ, nor D, F, I, Q, U or V; O not second),
   * six digits and a suffix A to D.
   */
  public static final String PATTERN =
      "(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]";

  /** {@return the number, upper-cased without spaces; personal data, never logged} */
  @Sensitive
  @JsonValue
  @Value.Parameter
  @Pattern(regexp = PATTERN, message = "must be two permitted prefix letters, six digits and a suffix A-D "
      + "(HMRC National Insurance Manual NIM39110)")
  public abstract String value();

  /**
   * Parses {@code text}, ignoring spaces and letter case.
   *
   * @param text the number as typed
   * @return the number, upper-cased without spaces
   * @throws io.github.sponsorsdk.sms.core.value.InvalidValueException when it does not match {@link #PATTERN}
   */
  @JsonCreator
  public static NationalInsuranceNumber of(String text) {
    return ImmutableNationalInsuranceNumber.of(Identifiers.upperWithoutSpaces(text));
  }

  /**
   * {@return true when {@code text} would parse}
   *
   * @param text the text to test; {@code null} gives false
   */
  public static boolean isValid(String text) {
    return text != null && Identifiers.upperWithoutSpaces(text).matches(PATTERN);
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  /** Masked: the prefix and suffix only, e.g. {@code AB******C}. */
  @Override
  public String toString() {
    String v = value();
    return v.substring(0, 2) + "******" + v.charAt(8);
  }
}
