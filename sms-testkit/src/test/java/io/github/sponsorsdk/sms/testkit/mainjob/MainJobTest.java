package io.github.sponsorsdk.sms.testkit.mainjob;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.register.RegisterParseResult;
import io.github.sponsorsdk.sms.core.register.RegisterParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainJobTest {

  @Test
  void printsTheTypedSponsorsAndCountsOfTheBundledSample() throws IOException {
    RegisterParseResult result;
    try (InputStream in = MainJob.class.getResourceAsStream(MainJob.SAMPLE)) {
      assertThat(in).isNotNull();
      result = RegisterParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(result.entries()).hasSize(23);
    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(25));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MainJob.print(result, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("23 rows read, 15 sponsors, 1 refused", "WESUN HEALTH UK LIMITED", "PROVISIONAL",
        "unmapped: \"Religious Workers\"", "Rows by rating:", "Rows by route:",
        "line 25, Type & Rating 'Worker (C rating)'");
    assertThat(out.lines().count()).isLessThanOrEqualTo(60);
    assertThat(out).doesNotContain("Exception", "\tat ");
  }
}
