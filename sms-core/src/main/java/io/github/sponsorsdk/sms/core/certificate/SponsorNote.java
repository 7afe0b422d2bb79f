package io.github.sponsorsdk.sms.core.certificate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated note the sponsor adds to a certificate, e.g. a changed start date before the migrant has applied
 * (docs/sources.md#reporting-duties, row W10). The SMS limit is not published
 * (docs/sources.md#secondary-certificates); the SDK allows 2,000 characters, the BDT schema's longest free-text field
 * ({@code PBSMultiLineStringType}, e.g. {@code DocumentsUsedToObtainOffer}).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSponsorNote.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSponsorNote.class)
@JsonDeserialize(as = ImmutableSponsorNote.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSponsorNote.class)
public abstract class SponsorNote implements WithSponsorNote {

  /** {@return the day the note was added} */
  public abstract LocalDate date();

  /** {@return the note} */
  @NotBlank
  @Size(max = 2000)
  @Pattern(regexp = "[\\x20-\\x7E\\xA0-\\xFF\\r\\n\\t]+", message = "may hold only printable ISO 8859-1 (Latin-1) "
      + "characters and line breaks (BDT schema v2.1 PBSMultiLineStringType)")
  public abstract String text();

  /** {@return the user who wrote it, when known} */
  public abstract Optional<SmsUserId> author();

  /**
   * {@return a note}
   *
   * @param date the day the note was added
   * @param text the note
   */
  public static SponsorNote of(LocalDate date, String text) {
    return ImmutableSponsorNote.builder().date(date).text(text).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SponsorNote}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSponsorNote.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
