package io.github.sponsorsdk.sms.core.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.NationalInsuranceNumber;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.value.Sensitive;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's details as the SMS user screens hold them (SMS Manual 1, Guide 3 step 4 "Request a new level 1 user",
 * Guide 4 step 4 "User details" and step 5 "Amend user profile"): title, given name, family name, email, "Position
 * within the organisation", work address, National Insurance number or exemption, settled-worker status and, for a
 * person under immigration control, their immigration status. Also used for key personnel who are not users.
 *
 * <p>Lengths: the SMS does not publish its screen limits. Names allow up to 50 printable Latin-1 characters (the BDT
 * schema's character set, {@code PBSStringType}; its {@code NameType} allows 35 for migrants, users' names are given
 * a little more room); position 100; email 254 (the longest address SMTP can deliver, RFC 5321). Titles are free
 * text up to 20 characters: the SMS offers a drop-down with an "Other, give details" entry whose values are not in
 * the sources.
 *
 * <p>Only shape is checked here. That the email is an individual's and not a shared mailbox (Guide 3, note 1), that
 * the address is a work address, and that a Level 1 user declares a NINO from 19 June 2023 are duties and rules
 * outside this value. No password or other secret is part of a profile.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableUserProfile.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableUserProfile.class)
@JsonDeserialize(as = ImmutableUserProfile.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableUserProfile.class)
public abstract class UserProfile implements WithUserProfile {

  /** An optional text, when present, holds at least one non-space character. */
  static final String NOT_BLANK = "(?s).*\\S.*";

  /** Printable ISO 8859-1 on one line (BDT schema v2.1 {@code PBSStringType}). */
  public static final String PRINTABLE_LATIN_1 = "[\\x20-\\x7E\\xA0-\\xFF]+";
  /** Printable ISO 8859-1 with line breaks and tabs (BDT schema v2.1 {@code PBSMultiLineStringType}). */
  public static final String PRINTABLE_LATIN_1_MULTILINE = "[\\x20-\\x7E\\xA0-\\xFF\\r\\n\\t]+";
  static final String PRINTABLE_MESSAGE = "may hold only printable ISO 8859-1 (Latin-1) characters "
      + "(BDT schema v2.1 PBSStringType)";
  /** The longest name part accepted. */
  public static final int MAX_NAME = 50;

  /** {@return "Title", e.g. {@code Mr}; free text, see the class comment} */
  @NotBlank
  @Size(max = 20)
  @Pattern(regexp = PRINTABLE_LATIN_1, message = PRINTABLE_MESSAGE)
  public abstract String title();

  /** {@return "Given name" (all forenames)} */
  @NotBlank
  @Size(max = MAX_NAME)
  @Pattern(regexp = PRINTABLE_LATIN_1, message = PRINTABLE_MESSAGE)
  @Sensitive
  public abstract String forenames();

  /** {@return "Family name"} */
  @NotBlank
  @Size(max = MAX_NAME)
  @Pattern(regexp = PRINTABLE_LATIN_1, message = PRINTABLE_MESSAGE)
  @Sensitive
  public abstract String surname();

  /** {@return "Email": the person's own address, where the SMS sends their password} */
  @NotBlank
  @Email
  @Size(max = 254)
  @Sensitive
  public abstract String email();

  /** {@return "Position within the organisation", e.g. {@code Training Lead}} */
  @NotBlank
  @Size(max = 100)
  @Pattern(regexp = PRINTABLE_LATIN_1, message = PRINTABLE_MESSAGE)
  public abstract String position();

  /** {@return the work address, never the home address (Guide 3, note 2)} */
  public abstract Address workAddress();

  /**
   * Telephone number, when held: digits with optional leading {@code +}, spaces, brackets and hyphens.
   *
   * @return the phone number, when given
   */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = "\\+?[0-9][0-9 ()-]{5,24}",
      message = "must be a telephone number: digits, optionally a "
      + "leading +, spaces, brackets and hyphens, 6 to 25 characters")
  @Sensitive
  public abstract Optional<String> phone();

  /**
   * {@return the NINO or exemption the person declared, or empty when they declared neither} See {@link
   * NinoDeclaration}.
   */
  @Sensitive
  public abstract Optional<NinoDeclaration> ninoDeclaration();

  /**
   * {@return true when the person is a settled worker} At least one Level 1 user must be, with exceptions (Manual 1,
   * Guide 3); that rule lives in {@code sms-rules}.
   */
  public abstract boolean settledWorker();

  /**
   * For a person "under immigration control": their immigration status, Home Office reference and leave expiry as
   * the SMS free-text fields hold them (Guide 3, step 4), in one note of up to 500 characters.
   *
   * @return the note on the person's immigration status, when given
   */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, 
      message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = 500)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = PRINTABLE_LATIN_1_MULTILINE, 
      message = PRINTABLE_MESSAGE)
  @Sensitive
  public abstract Optional<String> immigrationStatusNote();

  /** {@return the NINO, when one was declared} */
  @JsonIgnore
  public Optional<NationalInsuranceNumber> nationalInsuranceNumber() {
    return ninoDeclaration().filter(ProvidedNino.class::isInstance).map(d -> ((ProvidedNino) d).nino());
  }

  /** {@return the exemption reason, when one was declared instead of a NINO} */
  @JsonIgnore
  public Optional<NinoExemptionReason> ninoExemptionReason() {
    return ninoDeclaration().filter(NinoExemptionReason.class::isInstance).map(NinoExemptionReason.class::cast);
  }

  /** {@return "Given name Family name"} */
  @JsonIgnore
  public String fullName() {
    return forenames() + " " + surname();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code UserProfile}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableUserProfile.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
