package io.github.sponsorsdk.sms.core.identifier;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.List;
import java.util.Locale;

/** Normalisation and checks shared by the identifier types. */
final class Identifiers {
  private Identifiers() {}

  /**
   * The longest opaque identifier the SDK accepts ({@link SponsorshipReferenceNumber}, {@link SubmissionReference}):
   * a loose bound, as the formats are unpublished (docs/decisions/0470-sponsor-uk.md).
   */
  static final int OPAQUE_MAX_LENGTH = 40;

  /** An opaque identifier: printable ASCII without spaces, 1 to {@link #OPAQUE_MAX_LENGTH} characters. */
  static final String OPAQUE_PATTERN = "[\\x21-\\x7E]{1," + OPAQUE_MAX_LENGTH + "}";

  /** The rule an opaque identifier breaks, the start of its constraint message. */
  static final String OPAQUE_RULE = "must be 1 to " + OPAQUE_MAX_LENGTH
      + " printable ASCII characters without spaces";

  /** An opaque identifier as given, trimmed; never parsed, case kept. */
  static String opaque(String text) {
    return required(text).strip();
  }

  /** True when {@code text}, trimmed, is an opaque identifier. */
  static boolean isOpaque(String text) {
    return text != null && text.strip().matches(OPAQUE_PATTERN);
  }

  static String upperTrimmed(String text) {
    return required(text).strip().toUpperCase(Locale.ROOT);
  }

  /** Upper-cases and removes every space, as HMRC and Royal Mail formats are written with optional spaces. */
  static String upperWithoutSpaces(String text) {
    return required(text).replace(" ", "").toUpperCase(Locale.ROOT);
  }

  static String required(String text) {
    if (text == null) {
      throw new InvalidValueException("identifier", List.of(Violation.of("value", "null", "NotNull",
          "must not be null")));
    }
    return text;
  }
}
