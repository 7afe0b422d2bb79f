package io.github.sponsorsdk.sms.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A document with no bytes is not evidence: refused at the boundary, naming the content, before any digest. */
class EvidenceContentTest {

  static final LocalDate ON = LocalDate.of(2026, 3, 2);

  @Test
  void noContentAndEmptyContentAreRefusedNamingTheContent() {
    assertThatThrownBy(() -> EvidenceDocument.of("a.pdf", "application/pdf", null, ON))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.valueType()).isEqualTo("EvidenceDocument");
          assertThat(e.violations()).extracting(Violation::path, Violation::rejectedValue, Violation::rule)
              .containsExactly(Tuple.tuple("content", "null", "NotEmpty"));
        });
    assertThatThrownBy(() -> EvidenceDocument.of("a.pdf", "application/pdf", new byte[0], ON))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rejectedValue, Violation::rule)
            .containsExactly(Tuple.tuple("content", "[]", "NotEmpty")));
  }

  @Test
  void oneByteIsEnough() {
    EvidenceDocument one = EvidenceDocument.of("a.txt", "text/plain", new byte[] {'x'}, ON);
    assertThat(one.metadata().sizeBytes()).isEqualTo(1);
    // SHA-256 of the single byte 'x' (FIPS 180-4), as sha256sum prints it.
    assertThat(one.metadata().sha256())
        .isEqualTo("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881");
  }
}
