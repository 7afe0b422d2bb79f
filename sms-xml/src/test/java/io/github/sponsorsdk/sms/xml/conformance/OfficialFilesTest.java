package io.github.sponsorsdk.sms.xml.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.xml.testing.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The official files kept as test data are the bytes their README names (sha256), all of them and no others. */
class OfficialFilesTest {
  @Test
  void officialFilesAreUnchanged() throws Exception {
    Path dir = Reference.bdt();
    List<String> sums = Files.readAllLines(dir.resolve("SHA256SUMS"));
    assertThat(sums).hasSize(15);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String line : sums) {
      String expected = line.substring(0, 64);
      Path file = dir.resolve(line.substring(66));
      assertThat(HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)))).as(file.toString())
          .isEqualTo(expected);
    }
    try (Stream<Path> examples = Files.list(dir.resolve("examples"))) {
      assertThat(examples.collect(Collectors.toList())).hasSize(13);
    }
    assertThat(Files.readString(dir.resolve("README.md")))
        .contains("8c4142213994c33a94cdc70b27a3b363a4035735734df26fb712ff104b0e689e")
        .contains("766a43c7df5c7b3fe52ad9f3f6338072434d0f6fca6e1d76e66b3cef84c76c5b");
  }
}
