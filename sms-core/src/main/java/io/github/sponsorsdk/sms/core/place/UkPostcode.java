package io.github.sponsorsdk.sms.core.place;

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
 * A UK postcode in its canonical form: outward code, one space, inward code (e.g. {@code SW1A 2AA}).
 *
 * <p>Format: the Royal Mail / GOV.UK data standard (outward code {@code A9}, {@code A99}, {@code AA9},
 * {@code AA99}, {@code A9A} or {@code AA9A}; inward code a digit and two letters from ABD-HJLNP-UW-Z), plus the
 * special {@code GIR 0AA}. Input may have any spacing and case. It checks the shape, not that the postcode exists.
 */
@Value.Immutable(builder = false)
@SmsStyle
public abstract class UkPostcode implements WithUkPostcode {

  /** The UK postcode format (outward code, space, inward code), including the special {@code GIR 0AA}. */
  public static final String PATTERN =
      "GIR 0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
          + "|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2}";

  /** {@return the postcode, normalised: capitals, one space before the inward code} */
  @JsonValue
  @Value.Parameter
  @Pattern(regexp = PATTERN, message = "must be a UK postcode such as SW1A 2AA (outward code, space, inward code)")
  public abstract String value();

  /** White space, which {@link #of(String)} ignores. */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /**
   * Parses {@code text}: spaces are ignored, letters upper-cased, and one space put before the inward code.
   *
   * @param text the postcode as typed
   * @return the postcode, normalised
   * @throws InvalidValueException when it is not a UK postcode
   */
  @JsonCreator
  public static UkPostcode of(String text) {
    if (text == null) {
      throw new InvalidValueException("UkPostcode", List.of(Violation.of("value", "null", "NotNull",
          "must not be null")));
    }
    String compact = SPACES.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    String canonical = compact.length() > 3
        ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3)
        : compact;
    return ImmutableUkPostcode.of(canonical);
  }

  /** {@return the part before the space, e.g. {@code SW1A}} */
  @JsonIgnore
  public String outwardCode() {
    return value().substring(0, value().indexOf(' '));
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
