package io.github.sponsorsdk.sms.core.place;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A UK address: a user's work address, a worker's main place of work or a student's main site of study.
 *
 * <p>The shape is the Home Office BDT schema v2.1 {@code UKAddressStructure}: one to three {@code AddressLine}s, a
 * {@code City}, an optional {@code CountyAreaDistrict} and a {@code PostCode}. Every text part is an
 * {@code AddressLineType}: at most 35 characters from {@code A-Z a-z 0-9}, space and
 * {@code ~!@%()*+,-./:;=?^_{}&'} (no {@code #}, quotes, {@code $}, brackets or accented letters). The SMS online
 * forms are assumed to accept what the bulk schema accepts; using the narrower schema rule means an address built
 * here can always be written to a BDT file.
 *
 * <p>SMS Manual 1, Guide 3, note 2: a user's address is "the work address, <b>not</b> the person's home address".
 * That is a duty of the sponsor; nothing here can tell the two apart.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableAddress.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAddress.class)
public abstract class Address implements WithAddress {

  /** An optional text, when present, holds at least one non-space character. */
  static final String NOT_BLANK = "(?s).*\\S.*";

  /** BDT schema v2.1 {@code AddressLineType} characters. */
  public static final String LINE_PATTERN = "[A-Za-z0-9 ~!@%()*+,\\-./:;=?^_{}&']+";
  /** BDT schema v2.1 {@code AddressLineType} maximum length. */
  public static final int MAX_LINE = 35;

  private static final String LINE_MESSAGE = "may hold only letters A-Z, digits, spaces and ~!@%()*+,-./:;=?^_{}&' "
      + "(BDT schema v2.1 AddressLineType)";

  /** {@return the first address line ({@code AddressLine1}), required} */
  @NotBlank
  @Size(max = MAX_LINE)
  @Pattern(regexp = LINE_PATTERN, message = LINE_MESSAGE)
  public abstract String line1();

  /** {@return the second address line, when given} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = MAX_LINE)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = LINE_PATTERN, message = LINE_MESSAGE)
  public abstract Optional<String> line2();

  /** {@return the third address line, when given} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = MAX_LINE)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = LINE_PATTERN, message = LINE_MESSAGE)
  public abstract Optional<String> line3();

  /** {@return town or city ({@code City}, a {@code TownType})} */
  @NotBlank
  @Size(max = MAX_LINE)
  @Pattern(regexp = LINE_PATTERN, message = LINE_MESSAGE)
  public abstract String townOrCity();

  /** {@return county, area or district ({@code CountyAreaDistrict}); optional in the schema} */
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = NOT_BLANK, message = "must not be blank; leave it out instead")
  @Size(payload = Unwrapping.Unwrap.class, max = MAX_LINE)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = LINE_PATTERN, message = LINE_MESSAGE)
  public abstract Optional<String> county();

  /** {@return the postcode, normalised; the SMS's address fields are UK addresses} */
  public abstract UkPostcode postcode();

  /** {@return the address lines that are present, in order} */
  public List<String> lines() {
    return Stream.of(Optional.of(line1()), line2(), line3())
        .flatMap(Optional::stream).collect(Collectors.toList());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Address}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableAddress.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  @Override
  public String toString() {
    return Stream.concat(lines().stream(), Stream.of(Optional.of(townOrCity()), county(),
            Optional.of(postcode().value())).flatMap(Optional::stream))
        .collect(Collectors.joining(", "));
  }
}
