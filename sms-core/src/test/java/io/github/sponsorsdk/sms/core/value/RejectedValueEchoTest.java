package io.github.sponsorsdk.sms.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.certificate.SponsorNote;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.place.Address;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, defect 8: an {@link InvalidValueException} never echoes a value that may be a secret or personal data,
 * and never echoes a long value in full, whether in its message or in its violations.
 */
class RejectedValueEchoTest {

  @Test
  void aPasswordTypedIntoTheUserIdFieldIsNotEchoed() {
    String password = "Tr0ub4dor&3 horse";
    assertThatThrownBy(() -> SmsUserId.of(password))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.violations()).extracting(Violation::path).containsExactly("value");
          assertThat(e.violations()).extracting(Violation::rejectedValue).containsExactly(Sensitive.MASK);
          assertThat(e.violations().get(0).toString()).doesNotContain(password);
        })
        .message().doesNotContain(password).doesNotContain("Tr0ub4dor");
  }

  @Test
  void personalDataInAUserProfileIsNotEchoed() {
    Address work = Address.builder().line1("2 Marsham Street").townOrCity("London")
        .postcode(UkPostcode.of("SW1P 4DF")).build();
    assertThatThrownBy(() -> UserProfile.builder().title("Ms").forenames("Floyd\u0007").surname("Rose")
        .email("floyd.rose at sponsororg.com").position("HR Director").workAddress(work).settledWorker(true).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).contains("email", "forenames"))
        .message().doesNotContain("floyd.rose at sponsororg.com").doesNotContain("Floyd");
  }

  @Test
  void aTenMegabyteValueIsTruncatedInTheMessageAndTheViolation() {
    String note = "x".repeat(10 * 1024 * 1024);
    assertThatThrownBy(() -> SponsorNote.of(LocalDate.of(2026, 3, 2), note))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          Violation v = e.violations().get(0);
          assertThat(v.rule()).isEqualTo("Size");
          assertThat(v.rejectedValue()).hasSizeLessThan(200).startsWith("xxxx").contains("10485760 characters");
          assertThat(e.getMessage()).hasSizeLessThan(1_000);
        });
  }

  @Test
  void valuesUpToTheLimitAreShownInFullAndLongerOnesCut() {
    // Neither secret nor long: a value stays readable for whoever fixes the input.
    String limit = "y".repeat(Violation.MAX_ECHOED_LENGTH);
    assertThat(Violation.of("x", limit, "Rule", "m").rejectedValue()).isEqualTo(limit);
    assertThat(Violation.of("x", limit + "y", "Rule", "m").rejectedValue())
        .startsWith(limit).endsWith("(" + (Violation.MAX_ECHOED_LENGTH + 1) + " characters)");
  }
}
