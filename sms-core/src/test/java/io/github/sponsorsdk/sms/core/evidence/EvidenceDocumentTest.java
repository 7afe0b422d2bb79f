package io.github.sponsorsdk.sms.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvidenceDocumentTest {

  static final LocalDate ON = LocalDate.of(2026, 3, 2);
  static final byte[] BYTES = "abc".getBytes(StandardCharsets.US_ASCII);

  @Test
  void metadataIsComputedFromTheBytes() {
    EvidenceDocument doc = EvidenceDocument.of("contract.pdf", "application/pdf", BYTES, ON);
    // SHA-256("abc"), FIPS 180-2 appendix B.1
    assertThat(doc.metadata().sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(doc.metadata().sizeBytes()).isEqualTo(3);
    assertThat(doc.metadata().fileName()).isEqualTo("contract.pdf");
  }

  @Test
  void bytesAreCopiedInAndOutAndRoundTripAsBase64() {
    byte[] mine = BYTES.clone();
    EvidenceDocument doc = EvidenceDocument.of("a.png", "image/png", mine, ON);
    mine[0] = 'z';
    doc.content()[1] = 'z';
    assertThat(doc.content()).isEqualTo(BYTES);
    assertThat(Json.roundTrip(doc, EvidenceDocument.class)).isEqualTo(doc);
    assertThat(Json.MAPPER.valueToTree(doc).get("content").asText()).isEqualTo("YWJj");
    assertThat(Json.roundTrip(doc.metadata(), EvidenceMetadata.class)).isEqualTo(doc.metadata());
  }

  @Test
  void metadataThatDoesNotDescribeTheBytesIsRefused() {
    EvidenceMetadata other = EvidenceDocument.of("a.pdf", "application/pdf", "abcd".getBytes(StandardCharsets
        .US_ASCII), ON).metadata();
    assertThatThrownBy(() -> EvidenceDocument.builder().metadata(other).content(BYTES).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("metadata.sizeBytes", "metadata.sha256"));
  }

  @Test
  void badNamesTypesAndEmptyContentListEveryViolation() {
    assertThatThrownBy(() -> EvidenceMetadata.builder().fileName("../etc/passwd").mediaType("PDF").sizeBytes(0)
        .sha256("XYZ").uploadedOn(ON).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path)
            .containsExactlyInAnyOrder("fileName", "mediaType", "sizeBytes", "sha256"));
    assertThatThrownBy(() -> EvidenceDocument.of("a.pdf", "application/pdf", new byte[0], ON))
        .isInstanceOf(InvalidValueException.class);
  }
}
