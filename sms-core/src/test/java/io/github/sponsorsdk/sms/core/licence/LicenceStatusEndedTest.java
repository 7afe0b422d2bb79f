package io.github.sponsorsdk.sms.core.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Expired, revoked and surrendered licences have ended; active, suspended and dormant ones have not. */
class LicenceStatusEndedTest {

  @Test
  void exactlyTheThreeFinalStatusesHaveEnded() {
    assertThat(Arrays.stream(LicenceStatus.values()).filter(LicenceStatus::isEnded))
        .containsExactlyInAnyOrder(LicenceStatus.EXPIRED, LicenceStatus.REVOKED, LicenceStatus.SURRENDERED);
  }
}
