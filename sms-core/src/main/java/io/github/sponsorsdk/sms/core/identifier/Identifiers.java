package io.github.sponsorsdk.sms.core.identifier;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.List;
import java.util.Locale;

/** Normalisation shared by the identifier types. */
final class Identifiers {
  private Identifiers() {}

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
