package io.github.sponsorsdk.sms.core.evidence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is known of an uploaded evidence document without its bytes: its file name, media type, size, SHA-256 digest
 * and the day it was uploaded. A submission lists these; the bytes travel in an {@link EvidenceDocument}. The digest
 * lets a sponsor prove later which document it sent, which the SMS never allowed (it accepts no documents,
 * docs/sources.md#sponsor-uk-actions).
 *
 * <p>Checks, all reported together: the file name is 1 to 255 characters and holds no path separator or control
 * character; the media type has the form {@code type/subtype} in lower case; the size is positive; the digest is 64
 * lower-case hexadecimal digits.
 *
 * <pre>{@code
 * EvidenceMetadata m = EvidenceDocument.of("contract.pdf", "application/pdf", bytes, LocalDate.of(2026, 3, 2))
 *     .metadata();
 * m.sizeBytes();   // bytes.length
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableEvidenceMetadata.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableEvidenceMetadata.class)
@JsonDeserialize(as = ImmutableEvidenceMetadata.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableEvidenceMetadata.class)
public abstract class EvidenceMetadata implements WithEvidenceMetadata {

  /** The media type form: {@code type/subtype}, lower case, e.g. {@code application/pdf}. */
  public static final String MEDIA_TYPE = "[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*";

  /** {@return the file name as uploaded, without any directory: {@code contract.pdf}} */
  @NotBlank
  @Size(max = 255)
  @Pattern(regexp = "[^/\\\\\\p{Cntrl}]+", message = "must hold no path separator or control character")
  public abstract String fileName();

  /** {@return the media type, {@code application/pdf}, {@code image/jpeg}, {@code image/png}} */
  @Pattern(regexp = MEDIA_TYPE, message = "must be a lower-case media type, type/subtype")
  public abstract String mediaType();

  /** {@return the size in bytes} */
  @Positive
  public abstract long sizeBytes();

  /** {@return the SHA-256 digest of the bytes, 64 lower-case hexadecimal digits} */
  @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hexadecimal digits (SHA-256)")
  public abstract String sha256();

  /** {@return the day the document was uploaded} */
  public abstract LocalDate uploadedOn();

  /** {@return what the document is, in the uploader's words: "signed contract of employment"} */
  public abstract Optional<String> description();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code EvidenceMetadata}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableEvidenceMetadata.Builder {
    Builder() {}
  }

  /** Checks the constraints when the value is built; throws {@code InvalidValueException} listing every violation. */
  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
