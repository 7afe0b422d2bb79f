package io.github.sponsorsdk.sms.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * A malformed register says why reading stopped in the CSV reader's own words, without the Java exception types that
 * carried them (a vendor shows this text to a user).
 */
class MalformedRegisterTest {

  static final String PREFIX = "malformed CSV, reading stopped: ";

  @Test
  void theFindingGivesTheReadersReasonWithoutExceptionNames() {
    RegisterParseResult r = RegisterParser.parse(new StringReader(
        "Organisation Name,Town/City,County,Type & Rating,Route\n"
            + "\"Unclosed Ltd,Leeds,,Worker (A rating),Skilled Worker\n"));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith(PREFIX).doesNotContain("Exception").doesNotContain("null");
      assertThat(f.message().substring(PREFIX.length())).containsIgnoringCase("EOF");
    });
  }
}
