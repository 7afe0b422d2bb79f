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
 * {@code OtherNames} at most 250; {@code PlaceOfBirth} at most 30; {@code CountryOfBirth} a three-letter
 * {@code CountryType} code; {@code ApplicantPassportOrTravelDocumentNumber} at most 35; {@code ApplicantID} (the
 * sponsor's own reference) at most 50. All text is printable ISO 8859-1 ({@code PBSStringType}). The date of birth
 * may be partial ({@link PartialDate}: a year, a year and month, or a full date), as every official upload example's
 * is. Gender and country of birth may be missing on a saved certificate (SMS Manual 1, Troubleshooting: gender "is
 * often missed"), so they are optional here; that gender is required to assign is a rule in {@code sms-rules}, and a
 * BDT record cannot be written without both.
 *
 * <p>The same fields hold a CoS's migrant: the CoS form asks for nationality, place and country of birth, date of
 * birth, gender and passport details (docs/sources.md#secondary-cos-form). The passport number is personal data and
 * masked in validation errors; so are the date and place of birth in {@link #toString()}.
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

  /** {@return {@code FamilyName}} Personal data: masked in validation errors. */
  @NotBlank
  @Size(max = MAX_NAME)
  @Pattern(regexp = PRINTABLE_LATIN_1, message = PRINTABLE_MESSAGE)
  @Sensitive
  public abstract String familyName();

  /** {@return {@code GivenName}: all given names; empty for a person with one name} Masked in validation errors. */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = MAX_NAME)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = PRINTABLE_LATIN_1, message = PRINTABLE_MESSAGE)
  @Sensitive
  public abstract Optional<String> givenNames();

  /** {@return {@code OtherNames}: other names the person is known by, at most 250 characters} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = 250)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = PRINTABLE_LATIN_1, message = PRINTABLE_MESSAGE)
  @Sensitive
  public abstract Optional<String> otherNames();

  /**
   * {@return {@code Nationality}: the SMS nationality code (ISO 3166 alpha-3 or {@code STATELESS}, as the BDT schema
   * has it)}
   */
  public abstract Nationality nationality();

  /**
   * {@return {@code CountryOfBirth}: three capital letters (BDT schema v2.1 {@code CountryType}; the SMS list is
   * ISO 3166-1 alpha-3 based)} Only the shape is checked, not membership of the list.
   */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = "[A-Z]{3}",
      message = "must be three capital letters (BDT schema v2.1 CountryType)")
  public abstract Optional<String> countryOfBirth();

  /** {@return {@code PlaceOfBirth}: at most 30 characters} Personal data: masked in validation errors. */
  @Sensitive
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = 30)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = PRINTABLE_LATIN_1, message = PRINTABLE_MESSAGE)
  public abstract Optional<String> placeOfBirth();

  /** {@return {@code DateOfBirth}: a year, a year and month, or a full date} */
  public abstract PartialDate dateOfBirth();

  /**
   * {@return {@code Gender}, when known} Missing on a saved certificate until someone supplies it; needed to assign
   * (SMS Manual 1, Troubleshooting).
   */
  public abstract Optional<Gender> gender();

  /**
   * {@return {@code ApplicantPassportOrTravelDocumentNumber}: at most 35 printable ISO 8859-1 characters (BDT schema
   * v2.1 {@code PBSStringType})} Kept exactly as given so that a BDT record maps to a certificate and back unchanged; the
   * SMS search by passport number compares it exactly. Personal data: masked in validation errors.
   */
  @Sensitive
  @NotBlank
  @Size(max = 35)
  @Pattern(regexp = PRINTABLE_LATIN_1, message = PRINTABLE_MESSAGE)
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

    /**
     * A full date of birth: {@code dateOfBirth(PartialDate.of(date))}.
     *
     * @param date the full date of birth
     * @return this builder
     */
    public final Builder dateOfBirth(LocalDate date) {
      return dateOfBirth(PartialDate.of(date));
    }
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
