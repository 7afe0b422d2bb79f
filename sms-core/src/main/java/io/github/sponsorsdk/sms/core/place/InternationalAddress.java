package io.github.sponsorsdk.sms.core.place;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An address anywhere in the world: a partner institution, an overseas higher education institution or a work
 * placement on a CAS.
 *
 * <p>The shape is the Home Office BDT schema v2.1 {@code InternationalAddressStructure} (docs/sources.md#bdt-types):
 * one to three {@code AddressLine}s, a {@code City}, an optional {@code CountyAreaDistrict} and {@code PostCode}, and a
 * three-letter {@code Country} code. The lines, town and county are {@code AddressLineType}s: at most 35 characters
 * from {@code A-Z a-z 0-9}, space and {@code ~!@%()*+,-./:;=?^_{}&'}. The postcode is free text (a foreign postcode
 * has no fixed shape); a UK address with a checked postcode is an {@link Address}. Text is kept exactly as given,
 * spaces included, so that a BDT record maps to a certificate and back unchanged.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableInternationalAddress.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableInternationalAddress.class)
@JsonDeserialize(as = ImmutableInternationalAddress.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableInternationalAddress.class)
public abstract class InternationalAddress implements WithInternationalAddress {

  private static final String LINE_MESSAGE = "may hold only letters A-Z, digits, spaces and ~!@%()*+,-./:;=?^_{}&' "
      + "(BDT schema v2.1 AddressLineType)";

  /** {@return {@code AddressLine}: one to three lines} */
  public abstract List<String> lines();

  /** {@return {@code City}} */
  @NotBlank
  @Size(max = Address.MAX_LINE)
  @Pattern(regexp = Address.LINE_PATTERN, message = LINE_MESSAGE)
  public abstract String townOrCity();

  /** {@return {@code CountyAreaDistrict}} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = Address.NOT_BLANK,
      message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = Address.MAX_LINE)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = Address.LINE_PATTERN, message = LINE_MESSAGE)
  public abstract Optional<String> county();

  /**
   * {@return {@code PostCode}: free text in the address's country's own form, at most 35 printable ISO 8859-1
   * characters (BDT schema v2.1 {@code InternationalPostCodeType}, a {@code PBSStringType})}
   */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = Address.NOT_BLANK,
      message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = Address.MAX_LINE)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = "[\\x20-\\x7E\\xA0-\\xFF]+",
      message = "may hold only printable ISO 8859-1 (Latin-1) characters (BDT schema v2.1 InternationalPostCodeType)")
  public abstract Optional<String> postcode();

  /**
   * {@return {@code Country}: three capital letters (BDT schema v2.1 {@code CountryType}); the list is not checked
   * here}
   */
  @Pattern(regexp = "[A-Z]{3}", message = "must be three capital letters (BDT schema v2.1 CountryType)")
  public abstract String country();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code InternationalAddress}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableInternationalAddress.Builder {
    Builder() {}
  }

  /** {@link Address#LINE_PATTERN}, compiled once (every address line of every CAS record is checked with it). */
  private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile(Address.LINE_PATTERN);

  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>(ValueValidation.violations(this));
    if (lines().isEmpty() || lines().size() > 3) {
      v.add(Violation.of("lines", Integer.toString(lines().size()), "Size", "must hold 1 to 3 address lines"));
    }
    for (int i = 0; i < lines().size(); i++) {
      String line = lines().get(i);
      if (line.isBlank() || line.length() > Address.MAX_LINE || !LINE.matcher(line).matches()) {
        v.add(Violation.of("lines[" + i + "]", line, "AddressLine",
            "must be 1 to 35 characters, not blank, and " + LINE_MESSAGE));
      }
    }
    ValueValidation.requireNone("InternationalAddress", v);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(String.join(", ", lines())).append(", ").append(townOrCity());
    county().ifPresent(c -> b.append(", ").append(c));
    postcode().ifPresent(p -> b.append(", ").append(p));
    return b.append(", ").append(country()).toString();
  }
}
