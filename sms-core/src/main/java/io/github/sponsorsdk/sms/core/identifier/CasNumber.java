package io.github.sponsorsdk.sms.core.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A Confirmation of Acceptance for Studies number, e.g. {@code E4G0AA0A00A0A1}.
 *
 * <p>Format from the Home Office BDT schema v2.1 ({@code CASNumberType}): 14 characters,
 * {@code E(4[CG])[0-9][A-Z]{2}[0-9][A-Z][0-9]{2}[A-Z][0-9][A-Z][0-9X]}; {@code E4G} for the Student route,
 * {@code E4C} for Child Student. Input is trimmed and upper-cased.
 */
@Value.Immutable(builder = false)
@SmsStyle
public non-sealed abstract class CasNumber implements CertificateNumber, Comparable<CasNumber>, WithCasNumber {

  /** The BDT schema v2.1 {@code CASNumberType} pattern, after trimming and upper-casing. */
  public static final String PATTERN = "E4[CG][0-9][A-Z]{2}[0-9][A-Z][0-9]{2}[A-Z][0-9][A-Z][0-9X]";

  @Override
  @JsonValue
  @Value.Parameter
  @Pattern(regexp = PATTERN, message = "must be 14 characters: E4G or E4C then the BDT schema v2.1 CASNumberType "
      + "pattern [0-9][A-Z]{2}[0-9][A-Z][0-9]{2}[A-Z][0-9][A-Z][0-9X]")
  public abstract String value();

  /**
   * {@return the CAS number {@code text}, trimmed and upper-cased}
   *
   * @param text the number as typed
   * @throws io.github.sponsorsdk.sms.core.value.InvalidValueException when it does not match {@link #PATTERN}
   */
  @JsonCreator
  public static CasNumber of(String text) {
    return ImmutableCasNumber.of(Identifiers.upperTrimmed(text));
  }

  /**
   * {@return true when {@code text} would parse: {@link #of(String)} accepts it}
   *
   * @param text the text to test; {@code null} gives false
   */
  public static boolean isValid(String text) {
    return text != null && Identifiers.upperTrimmed(text).matches(PATTERN);
  }

  /** {@return true for a Child Student CAS ({@code E4C})} */
  @JsonIgnore
  public boolean isChildStudent() {
    return value().charAt(2) == 'C';
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  @Override
  public int compareTo(CasNumber other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
