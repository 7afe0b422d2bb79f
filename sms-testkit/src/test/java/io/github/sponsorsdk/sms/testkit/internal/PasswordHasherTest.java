package io.github.sponsorsdk.sms.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.testkit.state.StoredPassword;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void hashesAreSaltedAndVerifyOnlyTheSamePassword() {
    PasswordHasher hasher = new PasswordHasher(1_000);
    StoredPassword one = hasher.hash("Apples!2026x".toCharArray());
    StoredPassword two = hasher.hash("Apples!2026x".toCharArray());
    assertThat(one.salt()).isNotEqualTo(two.salt());
    assertThat(one.hash()).isNotEqualTo(two.hash());
    assertThat(hasher.matches("Apples!2026x".toCharArray(), one)).isTrue();
    assertThat(hasher.matches("Apples!2026x".toCharArray(), two)).isTrue();
    // Case-sensitive, and a pasted trailing space is a different password (Manual 1, Guide 1 step 1 note).
    assertThat(hasher.matches("apples!2026x".toCharArray(), one)).isFalse();
    assertThat(hasher.matches("Apples!2026x ".toCharArray(), one)).isFalse();
    assertThat(one.iterations()).isEqualTo(1_000);
    assertThat(one.toString()).doesNotContain(one.hash()).doesNotContain(one.salt());
  }

  @Test
  void aHashMadeWithOtherIterationsStillVerifies() {
    StoredPassword strong = new PasswordHasher(20_000).hash("Apples!2026x".toCharArray());
    assertThat(new PasswordHasher(1_000).matches("Apples!2026x".toCharArray(), strong)).isTrue();
    assertThat(PasswordHasher.OWASP_ITERATIONS).isGreaterThanOrEqualTo(210_000);
  }

  @Test
  void aDecoyCostsAComparisonOneDerivationButNoneToMakeAndMatchesNothing() {
    PasswordHasher hasher = new PasswordHasher(1_000);
    StoredPassword decoy = hasher.decoy();
    StoredPassword other = hasher.decoy();
    assertThat(hasher.derivations()).isZero();
    assertThat(decoy.algorithm()).isEqualTo(PasswordHasher.ALGORITHM);
    assertThat(decoy.iterations()).isEqualTo(1_000);
    assertThat(decoy.salt()).isNotEqualTo(other.salt());
    assertThat(decoy.hash()).isNotEqualTo(other.hash());
    assertThat(java.util.Base64.getDecoder().decode(decoy.hash()))
        .hasSameSizeAs(java.util.Base64.getDecoder().decode(hasher.hash("Apples!2026x".toCharArray()).hash()));
    long before = hasher.derivations();
    assertThat(hasher.matches("Apples!2026x".toCharArray(), decoy)).isFalse();
    assertThat(hasher.matches("Pears!2026y".toCharArray(), decoy)).isFalse();
    assertThat(hasher.derivations() - before).isEqualTo(2);
  }

  @Test
  void generatedPasswordsHaveEveryCharacterClass() {
    Ids ids = new Ids(1);
    for (int i = 0; i < 200; i++) {
      String p = new String(ids.password());
      assertThat(p).hasSize(16).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]")
          .containsPattern("[@$!%^&*+=_]").doesNotContainPattern("\\s");
    }
  }
}
