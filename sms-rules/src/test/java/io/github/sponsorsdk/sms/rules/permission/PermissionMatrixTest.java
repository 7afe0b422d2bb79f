package io.github.sponsorsdk.sms.rules.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.rules.testing.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/permission-matrix.md} is generated from the engine. This test regenerates it and fails when the
 * committed file differs. To regenerate: {@code mvn -B -ntp -o -q verify -pl sms-rules -am
 * -Dsms.permissionMatrix.write=true} (or set the environment variable {@code SMS_PERMISSION_MATRIX_WRITE=true}).
 */
class PermissionMatrixTest {

  static final Path FILE = Paths.get("..", "docs", "permission-matrix.md");
  static final String HOW = "Regenerate with: mvn -B -ntp -o -q verify -pl sms-rules -am "
      + "-Dsms.permissionMatrix.write=true  (or SMS_PERMISSION_MATRIX_WRITE=true), then commit docs/permission-matrix.md";

  @Test
  void theCommittedMatrixIsCurrent() throws IOException {
    String generated = PermissionMatrix.markdown(PermissionEngine.defaults());
    boolean write = Boolean.getBoolean("sms.permissionMatrix.write")
        || "true".equals(System.getenv("SMS_PERMISSION_MATRIX_WRITE"));
    if (write) {
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(FILE)).as("%s is missing. %s", FILE.toAbsolutePath(), HOW).isTrue();
    String committed = Files.readString(FILE, StandardCharsets.UTF_8);
    assertThat(committed).as("docs/permission-matrix.md is stale. %s", HOW).isEqualTo(generated);
  }

  @Test
  void theMatrixHasEveryActionAndEverySituation() {
    String md = PermissionMatrix.markdown(PermissionEngine.defaults());
    for (SmsAction a : SmsAction.values()) {
      assertThat(md).contains("| `" + a.name() + "` |");
    }
    for (PermissionMatrix.Situation s : PermissionMatrix.situations()) {
      assertThat(md).contains("| " + s.name() + " |");
    }
    assertThat(md).contains("LEVEL_2_NOT_CERTIFICATE_OWNER").contains("RENEWAL_NOT_REQUIRED")
        .contains("PREMIUM_CLOSED_TO_APPLICATIONS");
  }

  @Test
  void requestAndParametersRoundTripThroughJson() {
    PermissionRequest r = PermissionMatrix.situations().get(1).request();
    assertThat(Json.roundTrip(r, PermissionRequest.class)).isEqualTo(r);
    PermissionParameters p = PermissionParameters.defaults();
    assertThat(Json.roundTrip(p, PermissionParameters.class)).isEqualTo(p);
  }
}
