package io.github.sponsorsdk.sms.core.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sponsorsdk.sms.core.value.Sensitive;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * An SMS user ID, e.g. {@code kkNqt5v4}.
 *
 * <p>Case-sensitive (SMS Manual 1, "User ID and password": "Your user ID and password are case sensitive"), so it
 * is never case-folded or trimmed: {@code KKNQT5V4} is a different user. The format is not published; the manual's
 * examples ({@code kkNqt5v4}, {@code yAy9d5dp}, {@code CB00vj4az}, {@code OsNBX7uVOL}) are 8 to 10 letters and digits.
 * The SDK accepts 6 to 20 ASCII letters and digits and refuses anything else, white space included, since a copied
 * ID with a trailing space would otherwise fail at log-in for no visible reason.
 */
@Value.Immutable(builder = false)
@SmsStyle
public abstract class SmsUserId implements Comparable<SmsUserId>, WithSmsUserId {

  /** The SDK's check: 6 to 20 letters or digits. User IDs are case-sensitive, so nothing is normalised. */
  public static final String PATTERN = "[A-Za-z0-9]{6,20}";

  /** {@return the user ID, exactly as issued} */
  @JsonValue
  @Value.Parameter
  @Pattern(regexp = PATTERN, message = "must be 6 to 20 letters or digits, no spaces (user IDs are case-sensitive)")
  @Sensitive
  public abstract String value();

  /**
   * Parses {@code text} exactly as given: no trimming, no case change.
   *
   * @param text the user ID
   * @return the user ID
   * @throws io.github.sponsorsdk.sms.core.value.InvalidValueException when it does not match {@link #PATTERN}
   */
  @JsonCreator
  public static SmsUserId of(String text) {
    return ImmutableSmsUserId.of(Identifiers.required(text));
  }

  /**
   * {@return true when {@code text} would parse}
   *
   * @param text the text to test; {@code null} gives false
   */
  public static boolean isValid(String text) {
    return text != null && text.matches(PATTERN);
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  @Override
  public int compareTo(SmsUserId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
