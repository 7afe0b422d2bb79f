package io.github.sponsorsdk.sms.core.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A sponsor licence number, e.g. {@code QHDGHB91X}.
 *
 * <p>Format, from the Home Office BDT schema v2.1 ({@code SponsorLicenceNumberType} documentation): "eight
 * alphanumeric characters with one check character and takes the format aaaaaaaaC where a is from the range:
 * A-H,J-K,M-N,P-R,T-Z, 0-9; C is from the range 0..9 or X". The letters I, L, O and S are therefore refused. The
 * check algorithm is not published, so the check character's value is not verified (only its range).
 *
 * <p>Input is normalised: surrounding white space is removed and letters are upper-cased. JSON is the plain string.
 */
@Value.Immutable(builder = false)
@SmsStyle
public abstract class SponsorLicenceNumber implements Comparable<SponsorLicenceNumber>, WithSponsorLicenceNumber {

  /** The accepted form, after normalisation. */
  public static final String PATTERN = "[A-HJKMNP-RT-Z0-9]{8}[0-9X]";

  /** {@return the licence number, upper-cased} */
  @JsonValue
  @Value.Parameter
  @Pattern(regexp = PATTERN, message = "must be 8 characters from A-H, J-K, M-N, P-R, T-Z, 0-9 then a check "
      + "character 0-9 or X (BDT schema v2.1, SponsorLicenceNumberType)")
  public abstract String value();

  /**
   * Parses {@code text}, ignoring surrounding white space and letter case.
   *
   * @param text the licence number as typed
   * @return the licence number, upper-cased
   * @throws io.github.sponsorsdk.sms.core.value.InvalidValueException when it does not match the format
   */
  @JsonCreator
  public static SponsorLicenceNumber of(String text) {
    return ImmutableSponsorLicenceNumber.of(Identifiers.upperTrimmed(text));
  }

  /**
   * {@return true when {@code text} would parse}
   *
   * @param text the text to test; {@code null} gives false
   */
  public static boolean isValid(String text) {
    return text != null && Identifiers.upperTrimmed(text).matches(PATTERN);
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  @Override
  public int compareTo(SponsorLicenceNumber other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
