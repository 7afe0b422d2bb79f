package io.github.sponsorsdk.sms.core.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * The reference of a Sponsor UK sponsorship submission, by which the sponsor and the Home Office speak of it before
 * (and after) a Sponsorship Reference Number exists. Sponsor UK's own reference format is not published
 * (docs/sources.md#sponsor-uk-submissions), so, like {@link SponsorshipReferenceNumber}, it is an opaque identifier:
 * 1 to {@value #MAX_LENGTH} printable ASCII characters without spaces, trimmed, case kept, never parsed
 * (docs/decisions/0470-sponsor-uk.md).
 *
 * <pre>{@code
 * SubmissionReference ref = SubmissionReference.of("SUB-2026-000017");
 * }</pre>
 */
@Value.Immutable(builder = false)
@SmsStyle
public abstract class SubmissionReference implements Comparable<SubmissionReference>,
    WithSubmissionReference {

  /** The longest reference the SDK accepts: a loose bound, as the format is unpublished. */
  public static final int MAX_LENGTH = Identifiers.OPAQUE_MAX_LENGTH;

  /** Printable ASCII without spaces, 1 to {@link #MAX_LENGTH} characters. */
  public static final String PATTERN = Identifiers.OPAQUE_PATTERN;

  /** {@return the reference as given, trimmed} */
  @JsonValue
  @Value.Parameter
  @Pattern(regexp = PATTERN, message = Identifiers.OPAQUE_RULE + " (the submission "
      + "reference format is unpublished; this is the SDK's loose check)")
  public abstract String value();

  /**
   * The reference {@code text}, trimmed.
   *
   * @param text the reference as Sponsor UK shows it
   * @return the reference
   * @throws io.github.sponsorsdk.sms.core.value.InvalidValueException when it is null, blank, longer than
   *     {@link #MAX_LENGTH} or holds a character outside printable ASCII
   */
  @JsonCreator
  public static SubmissionReference of(String text) {
    return ImmutableSubmissionReference.of(Identifiers.opaque(text));
  }

  /**
   * {@return true when {@link #of(String)} would accept {@code text}}
   *
   * @param text the text to test; {@code null} gives false
   */
  public static boolean isValid(String text) {
    return Identifiers.isOpaque(text);
  }

  /** Checks the constraints when the value is built. */
  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  @Override
  public int compareTo(SubmissionReference other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
