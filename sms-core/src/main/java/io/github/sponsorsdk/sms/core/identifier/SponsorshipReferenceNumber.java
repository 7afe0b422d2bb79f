package io.github.sponsorsdk.sms.core.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A Sponsorship Reference Number (SRN): what Sponsor UK issues once a sponsorship submission has been approved and
 * paid for, and what the worker quotes in the visa application. In the Immigration Rules the record linked to an SRN
 * is a Certificate of Sponsorship (Introduction 6.2, docs/sources.md#certificate-of-sponsorship-definition), but
 * the SRN is not a {@link CosNumber}: the two are issued by different systems and never compared.
 *
 * <p><b>An opaque identifier.</b> The SRN's format is not published in anything the project read
 * (docs/sources.md#sponsor-uk-submissions), so the SDK never parses it. It checks only what any reference quoted on a
 * form must be: 1 to {@value #MAX_LENGTH} printable ASCII characters without spaces, after trimming. Case is kept as
 * given (an opaque value is not rewritten); equality is exact. The bound is deliberately loose and the check is
 * {@code UNCERTAIN} (docs/decisions/0470-sponsor-uk.md).
 *
 * <pre>{@code
 * SponsorshipReferenceNumber srn = SponsorshipReferenceNumber.of(" SRN-0001 ");   // "SRN-0001"
 * }</pre>
 */
@Value.Immutable(builder = false)
@SmsStyle
public abstract class SponsorshipReferenceNumber implements Comparable<SponsorshipReferenceNumber>,
    WithSponsorshipReferenceNumber {

  /** The longest SRN the SDK accepts: a loose bound, as the format is unpublished. */
  public static final int MAX_LENGTH = Identifiers.OPAQUE_MAX_LENGTH;

  /** Printable ASCII without spaces, 1 to {@link #MAX_LENGTH} characters. */
  public static final String PATTERN = Identifiers.OPAQUE_PATTERN;

  /** {@return the SRN as issued, trimmed} */
  @JsonValue
  @Value.Parameter
  @Pattern(regexp = PATTERN, message = Identifiers.OPAQUE_RULE + " (the SRN format "
      + "is unpublished; this is the SDK's loose check)")
  public abstract String value();

  /**
   * The SRN {@code text}, trimmed.
   *
   * @param text the SRN as issued
   * @return the SRN
   * @throws io.github.sponsorsdk.sms.core.value.InvalidValueException when it is null, blank, longer than
   *     {@link #MAX_LENGTH} or holds a character outside printable ASCII
   */
  @JsonCreator
  public static SponsorshipReferenceNumber of(String text) {
    return ImmutableSponsorshipReferenceNumber.of(Identifiers.opaque(text));
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
  public int compareTo(SponsorshipReferenceNumber other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
