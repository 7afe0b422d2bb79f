package io.github.sponsorsdk.sms.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 4180, section 2, rules 6 and 7: a field holding a comma, a double quote, CR or LF is enclosed in double quotes
 * (its double quotes doubled), wherever the character stands, its first position included.
 */
class CertificateExportCsvTest {

  static String csvOf(String cell) {
    return CertificateExport.builder().columns(List.of("Note")).addRows(List.of(cell)).build().csv();
  }

  @Test
  void aSpecialCharacterAsTheFirstCharacterIsQuoted() {
    assertThat(csvOf(",Leeds")).isEqualTo("Note\r\n\",Leeds\"\r\n");
    assertThat(csvOf("\"Ace\" Ltd")).isEqualTo("Note\r\n\"\"\"Ace\"\" Ltd\"\r\n");
    assertThat(csvOf("\rX")).isEqualTo("Note\r\n\"\rX\"\r\n");
    assertThat(csvOf("\nX")).isEqualTo("Note\r\n\"\nX\"\r\n");
  }

  @Test
  void aPlainCellIsNotQuoted() {
    assertThat(csvOf("C2G7K9X4P1")).isEqualTo("Note\r\nC2G7K9X4P1\r\n");
  }
}
