package io.github.sponsorsdk.sms.core.certificate;

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
 * A nationality as the SMS codes it: three capital letters, or {@code STATELESS}.
 *
 * <p>BDT schema v2.1 {@code NationalityType}: {@code [A-Z]{3}|"STATELESS"}. The codes are ISO 3166-1 alpha-3 plus SMS
 * extras such as {@code LES} (officially stateless), {@code XXA}, {@code XXB}, {@code XXC}, {@code XXX}, {@code BNO},
 * {@code GBS} (list in {@code bdt/nationality-codes.csv}). Only the shape is checked here, not membership of the list.
 * The schema's {@code STATELESS} literal includes its double quotes in the XML; this value holds it without quotes
 * and the XML writer adds them. Input is trimmed and upper-cased.
 */
@Value.Immutable(builder = false)
@SmsStyle
public abstract class Nationality implements WithNationality {

  /** An ISO 3166 alpha-3 code, or {@code STATELESS} as the BDT schema v2.1 allows. */
  public static final String PATTERN = "[A-Z]{3}|STATELESS";
  /** A stateless person: the BDT schema's {@code STATELESS}. */
  public static final Nationality STATELESS = of("STATELESS");

  /** {@return the code: three capital letters, or {@code STATELESS}} */
  @JsonValue
  @Value.Parameter
  @Pattern(regexp = PATTERN, message = "must be a three-letter SMS nationality code (ISO 3166-1 alpha-3 based) or "
      + "STATELESS (BDT schema v2.1 NationalityType)")
  public abstract String code();

  /**
   * {@return the nationality {@code code}}
   *
   * @param code an ISO 3166 alpha-3 code or {@code STATELESS}
   * @throws InvalidValueException when it matches neither
   */
  @JsonCreator
  public static Nationality of(String code) {
    if (code == null) {
      throw new InvalidValueException("Nationality", List.of(Violation.of("code", "null", "NotNull",
          "must not be null")));
    }
    return ImmutableNationality.of(code.trim().toUpperCase(Locale.ROOT));
  }

  /** {@return true for {@link #STATELESS}} */
  @JsonIgnore
  public boolean isStateless() {
    return code().equals("STATELESS");
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  @Override
  public String toString() {
    return code();
  }
}
