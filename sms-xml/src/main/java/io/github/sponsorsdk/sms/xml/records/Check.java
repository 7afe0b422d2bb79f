package io.github.sponsorsdk.sms.xml.records;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Collects every violation of one value's invariants, then throws one {@link InvalidValueException} listing them all.
 *
 * <p>The invariants are the v2.1 schema's facets (lengths, patterns, ranges) except the character repertoire
 * (ISO 8859-1 printable, address characters): that is an encoding concern, checked by the writer, which can refuse
 * or transliterate and name the record and field. Hand-written rather than Bean Validation because a reader builds
 * about a dozen values per record and runs at file speed; the facets are the schema's and are tested against it.
 */
final class Check {
  /** {@code SponsorLicenceNumberType}: length 9, {@code [A-Z0-9]{8}[0-9X]}. */
  static final Pattern SPONSOR_LICENCE_NUMBER = Pattern.compile("[A-Z0-9]{8}[0-9X]");
  /** {@code CASNumberType}: length 14. */
  static final Pattern CAS_NUMBER = Pattern.compile("E4[CG][0-9][A-Z]{2}[0-9][A-Z][0-9]{2}[A-Z][0-9][A-Z][0-9X]");
  /** {@code CountryType}. */
  static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  /** {@code NationalityType}: a 3-letter code or the literal {@code "STATELESS"} with its double quotes. */
  static final Pattern NATIONALITY = Pattern.compile("[A-Z]{3}|\"STATELESS\"");
  /** {@code UCAS_UKPASS_Id}. */
  static final Pattern UCAS_ID = Pattern.compile("1[A-Za-z0-9]{9}");
  /** {@code BulkUploadFileIDType}: 2..50 characters. */
  static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.\\-]+");
  /** {@code UKPostCodeType} (BS 7666): exactly one space. */
  static final Pattern UK_POSTCODE = Pattern.compile("([Gg][Ii][Rr] 0[Aa]{2})|((([A-Za-z][0-9]{1,2})|(([A-Za-z]"
      + "[A-Ha-hJ-Yj-y][0-9]{1,2})|(([A-Za-z][0-9][A-Za-z])|([A-Za-z][A-Ha-hJ-Yj-y][0-9]?[A-Za-z])))) [0-9][A-Za-z]{2})");
  /** {@code PoundsSterlingType}: below one thousand million. */
  static final BigDecimal POUNDS_MAX_EXCLUSIVE = new BigDecimal("1000000000");
  static final BigDecimal HOURS_MAX = new BigDecimal("168.0");

  private final String type;
  private List<Violation> violations;

  Check(String type) {
    this.type = type;
  }

  /** Length 1..max (the schema's {@code minLength 1} and {@code maxLength}). */
  Check text(String path, String value, int max) {
    if (value.isEmpty() || value.length() > max) {
      add(path, value, "Length", "must be 1 to " + max + " characters long, is " + value.length());
    }
    return this;
  }

  Check text(String path, Optional<String> value, int max) {
    value.ifPresent(v -> text(path, v, max));
    return this;
  }

  Check pattern(String path, String value, Pattern pattern, String what) {
    if (!matches(value, pattern)) {
      add(path, value, "Pattern", "must be " + what);
    }
    return this;
  }

  /** Three capital letters, the commonest pattern, tested without the regex engine. */
  private static boolean matches(String value, Pattern pattern) {
    if (pattern == COUNTRY || (pattern == NATIONALITY && value.length() == 3)) {
      return value.length() == 3 && upper(value.charAt(0)) && upper(value.charAt(1)) && upper(value.charAt(2));
    }
    return pattern.matcher(value).matches();
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  Check pattern(String path, Optional<String> value, Pattern pattern, String what) {
    value.ifPresent(v -> pattern(path, v, pattern, what));
    return this;
  }

  /** {@code PoundsSterlingType}: 0 &le; x &lt; 1,000,000,000 with at most 2 decimals. */
  Check pounds(String path, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(POUNDS_MAX_EXCLUSIVE) >= 0 || value.stripTrailingZeros().scale() > 2) {
      add(path, value.toPlainString(), "PoundsSterling", "must be 0 to 999,999,999.99 with at most 2 decimals");
    }
    return this;
  }

  Check pounds(String path, Optional<BigDecimal> value) {
    value.ifPresent(v -> pounds(path, v));
    return this;
  }

  Check that(boolean ok, String path, String value, String rule, String message) {
    if (!ok) {
      add(path, value, rule, message);
    }
    return this;
  }

  private void add(String path, String value, String rule, String message) {
    if (violations == null) {
      violations = new ArrayList<>(2);
    }
    violations.add(Violation.of(path, value, rule, message));
  }

  void done() {
    if (violations != null) {
      throw new InvalidValueException(type, violations);
    }
  }
}
