package io.github.sponsorsdk.sms.core.evidence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.immutables.value.Value;

/**
 * An evidence document: its {@link EvidenceMetadata} and its bytes. The metadata must describe the bytes: the size
 * is their length and the digest their SHA-256 (JDK {@link MessageDigest}), so a document cannot claim to be another.
 * The bytes are copied in and out (a caller cannot change a document after building it); JSON holds them as base64.
 *
 * <pre>{@code
 * EvidenceDocument doc = EvidenceDocument.of("contract.pdf", "application/pdf", bytes, LocalDate.of(2026, 3, 2));
 * doc.metadata().sha256();   // "9f86d0..."
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableEvidenceDocument.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableEvidenceDocument.class)
@JsonDeserialize(as = ImmutableEvidenceDocument.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableEvidenceDocument.class)
public abstract class EvidenceDocument implements WithEvidenceDocument {

  /** {@return what the bytes are} */
  public abstract EvidenceMetadata metadata();

  /** {@return the document's bytes (a copy)} */
  public abstract byte[] content();

  /**
   * A document of {@code content} with metadata computed from it (size and SHA-256).
   *
   * @param fileName the file name as uploaded, without a directory
   * @param mediaType the media type, e.g. {@code application/pdf}
   * @param content the bytes (copied)
   * @param uploadedOn the day of the upload
   * @return the document
   * @throws InvalidValueException when the file name or media type is invalid or the content is empty
   */
  public static EvidenceDocument of(String fileName, String mediaType, byte[] content, LocalDate uploadedOn) {
    List<Violation> v = new ArrayList<>();
    if (content == null || content.length == 0) {
      v.add(Violation.of("content", content == null ? "null" : "[]", "NotEmpty", "must hold at least one byte"));
      ValueValidation.requireNone("EvidenceDocument", v);
    }
    EvidenceMetadata metadata = EvidenceMetadata.builder().fileName(fileName).mediaType(mediaType)
        .sizeBytes(content.length).sha256(sha256(content)).uploadedOn(uploadedOn).build();
    return builder().metadata(metadata).content(content).build();
  }

  /**
   * {@return the SHA-256 of {@code bytes} as 64 lower-case hexadecimal digits}
   *
   * @param bytes the bytes to digest
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  /** {@return a new builder; {@code build()} checks that the metadata describes the content} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@code EvidenceDocument}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableEvidenceDocument.Builder {
    Builder() {}
  }

  /** The metadata must describe the content: its size and its SHA-256. */
  @Value.Check
  void check() {
    List<Violation> v = new ArrayList<>();
    byte[] bytes = content();
    if (metadata().sizeBytes() != bytes.length) {
      v.add(Violation.of("metadata.sizeBytes", Long.toString(metadata().sizeBytes()), "MatchesContent",
          "must be the content's length, " + bytes.length));
    }
    String digest = sha256(bytes);
    if (!metadata().sha256().equals(digest)) {
      v.add(Violation.of("metadata.sha256", metadata().sha256(), "MatchesContent",
          "must be the content's SHA-256, " + digest));
    }
    ValueValidation.requireNone("EvidenceDocument", v);
  }

  @Override
  public String toString() {
    return "EvidenceDocument{" + metadata() + "}";
  }
}
