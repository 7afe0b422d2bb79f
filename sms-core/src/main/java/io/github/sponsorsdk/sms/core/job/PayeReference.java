package io.github.sponsorsdk.sms.core.job;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * An employer PAYE reference, e.g. {@code 123/AB456}: the PAYE details a CoS must give when HMRC requires the job's
 * income tax and National Insurance to be paid through PAYE (Appendix Skilled Worker SW 5.1(a); always for Scale-up,
 * SCU 5.1(a); docs/sources.md#rules-cos-content).
 *
 * <p><b>Format</b> (docs/sources.md#hmrc-paye-reference): "The 1st part of the reference is 3 digits and this is the
 * tax office number ... for example 123. The 2nd part of the reference comes after the forward slash and is your tax
 * office employer reference, for example /AB456. Please enter any letters in upper case." HMRC's own library checks
 * {@code (\d{3})/([a-zA-Z0-9]+)}. <b>The maximum length of the second part is not published</b> in anything the
 * project read; the SDK allows 1 to {@value #MAX_EMPLOYER_REFERENCE} letters and digits (secondary sources say
 * "often up to seven"). Input is trimmed and upper-cased, as HMRC asks. Do not confuse it with the 13-character
 * Accounts Office reference ({@code 123PA12345678}).
 */
@Value.Immutable(builder = false)
@SmsStyle
public abstract class PayeReference implements WithPayeReference {

  /** The longest employer reference after the slash the SDK accepts: not published (UNCERTAIN), see above. */
  public static final int MAX_EMPLOYER_REFERENCE = 10;

  /** Three digits, a slash, 1 to {@value #MAX_EMPLOYER_REFERENCE} capital letters or digits. */
  public static final String PATTERN = "[0-9]{3}/[A-Z0-9]{1," + MAX_EMPLOYER_REFERENCE + "}";

  /** {@return the reference, e.g. {@code 123/AB456}} */
  @JsonValue
  @Value.Parameter
  @Pattern(regexp = PATTERN, message = "must be three digits (the tax office number), a slash and the tax office "
      + "employer reference (letters and digits), e.g. 123/AB456")
  public abstract String value();

  /**
   * Parses {@code text}: surrounding spaces are dropped and letters upper-cased.
   *
   * @param text the reference as typed, e.g. {@code 123/ab456}
   * @return the reference
   */
  @JsonCreator
  public static PayeReference of(String text) {
    if (text == null) {
      throw new InvalidValueException("PayeReference", List.of(Violation.of("value", "null", "NotNull",
          "must not be null")));
    }
    return ImmutablePayeReference.of(text.trim().toUpperCase(Locale.ROOT));
  }

  /** {@return the tax office number, the three digits before the slash} */
  @JsonIgnore
  public String taxOfficeNumber() {
    return value().substring(0, 3);
  }

  /** {@return the tax office employer reference, after the slash} */
  @JsonIgnore
  public String employerReference() {
    return value().substring(4);
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  @Override
  public String toString() {
    return value();
  }
}
