package io.github.sponsorsdk.sms.core.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A Certificate of Sponsorship number.
 *
 * <p>The Home Office has not published the CoS number format (docs/sources.md#secondary-identifiers: no primary
 * example; secondary
 * examples of 8 and 11 characters contradict each other). The SDK therefore accepts a documented loose form: a
 * letter followed by 7 to 13 letters or digits (8 to 14 characters in all, the CAS number's length being the
 * upper bound), trimmed and upper-cased. It never checks a check character.
 */
@Value.Immutable(builder = false)
@SmsStyle
public non-sealed abstract class CosNumber implements CertificateNumber, Comparable<CosNumber>, WithCosNumber {

  /** The SDK's loose CoS number check (the format is not published; see the class comment). */
  public static final String PATTERN = "[A-Z][A-Z0-9]{7,13}";

  @Override
  @JsonValue
  @Value.Parameter
  @Pattern(regexp = PATTERN, message = "must be a letter then 7 to 13 letters or digits (the CoS number format "
      + "is unpublished; this is the SDK's loose check)")
  public abstract String value();

  /**
   * {@return the CoS number {@code text}, trimmed and upper-cased}
   *
   * @param text the number as typed
   * @throws io.github.sponsorsdk.sms.core.value.InvalidValueException when it does not match {@link #PATTERN}
   */
  @JsonCreator
  public static CosNumber of(String text) {
    return ImmutableCosNumber.of(Identifiers.upperTrimmed(text));
  }

  /**
   * {@return true when {@code text} would parse: {@link #of(String)} accepts it}
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
  public int compareTo(CosNumber other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
