package io.github.sponsorsdk.sms.core.certificate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.Sensitive;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The migrant a certificate is for: the {@code ApplicantData} of the BDT schema v2.1, reduced to what both CoS and
 * CAS carry.
 *
 * <p>Lengths and characters from the schema (docs/sources.md#bdt-types): {@code FamilyName} and {@code GivenName} are
 * {@code NameType} (at most 35); the family name is required and the given name optional, for people with one name;
 * {@code ApplicantPassportOrTravelDocumentNumber} at most 35; {@code ApplicantID} (the sponsor's own reference) at
 * most 50. All text is printable ISO 8859-1 ({@code PBSStringType}). Gender may be missing on a saved certificate (SMS
 * Manual 1, Troubleshooting: gender "is often missed"), so it is optional here; that it is required to assign is a
 * rule in {@code sms-rules}.
 *
 * <p>Not modelled: the schema's partial dates of birth ({@code Year}, {@code YearMonth}); country and place of birth;
 * other names. The passport number is personal data and masked in validation errors.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableMigrantDetails.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableMigrantDetails.class)
@JsonDeserialize(as = ImmutableMigrantDetails.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableMigrantDetails.class)
public abstract class MigrantDetails implements WithMigrantDetails {

  /** An optional text, when present, holds at least one non-space character. */
  static final String NOT_BLANK = "(?s).*\\S.*";

  /** Printable ISO 8859-1 (BDT schema v2.1 {@code PBSStringType}). */
  public static final String PRINTABLE_LATIN_1 = "[\\x20-\\x7E\\xA0-\\xFF]+";
  private static final String PRINTABLE_MESSAGE = "may hold only printable ISO 8859-1 (Latin-1) characters "
      + "(BDT schema v2.1 PBSStringType)";
  /** BDT schema v2.1 {@code NameType} maximum length. */
  public static final int MAX_NAME = 35;

  /** {@return {@code FamilyName}} */
  @NotBlank
  @Size(max = MAX_NAME)
  @Pattern(regexp = PRINTABLE_LATIN_1, message = PRINTABLE_MESSAGE)
  @Sensitive
  public abstract String familyName();

  /** {@return {@code GivenName}: all given names; empty for a person with one name} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = MAX_NAME)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = PRINTABLE_LATIN_1, message = PRINTABLE_MESSAGE)
  @Sensitive
  public abstract Optional<String> givenNames();

  /** {@return the nationality: an ISO 3166 alpha-3 code or {@code STATELESS}, as the BDT schema has it} */
  public abstract Nationality nationality();

  /** {@return the date of birth} */
  public abstract LocalDate dateOfBirth();

  /** {@return the gender, when known; needed to assign (SMS Manual 1, Troubleshooting)} */
  public abstract Optional<Gender> gender();

  /**
   * {@return {@code ApplicantPassportOrTravelDocumentNumber}: at most 35 (BDT schema v2.1)} Letters and digits only, as
   * in machine-readable travel documents (ICAO Doc 9303); stricter than the schema's {@code PBSStringType} so that the
   * SMS search by passport number finds what was entered. Personal data: masked in validation errors.
   */
  @Sensitive
  @NotBlank
  @Size(max = 35)
  @Pattern(regexp = "[A-Za-z0-9]+", message = "may hold only letters and digits")
  public abstract String passportNumber();

  /** {@return {@code ApplicantID}: the sponsor's own reference for the person, at most 50 characters} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = 50)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = PRINTABLE_LATIN_1, message = PRINTABLE_MESSAGE)
  public abstract Optional<String> applicantReference();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code MigrantDetails}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableMigrantDetails.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  /** Names and nationality only: the passport number and date of birth stay out of logs. */
  @Override
  public String toString() {
    return "MigrantDetails{" + givenNames().map(g -> g + " ").orElse("") + familyName() + ", " + nationality() + "}";
  }
}
